import type { FanOutResult } from './fanout.js';
import type { LoadResult } from './load.js';
import type { PeerName, Workload } from './workloads.js';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export type Measurements = Map<string, Partial<Record<PeerName, LoadResult[]>>>;

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

function medianOf(results: LoadResult[] | undefined) {
  if (!results?.length) return null;
  return {
    rps: median(results.map((r) => r.rps)),
    p50: median(results.map((r) => r.p50)),
    p99: median(results.map((r) => r.p99)),
    cpu: median(results.map((r) => r.cpuMsPerRequest ?? NaN)),
    failures: results.reduce((n, r) => n + r.failures, 0),
  };
}

export function throughputTable(workloads: Workload[], measured: Measurements, statements: Map<string, Partial<Record<PeerName, number>>>): string {
  const lines = [
    '| workload | gateway req/s (p50 / p99 ms) | PostGraphile req/s | raw req/s | gateway ÷ PostGraphile | gateway ÷ raw | SQL statements per request (gateway / PostGraphile / raw) | server CPU ms per request (gateway / PostGraphile / raw) |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const workload of workloads) {
    const byPeer = measured.get(workload.name) ?? {};
    const [gw, pgl, raw] = (['gateway', 'postgraphile', 'raw'] as const).map((peer) => medianOf(byPeer[peer]));
    const counts = statements.get(workload.name) ?? {};
    const ratio = (other: typeof gw) => (gw && other ? fmt(gw.rps / other.rps, 2) : '—');
    let compare = '';
    if (workload.compareWith && gw) {
      const base = medianOf(measured.get(workload.compareWith)?.gateway);
      if (base) compare = ` (${fmt(gw.rps / base.rps, 2)}× the 50-row page)`;
    }
    lines.push(
      `| ${workload.name} | ${gw ? `${fmt(gw.rps)} (${fmt(gw.p50)} / ${fmt(gw.p99)})${compare}${gw.failures ? `, ${gw.failures} failed or timed out` : ''}` : '—'} | ${pgl ? fmt(pgl.rps) : '—'} | ${raw ? fmt(raw.rps) : '—'} | ${ratio(pgl)} | ${ratio(raw)} | ${[counts.gateway, counts.postgraphile, counts.raw].map((c) => (c == null ? '—' : fmt(c, 1))).join(' / ')} | ${[gw, pgl, raw].map((m) => (m ? fmt(m.cpu, 2) : '—')).join(' / ')} |`,
    );
  }
  return lines.join('\n');
}

/**
 * The ratios round by round: the servers of one round ran minutes apart at most, so a round's ratio is less
 * moved by the machine's drift than the ratio of medians taken from different rounds.
 */
export function roundRatios(workloads: Workload[], measured: Measurements): string {
  const lines = ['Round by round, gateway ÷ PostGraphile (search: ÷ the 50-row page):', ''];
  for (const workload of workloads) {
    const byPeer = measured.get(workload.name) ?? {};
    const other = workload.compareWith ? measured.get(workload.compareWith)?.gateway : byPeer.postgraphile;
    const ratios = (byPeer.gateway ?? []).map((result, round) => (other?.[round] ? fmt(result.rps / other[round]!.rps, 2) : '—'));
    if (ratios.some((r) => r !== '—')) lines.push(`- ${workload.name}: ${ratios.join(', ')}`);
  }
  return lines.join('\n');
}

export function fanOutTable(rows: { backend: string; result: FanOutResult }[]): string {
  const lines = [
    '| backend | subscribers | invite p50 (ms) | delivery after response p50 / p99 (ms) | completeness | SQL statements per event |',
    '|---|---|---|---|---|---|',
  ];
  for (const { backend, result } of rows) {
    lines.push(
      `| ${backend} | ${result.subscribers} | ${fmt(result.mutationP50)} | ${result.subscribers ? `${fmt(result.deliveryP50)} / ${fmt(result.deliveryP99)}` : '—'} | ${result.subscribers ? `${(result.completeness * 100).toFixed(1)} %` : '—'} | ${fmt(result.statementsPerEvent, 1)} |`,
    );
  }
  return lines.join('\n');
}

export function memoryTable(rows: { process: string; idle: number; afterLoad?: number }[]): string {
  const lines = ['| process | idle RSS | RSS after the load rounds |', '|---|---|---|'];
  for (const row of rows) lines.push(`| ${row.process} | ${mb(row.idle)} | ${row.afterLoad == null ? '—' : mb(row.afterLoad)} |`);
  return lines.join('\n');
}
