// `npm run bench`: the gateway against PostGraphile v5 and a raw node:http + pg floor, in the same run, on one
// PostgreSQL database with the same seeded data. Servers run in their own processes; autocannon loads them from
// this one. Rounds are interleaved (every workload × peer once per round, peer order rotating) and medians reported.
// Not part of `npm test`. Writes the tables to stdout and to test/bench/RESULTS.md.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH, commandNodeFlags, databaseUrl, gatewayEnv } from './config.js';
import { measureFanOut, type FanOutResult } from './fanout.js';
import { load } from './load.js';
import { benchResumeThroughput } from './resume-throughput.js';
import { fanOutTable, median, memoryTable, roundRatios, throughputTable, type Measurements } from './report.js';
import { createBenchDatabase, dropBenchDatabase, seedBenchDatabase } from './seed.js';
import { startPeer, type RunningPeer } from './spawn.js';
import { assertComplete, statementsPerRequest } from './statements.js';
import { workloads, type PeerName } from './workloads.js';

const redisUrl = process.env.BENCH_REDIS_URL ?? process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const url = databaseUrl();

/**
 * The baseline's server script and Node flags: a checkout's gateway (compiled gateway.js from this change on,
 * TypeScript before it, with that checkout's flags), or a server script of its own run with this gateway's flags
 * (`servers/bare-yoga.js`: the HTTP and GraphQL stack alone).
 */
function baselineServer(path: string): { script: string; flags: string[] } {
  if (path.endsWith('.js')) return { script: resolve(path), flags: commandNodeFlags() };
  const compiled = join(path, 'test/bench/servers/gateway.js');
  return { script: existsSync(compiled) ? compiled : join(path, 'test/bench/servers/gateway.ts'), flags: commandNodeFlags(path) };
}

const peers: RunningPeer[] = [];
const out: string[] = [];
const print = (text: string) => {
  console.log(text);
  out.push(text);
};

