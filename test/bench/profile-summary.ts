// `tsx test/bench/profile-summary.ts <file.cpuprofile> [top]`: self time of a CPU profile (BENCH_PROFILE_DIR) by
// package and by function, so a change is aimed at what the profile shows rather than at a guess.
import { readFile } from 'node:fs/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function packageOf(url: string): string {
  if (!url) return '(native)';
  if (url.startsWith('node:')) return 'node core';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const src = url.indexOf('/src/');
  return src >= 0 ? `src/${url.slice(src + 5).split('/')[0]}` : url;
}

const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-summary <file.cpuprofile> [top]');
const top = Number(topArg ?? 25);
const profile = JSON.parse(await readFile(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const idle = [...self].filter(([id]) => byId.get(id)!.callFrame.functionName === '(idle)').reduce((a, [, t]) => a + t, 0);
const busy = total - idle;

const sum = (key: (n: ProfileNode) => string) => {
  const totals = new Map<string, number>();
  for (const [id, time] of self) {
    const node = byId.get(id)!;
    if (node.callFrame.functionName === '(idle)') continue;
    totals.set(key(node), (totals.get(key(node)) ?? 0) + time);
  }
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, top);
};
const pct = (t: number) => `${((t / busy) * 100).toFixed(1).padStart(5)} %`;
console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled, ${((busy / total) * 100).toFixed(0)} % busy; shares of busy time\n`);
console.log('by package:');
for (const [name, t] of sum((n) => (n.callFrame.url ? packageOf(n.callFrame.url) : n.callFrame.functionName || '(native)'))) console.log(`  ${pct(t)}  ${name}`);
console.log('\nby function:');
for (const [name, t] of sum((n) => `${n.callFrame.functionName || '(anonymous)'}  ${packageOf(n.callFrame.url)}${n.callFrame.url && !n.callFrame.url.startsWith('node:') ? `:${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}` : ''}`)) {
  console.log(`  ${pct(t)}  ${name}`);
}

// `… <file> <top> <function name>`: the call stacks (innermost five frames) that spend the named function's self time.
const [, , focus] = process.argv.slice(2);
if (focus) {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stacks = new Map<string, number>();
  for (const [id, time] of self) {
    if (byId.get(id)!.callFrame.functionName !== focus) continue;
    const frames: string[] = [];
    for (let at: number | undefined = parent.get(id); at !== undefined && frames.length < Number(process.env.DEPTH ?? 5); at = parent.get(at)) {
      const { functionName, url, lineNumber } = byId.get(at)!.callFrame;
      frames.push(`${functionName || '(anonymous)'} ${packageOf(url)}:${url.split('/').pop()}:${lineNumber + 1}`);
    }
    const key = frames.join(' < ');
    stacks.set(key, (stacks.get(key) ?? 0) + time);
  }
  console.log(`\n${focus} called from:`);
  for (const [stack, t] of [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${pct(t)}  ${stack}`);
}

// `INCLUSIVE=name1,name2 …`: the share of busy time spent inside (at any depth) functions of those names.
if (process.env.INCLUSIVE) {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  console.log('\ninclusive:');
  for (const name of process.env.INCLUSIVE.split(',')) {
    let time = 0;
    for (const [id, t] of self) {
      if (byId.get(id)!.callFrame.functionName === '(idle)') continue;
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        if (byId.get(at)!.callFrame.functionName === name) {
          time += t;
          break;
        }
      }
    }
    console.log(`  ${pct(time)}  ${name}`);
  }
}
