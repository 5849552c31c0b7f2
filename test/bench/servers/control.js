// Plain JavaScript: the gateway's bench server runs without a TypeScript loader and imports it too.
import { createServer } from 'node:http';
import { Session } from 'node:inspector/promises';
import pg from 'pg';

/**
 * A pg client that counts every statement it sends: the peers' statements per request are counted, not assumed.
 * @param {string} connectionString
 * @returns {{ pool: pg.Pool, statements: () => number }}
 */
export function countingPool(connectionString) {
  let statements = 0;
  class CountingClient extends pg.Client {
    /** @param {...unknown} args */
    query(...args) {
      statements += 1;
      if (process.env.BENCH_LOG_SQL) console.log(String(/** @type {{ text?: string }} */ (args[0])?.text ?? args[0]).slice(0, 120).replace(/\s+/g, ' '));
      return /** @type {(...a: unknown[]) => never} */ (super.query)(...args);
    }
  }
  return { pool: new pg.Pool({ connectionString, max: 10, Client: CountingClient }), statements: () => statements };
}

/**
 * Each server under test answers the orchestrator on a side port: statements sent so far and its
 * memory. `gc` first when the process runs with --expose-gc, so idle RSS is not a GC accident.
 * `/profile/start` and `/profile/stop` take a CPU profile of one load run (BENCH_PROFILE_DIR).
 * @param {number} port
 * @param {() => number} statements
 */
export function serveControl(port, statements) {
  /** @type {Session | null} */
  let profiler = null;
  createServer(async (req, res) => {
    if (req.url === '/profile/start') {
      profiler = new Session();
      profiler.connect();
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.start');
      res.writeHead(204).end();
      return;
    }
    if (req.url === '/profile/stop' && profiler) {
      const { profile } = await profiler.post('Profiler.stop');
      profiler.disconnect();
      profiler = null;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(profile));
      return;
    }
    if (req.url === '/stats') {
      const cpu = process.cpuUsage();
      /** @type {{ gc?: () => void }} */ (globalThis).gc?.();
      const memory = process.memoryUsage();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ statements: statements(), rss: memory.rss, heapUsed: memory.heapUsed, cpuMicros: cpu.user + cpu.system }));
      return;
    }
    res.writeHead(404).end();
  }).listen(port, '127.0.0.1', () => process.send?.('ready'));
}
