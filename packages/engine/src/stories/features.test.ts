import { describe, expect, it } from 'vitest';
import { type Article, articleWith } from '../article.js';
import { storyFeatures } from './features.js';

const article = (title: string | null, body: string[], published: string | null = null): Article =>
  articleWith({ id: 'a', title, body, published });

describe('storyFeatures', () => {
  const sample = article(
    'Quake hits Oaxaca',
    ['A magnitude 7.4 earthquake hit Oaxaca, Mexico, killing 14 people.', 'Oaxaca hospitals filled.'],
    '2020-06-23T15:29:00Z',
  );

  it('is pure: the same article gives equal features, whatever was computed in between', () => {
    const first = storyFeatures(sample);
    storyFeatures(article('Other', ['Oracle buys Cerner for $28.3 billion.']));
    expect(storyFeatures(sample)).toEqual(first);
  });

  it('holds only typed arrays and numbers, and survives structured cloning', () => {
    const features = storyFeatures(sample);
    expect(features.text.keys).toBeInstanceOf(Uint32Array);
    expect(features.entities.weights).toBeInstanceOf(Float64Array);
    expect(structuredClone(features)).toEqual(features);
    expect(features.day).toBeCloseTo(Date.parse('2020-06-23T15:29:00Z') / 86_400_000, 6);
  });

  it('gives distinct ascending keys with weights 1 + ln(tf)', () => {
    const { text } = storyFeatures(sample);
    for (let i = 1; i < text.keys.length; i++) expect(text.keys[i]!).toBeGreaterThan(text.keys[i - 1]!);
    const weights = [...text.weights];
    expect(Math.min(...weights)).toBe(1);
    // "oaxaca" occurs three times (title twice counted in text: title + 2 in body).
    expect(weights).toContainEqual(1 + Math.log(3));
  });

  it('keeps channels apart and leaves an empty article empty', () => {
    const features = storyFeatures(article(null, []));
    expect(features.text.keys.length + features.entities.keys.length + features.title.keys.length).toBe(0);
    expect(features.day).toBeNull();
    const { text, title } = storyFeatures(article('Oaxaca', []));
    expect(text.keys.length).toBe(1);
    expect(title.keys.length).toBe(1);
    expect(text.keys[0]).not.toBe(title.keys[0]);
  });
});
