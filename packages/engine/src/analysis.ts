/**
 * The result of analysing a set of articles: stories, origins, alignments and each article's
 * origin shares. This is the shape `storyfold analyze --json` prints.
 */
import type { Article } from './article.js';

export type PassageKind = 'verbatim' | 'edited' | 'translated';

/** Two spans, one in each article's body text (paragraphs joined by "\n"), holding the same text. */
export interface Passage {
  /** [start, end) character offsets into article a's body text. */
  a: [number, number];
  /** [start, end) character offsets into article b's body text. */
  b: [number, number];
  kind: PassageKind;
  /** 0..1, how alike the two spans are (1 = identical after normalisation). */
  similarity: number;
}

export interface Alignment {
  articles: [string, string];
  passages: Passage[];
}

export interface OriginShare {
  origin: string;
  /** Fraction (0..1) of the article's body that descends from that origin. */
  share: number;
}

export interface AnalysedArticle extends Article {
  origins: OriginShare[];
}

export interface Origin {
  id: string;
  /** The wire service or outlet that the members' credits name, or null when none does. */
  label: string | null;
  articles: string[];
}

export interface Story {
  id: string;
  headline: string | null;
  articles: string[];
  origins: string[];
  /** The number of distinct origins among the story's articles. */
  independentReports: number;
}

export interface Analysis {
  articles: AnalysedArticle[];
  origins: Origin[];
  stories: Story[];
  alignments: Alignment[];
}
