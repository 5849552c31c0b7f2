import { expect, it } from 'vitest';
import { loadRealCorpus, measureRealAccuracy, realBelowFloor } from './real-accuracy.js';

it('keeps the held-out real-template résumés at or above their published F1 floors (see ACCURACY.md)', async () => {
  const report = await measureRealAccuracy('held-out');
  expect(report.templates).toBeGreaterThanOrEqual(15);
  expect(realBelowFloor(report)).toEqual([]);
}, 240_000);

it('keeps the development real-template résumés at or above their published F1 floors', async () => {
  const report = await measureRealAccuracy('development');
  expect(report.documents + loadRealCorpus('held-out').length).toBeGreaterThanOrEqual(40);
  expect(realBelowFloor(report)).toEqual([]);
}, 480_000);