try {
  console.error(`seeding ${BENCH.candidates} candidates into ${BENCH.database} …`);
  await createBenchDatabase(BENCH.database);
  const seed = await seedBenchDatabase(url);
  const gateway = await startPeer('gateway', './servers/gateway.js', BENCH.basePort, { ...gatewayEnv, DATABASE_URL: url, REDIS_URL: redisUrl }, commandNodeFlags());
  const postgraphile = await startPeer('postgraphile', './peer/postgraphile-server.js', BENCH.basePort, { DATABASE_URL: url });
  const raw = await startPeer('raw', './servers/raw.js', BENCH.basePort, { DATABASE_URL: url, BENCH_ORGANIZATION_ID: seed.organizationId });
  peers.push(gateway, postgraphile, raw);
  const baselineSpec = BENCH.baselineDir ? baselineServer(BENCH.baselineDir) : null;
  const baseline = baselineSpec
    ? await startPeer('baseline', baselineSpec.script, BENCH.basePort, { ...gatewayEnv, DATABASE_URL: url, REDIS_URL: redisUrl }, baselineSpec.flags)
    : null;
  if (baseline) peers.push(baseline);
  const byName = { gateway, postgraphile, raw, ...(baseline ? { baseline } : {}) } as Record<PeerName, RunningPeer>;
  const idle = Object.fromEntries(await Promise.all(peers.map(async (p) => [p.name, (await p.stats()).rss] as const)));

  const list = workloads(seed).filter((w) => w.name.includes(BENCH.workloadFilter));
  if (baseline) for (const workload of list) if (workload.requests.gateway) workload.requests.baseline = workload.requests.gateway;
  const statements = new Map<string, Partial<Record<PeerName, number>>>();
  for (const workload of list) {
    const counts: Partial<Record<PeerName, number>> = {};
    for (const [peer, request] of Object.entries(workload.requests) as [PeerName, NonNullable<(typeof workload.requests)[PeerName]>][]) {
      await assertComplete(byName[peer], workload.name, request);
      counts[peer] = await statementsPerRequest(byName[peer], request);
    }
    statements.set(workload.name, counts);
  }

  // Every server warm (JIT, pools, PostgreSQL's buffers) before any is timed: cold, round 1's first server lost 10–20 %.
  if (BENCH.warmUp > 0) for (const workload of list) for (const [peer, request] of Object.entries(workload.requests)) await load(byName[peer as PeerName].url, request, BENCH.warmUp);

  const measured: Measurements = new Map();
  if (BENCH.profileDir) await mkdir(BENCH.profileDir, { recursive: true });
  for (let round = 0; round < BENCH.rounds; round += 1) {
    for (const workload of list) {
      const entries = Object.entries(workload.requests) as [PeerName, NonNullable<(typeof workload.requests)[PeerName]>][];
      const rotated = [...entries.slice(round % entries.length), ...entries.slice(0, round % entries.length)];
      for (const [peer, request] of rotated) {
        const profiling = BENCH.profileDir && round === 0 && peer === 'gateway' ? await byName[peer].profile() : null;
        const before = (await byName[peer].stats()).cpuMicros;
        const result = await load(byName[peer].url, request);
        result.cpuMsPerRequest = ((await byName[peer].stats()).cpuMicros - before) / 1000 / Math.max(1, result.requests);
        if (profiling) await writeFile(join(BENCH.profileDir, `${workload.name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}.cpuprofile`), await profiling());
        const row = measured.get(workload.name) ?? {};
        (row[peer] ??= []).push(result);
        measured.set(workload.name, row);
        console.error(`round ${round + 1} ${workload.name} ${peer}: ${result.rps.toFixed(0)} req/s, ${result.cpuMsPerRequest.toFixed(2)} CPU ms/request, ${result.failures} failed`);
      }
    }
  }
  const afterLoad = Object.fromEntries(await Promise.all(peers.map(async (p) => [p.name, (await p.stats()).rss] as const)));

  print(`## Throughput (${BENCH.candidates} candidates, ${BENCH.connections} connections, ${BENCH.rounds} interleaved rounds of ${BENCH.duration} s, medians)\n`);
  print(throughputTable(list, measured, statements));
  print(`\n${roundRatios(list, measured)}\n`);
  if (baseline) {
    for (const workload of list) {
      const row = measured.get(workload.name) ?? {};
      const m = (peer: PeerName, key: 'rps' | 'cpuMsPerRequest') => median((row[peer] ?? []).map((r) => r[key] ?? NaN));
      console.error(`A/B ${workload.name}: gateway ÷ baseline ${(m('gateway', 'rps') / m('baseline', 'rps')).toFixed(2)} req/s, CPU ms/request ${m('gateway', 'cpuMsPerRequest').toFixed(2)} vs ${m('baseline', 'cpuMsPerRequest').toFixed(2)} (${statements.get(workload.name)?.gateway} vs ${statements.get(workload.name)?.baseline} statements)`);
    }
  }
  if (BENCH.throughputOnly) {
    console.error(`throughput only; RESULTS.md not written. load: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  } else {
    const fanOut: { backend: string; result: FanOutResult }[] = [];
    for (const subscribers of [0, ...BENCH.fanOutClients]) {
      fanOut.push({ backend: 'PostgreSQL + Redis', result: await measureFanOut(gateway, seed.adminKey, subscribers) });
      console.error(JSON.stringify(fanOut.at(-1)));
    }
    await postgraphile.stop();
    await raw.stop();

    // The embedded default: PGlite in this process, in-memory pub/sub, the worker running, as `npm start` does.
    const dataDir = await mkdtemp(join(tmpdir(), 'cgw-bench-'));
    try {
      // A first start also initializes the data directory and applies every migration, which the
      // PostgreSQL gateway (on the seeded database) does not: idle memory is compared after a restart,
      // as a deployed gateway mostly runs, and the first start is reported beside it.
      const embeddedEnv = { ...gatewayEnv, DATA_DIR: dataDir, BENCH_WORKER: 'true' };
      const firstStart = await startPeer('gateway (PGlite, first start)', './servers/gateway.js', BENCH.basePort, embeddedEnv, commandNodeFlags());
      peers.push(firstStart);
      const embeddedFirstStartIdle = (await firstStart.stats()).rss;
      const bootstrapKey = firstStart.bootstrapKey!;
      await firstStart.stop();
      const embedded = await startPeer('gateway (PGlite)', './servers/gateway.js', BENCH.basePort, embeddedEnv, commandNodeFlags());
      peers.push(embedded);
      const embeddedIdle = (await embedded.stats()).rss;
      for (const subscribers of [0, ...BENCH.fanOutClients]) {
        fanOut.push({ backend: 'PGlite', result: await measureFanOut(embedded, bootstrapKey, subscribers) });
        console.error(JSON.stringify(fanOut.at(-1)));
      }
      await embedded.stop();
      print('\n## Subscription fan-out (graphql-ws clients on `candidateEvents`, one invitation at a time)\n');
      print(fanOutTable(fanOut));
      print('\n## Memory\n');
      print(
        memoryTable([
          { process: 'gateway, PostgreSQL + Redis', idle: idle.gateway!, afterLoad: afterLoad.gateway! },
          { process: 'gateway, PGlite (embedded default, worker on), restarted', idle: embeddedIdle },
          { process: 'gateway, PGlite, first start on an empty data directory', idle: embeddedFirstStartIdle },
          { process: 'PostGraphile v5', idle: idle.postgraphile!, afterLoad: afterLoad.postgraphile! },
          { process: 'raw node:http + pg', idle: idle.raw!, afterLoad: afterLoad.raw! },
        ]),
      );
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }

    print('\n## Résumé throughput\n');
    print(await benchResumeThroughput());

    await writeFile(new URL('./RESULTS.md', import.meta.url), `# Latest \`npm run bench\`\n\n${out.join('\n')}\n`);
  }
} finally {
  for (const peer of peers) await peer.stop();
  if (!process.env.BENCH_KEEP_DATABASE) await dropBenchDatabase(BENCH.database);
}
