import { expect, it } from 'vitest';
import { belowFloor, measureAccuracy } from './accuracy.js';

it('keeps every field at or above its published accuracy floor (see ACCURACY.md)', async () => {
  const report = await measureAccuracy();
  expect(report.documents).toBeGreaterThanOrEqual(30);
  expect(belowFloor(report)).toEqual([]);
}, 120_000);
