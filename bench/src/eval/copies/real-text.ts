/**
 * Loads the real text the copy benchmark and the speed corpus are built from: ECB+ news
 * articles (detokenised, split into paragraphs), NeuS article excerpts and headlines (unrelated
 * paragraphs for inserts), and page furniture lines taken from real pages (seeds 001–003 and
 * trafilatura's `without` snippets).
 * Reference: the datasets described in ../shared/datasets/README.md.
 * Invariants: read-only; deterministic (paragraph splits are seeded by the document id).
 * Cost: O(size of the files), a few MB.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fmix32 } from '@storyfold/engine';
import { detokenise, sentences } from './detokenise.js';
import { prng } from './prng.js';

/** The shared datasets folder, relative to the repository root (the working directory of eval, bench and tests). */
export const DATASETS = resolve(process.cwd(), '../shared/datasets');
export const SEEDS = resolve(process.cwd(), 'examples/seeds');

export interface NewsDocument {
  /** Dataset-qualified id, e.g. "ecbplus:10_1ecb". */
  doc: string;
  /** Event label (ECB+ event_id), or the document id when the dataset has none. */
  event: string;
  /** Topic label (ECB+ topic: two similar events), or the event. */
  topic: string;
  title: string;
  paragraphs: string[];
  words: number;
}

function readJsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function stringField(record: Record<string, unknown>, key: string): string {
  const value = record[key];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return fmix32(h) >>> 0;
}

/** Groups sentences into paragraphs of 1–3 sentences (wire-story style), seeded by the id. */
export function paragraphsOf(id: string, lines: readonly string[]): string[] {
  const r = prng(hashString(id));
  const out: string[] = [];
  for (const line of lines) {
    const parts = sentences(line);
    for (let i = 0; i < parts.length; ) {
      const take = r.int(1, 3);
      out.push(parts.slice(i, i + take).join(' '));
      i += take;
    }
  }
  return out;
}

function countWords(paragraphs: readonly string[]): number {
  return paragraphs.reduce((sum, p) => sum + p.split(/\s+/).filter(Boolean).length, 0);
}

/** ECB+ articles: full_text's first line is the title, the rest the body. */
export function loadEcbplus(): NewsDocument[] {
  return readJsonl(`${DATASETS}/clustering/ecbplus_docs.jsonl`).map((record) => {
    const lines = detokenise(stringField(record, 'full_text')).split('\n');
    const doc = `ecbplus:${stringField(record, 'doc_id')}`;
    const title = lines[0] ?? '';
    const paragraphs = paragraphsOf(doc, lines.slice(1));
    return {
      doc,
      event: stringField(record, 'event_id'),
      topic: stringField(record, 'topic'),
      title,
      paragraphs,
      words: countWords(paragraphs),
    };
  });
}

/** NewsWCL50 (first line: a dateline or headline, kept as title) and MEANTIME English articles. */
export function loadOtherNews(): NewsDocument[] {
  const wcl = readJsonl(`${DATASETS}/clustering/newswcl50_docs.jsonl`).map((record) => {
    const doc = `newswcl50:${stringField(record, 'doc_id')}`;
    const lines = detokenise(stringField(record, 'full_text')).split('\n');
    const paragraphs = paragraphsOf(doc, lines.slice(1));
    const event = `newswcl50:${stringField(record, 'event_id')}`;
    const title = stringField(record, 'title') || (lines[0] ?? '');
    return { doc, event, topic: event, title: detokenise(title), paragraphs, words: countWords(paragraphs) };
  });
  const meantime = readJsonl(`${DATASETS}/clustering/meantime_docs.jsonl`)
    .filter((record) => stringField(record, 'lang') === 'en')
    .map((record) => {
      const doc = `meantime:${stringField(record, 'doc_id')}`;
      const lines = detokenise(stringField(record, 'full_text')).split('\n');
      // Line 2 is the date ("March 01, 2008"): not body.
      const paragraphs = paragraphsOf(doc, lines.slice(2));
      const topic = `meantime:${stringField(record, 'topic')}`;
      return { doc, event: doc, topic, title: lines[0] ?? '', paragraphs, words: countWords(paragraphs) };
    });
  return [...wcl, ...meantime];
}

export interface Excerpt {
  title: string;
  text: string;
}

/** NeuS excerpts (about 70 words each, three outlets per event) with their headlines. */
export function loadNeusExcerpts(): Excerpt[] {
  const out: Excerpt[] = [];
  const lines = readFileSync(`${DATASETS}/summaries/neus-allsides/train.source`, 'utf8').split('\n');
  for (const line of lines) {
    for (const part of line.split('[SEP]')) {
      const match = /TITLE=>\s*(.*?)\s*ARTICLE=>\s*(.*)$/s.exec(part.trim());
      if (!match) continue;
      const title = (match[1] ?? '').replace(/\.$/, '').trim();
      const text = (match[2] ?? '').trim();
      if (title && text.split(/\s+/).length >= 20) out.push({ title, text });
    }
  }
  return out;
}

export interface FurnitureLines {
  /** Lines above the article on seed 001's aggregator page ("Get all your news in one place." …). */
  header: string[];
  /** Lines below the article on seed 001's page ("Sign up to read this article" …). */
  footer: string[];
  /** The "See also" prefix of seed 002's spliced links, followed by a real headline. */
  seeAlsoPrefix: string;
  /** Seed 003's in-body prompt. */
  readOn: string;
  /** trafilatura `without` snippets in plain ASCII: text real pages hold that is not the article. */
  snippets: string[];
}

export function loadFurniture(): FurnitureLines {
  const seed = (prefix: string): string[] => {
    const name = readdirSync(SEEDS).find((n) => n.startsWith(`${prefix}_`));
    if (!name) throw new Error(`seed ${prefix} not found in ${SEEDS}`);
    return readFileSync(`${SEEDS}/${name}`, 'utf8').split('\n');
  };
  const s001 = seed('001');
  const credit = s001.findIndex((line) => line.startsWith('(Reporting by'));
  const header = s001.slice(0, 4).filter(Boolean);
  const footer = s001.slice(credit + 1).filter((line) => line.trim());
  const seeAlso = seed('002').find((line) => line.startsWith('See also'));
  const readOn = seed('003').find((line) => line.startsWith('Please read on'));
  if (credit < 0 || !seeAlso || !readOn) throw new Error('seed furniture lines not found');
  const evaldata = JSON.parse(
    readFileSync(`${DATASETS}/extraction/trafilatura/evaldata.json`, 'utf8'),
  ) as Record<string, { without?: string[] }>;
  const snippets = [
    ...new Set(
      Object.values(evaldata)
        .flatMap((page) => page.without ?? [])
        .map((s) => s.trim())
        .filter((s) => s.length >= 4 && /^[\x20-\x7e]+$/.test(s) && s.split(/\s+/).length <= 12),
    ),
  ].sort();
  return { header, footer, seeAlsoPrefix: 'See also  ', readOn, snippets };
}
