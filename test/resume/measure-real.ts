// Usage: npx tsx test/resume/measure-real.ts [development|held-out] [--verbose]
// Prints one part of the real-template corpus. While tuning, look only at the development part.
import { measureRealAccuracy, realAccuracyMarkdown, type RealPart } from './real-accuracy.js';

const part = (process.argv.find((arg) => arg === 'held-out' || arg === 'development') ?? 'development') as RealPart;
const report = await measureRealAccuracy(part);
console.log(realAccuracyMarkdown(report));
if (process.argv.includes('--verbose')) {
  for (const m of report.mismatches) console.log(`${m.id} ${m.field}: missing ${JSON.stringify(m.missing)} unexpected ${JSON.stringify(m.unexpected)}`);
}
