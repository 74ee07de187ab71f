/**
 * The five seed articles (../shared/seeds, read from the repository root) analysed by the
 * engine, as the synthesis input of their one story.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Analysis } from '../analysis.js';
import { analyze } from '../analyze.js';
import type { SynthesisInput } from './types.js';

const SEEDS = '../shared/seeds';

/** The input of story `index` of an analysis: its articles, origins and alignments. */
export function inputOf(analysis: Analysis, index = 0): SynthesisInput {
  const story = analysis.stories[index]!;
  const members = new Set(story.articles);
  return {
    story,
    articles: analysis.articles.filter((article) => members.has(article.id)),
    origins: analysis.origins.filter((origin) => story.origins.includes(origin.id)),
    alignments: analysis.alignments.filter(
      (alignment) => members.has(alignment.articles[0]) && members.has(alignment.articles[1]),
    ),
  };
}

let cached: SynthesisInput | undefined;

/** The seeds' one story. */
export function seedsInput(): SynthesisInput {
  if (cached) return cached;
  const files = readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  const analysis = analyze(
    files.map((name) => ({
      id: name.replace(/\.txt$/u, ''),
      text: readFileSync(`${SEEDS}/${name}`, 'utf8'),
    })),
  );
  cached = inputOf(analysis);
  return cached;
}

/** The origin whose label names the given wire. */
export function originNamed(input: SynthesisInput, label: RegExp): string {
  const origin = input.origins.find((candidate) => candidate.label !== null && label.test(candidate.label));
  if (!origin) throw new Error(`no origin labelled ${label}`);
  return origin.id;
}
