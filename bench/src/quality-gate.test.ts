/**
 * The quality gate: the evaluation of `npm run eval`, run in full on the real labelled data, must
 * reach every pinned floor in quality-floors.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { run as clustering } from './eval/clustering.js';
import { run as copies } from './eval/copies/run.js';
import { gate as extraction } from './eval/extraction/run.js';
import { runRestartQuick as restart } from './eval/restart/real-datasets.js';
import { run as summaries } from './eval/summaries/run.js';
import { QUALITY_FLOORS } from './quality-floors.js';
import type { Measure } from './report.js';

describe('quality gate', () => {
  const measured = new Map<string, number>();
  beforeAll(async () => {
    const sections = await Promise.all([clustering(), copies(), extraction(), summaries('val'), restart()]);
    for (const measure of sections.flatMap((section): Measure[] => section.measures)) {
      measured.set(measure.name, measure.value);
    }
  }, 300_000);

  it.each(Object.entries(QUALITY_FLOORS))('%s stays at or above %d', (name, floor) => {
    const value = measured.get(name);
    expect(value, `${name} was not measured`).toBeDefined();
    expect(value).toBeGreaterThanOrEqual(floor);
  });
});
