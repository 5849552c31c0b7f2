// `npm run bench:fanout`: only the subscription fan-out part of `npm run bench`, on PostgreSQL + Redis, in a few
// minutes. BENCH_FANOUT_PROFILE=<dir> writes the gateway's CPU profile there (node --cpu-prof) when it stops.
import { BENCH, commandNodeFlags, databaseUrl, gatewayEnv } from './config.js';
import { measureFanOut, type FanOutResult } from './fanout.js';
import { fanOutTable } from './report.js';
import { createBenchDatabase, dropBenchDatabase, seedBenchDatabase } from './seed.js';
import { startPeer, type RunningPeer } from './spawn.js';

const redisUrl = process.env.BENCH_REDIS_URL ?? process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const profileDir = process.env.BENCH_FANOUT_PROFILE;
let gateway: RunningPeer | undefined;
try {
  await createBenchDatabase(BENCH.database);
  const seed = await seedBenchDatabase(databaseUrl());
  gateway = await startPeer('gateway', './servers/gateway.js', BENCH.basePort, {
    ...gatewayEnv,
    DATABASE_URL: databaseUrl(),
    REDIS_URL: redisUrl,
  }, [...commandNodeFlags(), ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])]);
  const rows: { backend: string; result: FanOutResult }[] = [];
  for (const subscribers of [0, ...BENCH.fanOutClients]) {
    rows.push({ backend: 'PostgreSQL + Redis', result: await measureFanOut(gateway, seed.adminKey, subscribers) });
    console.error(JSON.stringify(rows.at(-1)));
  }
  console.log(fanOutTable(rows));
} finally {
  await gateway?.stop();
  if (!process.env.BENCH_KEEP_DATABASE) await dropBenchDatabase(BENCH.database);
}
