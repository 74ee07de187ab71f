import { describe, expect, it } from 'vitest';
import { KeyTable, PairSet, WeightTable } from './key-table.js';

describe('KeyTable', () => {
  it('gives dense ids in order of first sight, stable across growth', () => {
    const table = new KeyTable();
    const keys = Array.from({ length: 5000 }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) ^ 0x80000000) >>> 0);
    for (const [i, key] of keys.entries()) expect(table.idOf(key)).toBe(i);
    expect(table.size).toBe(5000);
    for (const [i, key] of keys.entries()) expect(table.idOf(key)).toBe(i);
    expect(table.idOf(0xffffffff)).toBe(5000);
    expect(table.idOf(0xffffffff)).toBe(5000);
  });
});

describe('WeightTable', () => {
  it('sums weights by id, returns the sum before each add, and grows', () => {
    const table = new WeightTable(4);
    expect(table.get(7)).toBe(0);
    expect(table.addAndGetBefore(7, 0.5)).toBe(0);
    expect(table.addAndGetBefore(7, 0.25)).toBe(0.5);
    expect(table.get(7)).toBe(0.75);
    for (let id = 0; id < 3000; id++) table.add(id * 3, id);
    expect(table.size).toBe(3001);
    for (let id = 0; id < 3000; id++) expect(table.get(id * 3)).toBe(id === 0 ? 0 : id);
    expect(table.get(7)).toBe(0.75);
    expect(table.get(1)).toBe(0);
  });

  it('is empty after clear and usable again', () => {
    const table = new WeightTable();
    for (let id = 0; id < 200; id++) table.add(id, 1);
    table.clear();
    expect(table.size).toBe(0);
    for (let id = 0; id < 200; id++) expect(table.get(id)).toBe(0);
    table.reserve(500);
    table.add(42, 2);
    expect(table.get(42)).toBe(2);
    expect(table.size).toBe(1);
  });
});

describe('PairSet', () => {
  it('reports each distinct pair as new exactly once', () => {
    const set = new PairSet();
    for (let a = 0; a < 100; a++) for (let b = 0; b < 50; b++) expect(set.add(a, b * 1000)).toBe(true);
    expect(set.size).toBe(5000);
    for (let a = 0; a < 100; a++) for (let b = 0; b < 50; b++) expect(set.add(a, b * 1000)).toBe(false);
    expect(set.add(0, 1)).toBe(true);
    expect(set.add(1, 0)).toBe(false);
  });
});
