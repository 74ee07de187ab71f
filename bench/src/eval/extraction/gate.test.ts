/**
 * The extraction part of the quality gate: Storyfold's extraction, on all Readability test pages
 * and on the fixed trafilatura subset (every GATE_STRIDE-th page), must reach the pinned floors
 * in EXTRACTION_QUALITY_FLOORS (quality-floors.ts). Kept here until the main gate runs `gate()`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { EXTRACTION_QUALITY_FLOORS } from '../../quality-floors.js';
import { gate } from './run.js';

describe('extraction quality gate', () => {
  const measured = new Map<string, number>();
  beforeAll(async () => {
    const start = performance.now();
    const section = await gate();
    for (const measure of section.measures) measured.set(measure.name, measure.value);
    console.log(
      `extraction gate: ${section.measures.map((m) => `${m.name}=${m.value.toFixed(4)}`).join(', ')} in ${((performance.now() - start) / 1000).toFixed(1)} s`,
    );
  }, 120_000);

  it.each(Object.entries(EXTRACTION_QUALITY_FLOORS))('%s stays at or above %d', (name, floor) => {
    const value = measured.get(name);
    expect(value, `${name} was not measured`).toBeDefined();
    expect(value).toBeGreaterThanOrEqual(floor);
  });
});
