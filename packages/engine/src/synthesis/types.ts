/**
 * What story synthesis adds to a story: a summary whose every sentence is traced to the
 * independent reports (origins) that state it, the facts with their support, what each article
 * adds, where origins disagree, who and where the story is about, and when each report appeared.
 * Article ids and origin ids are the analysis's (see analysis.ts); spans are [start, end)
 * character offsets into an article's body text (paragraphs joined by "\n").
 */
import type { Alignment, AnalysedArticle, Origin, Story } from '../analysis.js';

/** One story to synthesise: its articles (with origin shares), origins and the story itself. */
export interface SynthesisInput {
  story: Story;
  /** The story's articles, with bodies, metadata and origin shares. */
  articles: AnalysedArticle[];
  /** The story's origins. */
  origins: Origin[];
  /** Alignments among the story's articles (copied, edited and translated passages). */
  alignments: Alignment[];
}

/** A place in an article where something is stated. */
export interface Mention {
  article: string;
  span: [number, number];
}

export interface SummarySentence {
  text: string;
  /** The articles that state it (any form: verbatim, edited or paraphrased). */
  articles: string[];
  /** Their origins: the independent reports behind it. */
  origins: string[];
  /** Where each of those articles states it (the sentence's fact's mentions). */
  mentions: Mention[];
}

export interface Summary {
  /** The sentences joined by single spaces. */
  text: string;
  sentences: SummarySentence[];
}

/** A claim of the story (a sentence or clause, normalised) and who states it. */
export interface Fact {
  text: string;
  articles: string[];
  origins: string[];
  /** The number of independent origins that state it (copies count once). */
  support: number;
  mentions: Mention[];
}

/** The passages of one article that appear in no other origin of the story. */
export interface Addition {
  article: string;
  passages: (Mention & { text: string })[];
}

export type DiscrepancyKind = 'number' | 'date' | 'time' | 'name' | 'title' | 'place' | 'quote';

/** Values that differ between origins, or between copies of one origin (a reworded quote), about the same thing, and who states each. */
export interface Discrepancy {
  kind: DiscrepancyKind;
  /** What the values are about, in words from the text (e.g. "Blinken travels to Uzbekistan"). */
  subject: string;
  values: { value: string; articles: string[]; origins: string[]; mentions: Mention[] }[];
}

export type EntityKind = 'person' | 'place' | 'organisation';

export interface Entity {
  /** The fullest form used, e.g. "Antony Blinken". */
  name: string;
  kind: EntityKind;
  articles: string[];
  mentions: Mention[];
}

export interface TimelineEntry {
  /** ISO 8601 as the article gave it, or null when unknown. */
  at: string | null;
  /** 'origin': the first article carrying an origin appeared; 'update': a later article of the story. */
  kind: 'origin' | 'update';
  article: string;
  origin: string | null;
}

export interface Synthesis {
  /** The most representative headline among the story's articles. */
  headline: string | null;
  summary: Summary;
  facts: Fact[];
  additions: Addition[];
  discrepancies: Discrepancy[];
  entities: Entity[];
  timeline: TimelineEntry[];
}
