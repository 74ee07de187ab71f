/**
 * The page furniture learnt so far, as bytes for the store's state (UTF-8 JSON of the snapshot:
 * options, and per source its article count and packed line counts).
 * Invariants: `decodeFurniture(encodeFurniture(f))` learns exactly what f had learnt.
 * Cost: linear in the lines kept (bounded per source by the furniture's lossy counting).
 */
import { Furniture, type FurnitureSnapshot } from '@storyfold/engine';

interface FurnitureJson {
  options: FurnitureSnapshot['options'];
  sources: [string, number, [number, number][]][];
}

export function encodeFurniture(furniture: Furniture): Uint8Array {
  const snapshot = furniture.snapshot();
  const json: FurnitureJson = {
    options: snapshot.options,
    sources: [...snapshot.sources].map(([source, counts]) => [source, counts.articles, [...counts.lines]]),
  };
  return new TextEncoder().encode(JSON.stringify(json));
}

export function decodeFurniture(bytes: Uint8Array): Furniture {
  const json = JSON.parse(new TextDecoder().decode(bytes)) as FurnitureJson;
  return Furniture.fromSnapshot({
    options: json.options,
    sources: new Map(
      json.sources.map(([source, articles, lines]) => [source, { articles, lines: new Map(lines) }]),
    ),
  });
}
