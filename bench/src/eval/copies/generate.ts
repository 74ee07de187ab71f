/**
 * The copy benchmark: real news articles, copies made of them by the edits real outlets make, and
 * the exact ground truth of which original(s) each copy descends from and how much of each it keeps.
 *
 * How it is built (all draws from one seeded PRNG, so a seed gives the same benchmark every time):
 * 1. Every ECB+ article (982 real news articles, 86 events, two similar events per topic) is
 *    detokenised ("did n't" → "didn't", " ," → ",", "( x )" → "(x)") and its body split into
 *    paragraphs of 1–3 sentences. All of them are in the benchmark, published by made-up
 *    "newsroom-N" sources on the day of their event: the articles of the same event and of the
 *    topic's twin event are independent reports with the same names and facts — hard negatives.
 * 2. ECB+ already holds real syndication (the same wire text on several sites). Pairs of ECB+
 *    articles sharing ≥ NATURAL_LINK_SHINGLES distinct 6-word shingles are recorded as natural
 *    links (linking them is never a false positive); those sharing at least half of the larger
 *    one's shingles are also recall targets (operation "natural").
 * 3. ORIGINAL_COUNT originals are drawn among ECB+ articles of ≥ MIN_ORIGINAL_WORDS words that
 *    have no natural link (so their truth is clean). Each gets 1–4 copies published 0.2–36 h
 *    later by made-up "outlet-N" sources. A copy is an excerpt (keeps 20–40%, outside the recall
 *    target) with probability EXCERPT_RATE, a merge of the original with another original (same
 *    event when possible, else same topic; interleaved paragraphs as in seed 004, keeping 50–75%
 *    of each) with probability MERGE_RATE, and independently undergoes: wrap (its outlet's page
 *    furniture: header/footer lines of seed 001's aggregator page, trafilatura `without`
 *    snippets — real text from real pages that is not the article — "See also <real NeuS
 *    headline>" lines spliced in as in seed 002, "Please read on..." as in seed 003, and the title
 *    as a line), edit (2–10% of words substituted, deleted or inserted, new words drawn from the
 *    same text), drop (remove up to a quarter of the paragraphs), insert (1–2 NeuS excerpts from
 *    unrelated reports as paragraphs, each excerpt used once in the benchmark), truncate (keep
 *    the first 50–100% of words at a paragraph end). A copy with no operation is verbatim
 *    (re-published by another source).
 * 4. Each word carries its position in its original, so the kept fraction of each original is
 *    exact (distinct original words still present / original words).
 * 5. Ids are opaque ("c0001"…), assigned after shuffling, so nothing in an id gives the truth away.
 * Invariants: deterministic for a seed; every copy has ≥ 1 ancestor with kept > 0.
 * Cost: O(total words); about 1,700 articles, one second.
 */
import type { RawArticle } from '@storyfold/engine';
import {
  type Body,
  bodyOf,
  dropParagraphs,
  editWords,
  excerpt,
  foreignParagraph,
  insertParagraphs,
  interleave,
  keptFraction,
  renderBody,
  truncate,
} from './copy-operations.js';
import * as D from './defaults.js';
import { type Prng, prng } from './prng.js';
import {
  type Excerpt,
  type FurnitureLines,
  loadEcbplus,
  loadFurniture,
  loadNeusExcerpts,
  type NewsDocument,
} from './real-text.js';
import { sharedShingles, shingles } from './shingles.js';

export type CopyOperation =
  | 'verbatim'
  | 'wrap'
  | 'edit'
  | 'drop'
  | 'insert'
  | 'truncate'
  | 'merge'
  | 'excerpt';
export const COPY_OPERATIONS: readonly CopyOperation[] = [
  'verbatim',
  'wrap',
  'edit',
  'drop',
  'insert',
  'truncate',
  'merge',
  'excerpt',
];

export interface Ancestor {
  /** The real document, e.g. "ecbplus:10_1ecb". */
  doc: string;
  /** Fraction (0..1] of that document's words the article keeps. */
  kept: number;
}

export interface ArticleTruth {
  id: string;
  role: 'original' | 'distractor' | 'copy';
  /** ECB+ event and topic of the (first) ancestor. */
  event: string;
  topic: string;
  /** For ECB+ articles: themselves, kept 1. For copies: the original(s) they descend from. */
  ancestors: Ancestor[];
  operations: CopyOperation[];
}

/** Text two ECB+ articles already share (real syndication in the data). */
export interface NaturalLink {
  a: string;
  b: string;
  shared: number;
  /** Shares at least half of the larger article's shingles: a recall target. */
  required: boolean;
}

export interface CopyBenchmark {
  seed: number;
  articles: RawArticle[];
  truth: ArticleTruth[];
  natural: NaturalLink[];
}

export interface GenerateOptions {
  seed: number;
  originals: number;
}

interface OutletProfile {
  name: string;
  header: string[];
  footer: string[];
  inBody: 'see-also' | 'read-on' | 'none';
}

const DAY_MS = 86_400_000;
const START = Date.UTC(2024, 2, 1);

export function generateCopyBenchmark(options: Partial<GenerateOptions> = {}): CopyBenchmark {
  const seed = options.seed ?? D.COPIES_SEED;
  const originalCount = options.originals ?? D.ORIGINAL_COUNT;
  const r = prng(seed);
  const documents = loadEcbplus();
  const furniture = loadFurniture();
  const excerpts = loadNeusExcerpts();
  const natural = naturalLinks(documents);
  const linked = new Set(natural.flatMap((link) => [link.a, link.b]));

  // 1. ECB+ articles, on their event's day.
  const eventDay = new Map<string, number>();
  for (const event of [...new Set(documents.map((d) => d.event))].sort())
    eventDay.set(event, r.int(0, D.DAYS - 1));
  interface Draft {
    raw: Omit<RawArticle, 'id'>;
    truth: Omit<ArticleTruth, 'id'>;
  }
  const drafts: Draft[] = [];
  const published = new Map<string, number>();
  for (const doc of documents) {
    const time = START + eventDay.get(doc.event)! * DAY_MS + Math.floor(r.between(0, 1.25) * DAY_MS);
    published.set(doc.doc, time);
    drafts.push({
      raw: {
        text: doc.paragraphs.join('\n\n'),
        title: doc.title,
        source: `newsroom-${r.int(1, 30)}`,
        published: new Date(time).toISOString(),
      },
      truth: {
        role: 'distractor',
        event: doc.event,
        topic: doc.topic,
        ancestors: [{ doc: doc.doc, kept: 1 }],
        operations: [],
      },
    });
  }

  // 2. Originals and their copies.
  const eligible = documents.filter((d) => d.words >= D.MIN_ORIGINAL_WORDS && !linked.has(d.doc));
  const originals = r.shuffle(eligible).slice(0, originalCount);
  const isOriginal = new Set(originals.map((d) => d.doc));
  for (const draft of drafts)
    if (isOriginal.has(draft.truth.ancestors[0]!.doc)) draft.truth.role = 'original';
  const outlets = outletProfiles(furniture, r.fork(1));
  // Inserted paragraphs are drawn without replacement: two copies sharing an inserted excerpt
  // would really share text, and linking them would be right.
  const unused = r.fork(2).shuffle(excerpts);
  const nextExcerpt = (): Excerpt => {
    const excerpt = unused.pop();
    if (!excerpt) throw new Error('generate: more inserted paragraphs than NeuS excerpts');
    return excerpt;
  };
  originals.forEach((original, k) => {
    const rc = r.fork(1000 + k);
    const count = rc.int(D.COPIES_PER_ORIGINAL[0], D.COPIES_PER_ORIGINAL[1]);
    for (let c = 0; c < count; c++) {
      const partner = rc.chance(D.MERGE_RATE) ? mergePartner(original, originals, rc) : undefined;
      const made = makeCopy(original, partner, outlets, furniture, excerpts, nextExcerpt, rc);
      const time =
        published.get(original.doc)! +
        Math.floor(rc.between(D.COPY_DELAY_HOURS[0], D.COPY_DELAY_HOURS[1]) * 3_600_000);
      drafts.push({
        raw: {
          text: made.text,
          title: original.title,
          source: made.outlet,
          published: new Date(time).toISOString(),
        },
        truth: {
          role: 'copy',
          event: original.event,
          topic: original.topic,
          ancestors: made.ancestors,
          operations: made.operations,
        },
      });
    }
  });

  // 3. Opaque ids in shuffled order.
  const shuffled = r.shuffle(drafts);
  const width = String(shuffled.length).length;
  const articles: RawArticle[] = [];
  const truth: ArticleTruth[] = [];
  shuffled.forEach((draft, i) => {
    const id = `c${String(i + 1).padStart(width, '0')}`;
    articles.push({ id, ...draft.raw });
    truth.push({ id, ...draft.truth });
  });
  return { seed, articles, truth, natural };
}

/** Pairs of real documents that already share text (see header, step 2). */
export function naturalLinks(documents: readonly NewsDocument[]): NaturalLink[] {
  const sets = documents.map((d) => shingles(d.paragraphs.join('\n'), D.NATURAL_SHINGLE));
  return sharedShingles(sets, D.NATURAL_LINK_SHINGLES).map(({ a, b, shared }) => ({
    a: documents[a]!.doc,
    b: documents[b]!.doc,
    shared,
    required: shared >= 0.5 * Math.max(sets[a]!.length, sets[b]!.length),
  }));
}

function outletProfiles(furniture: FurnitureLines, r: Prng): OutletProfile[] {
  return Array.from({ length: D.OUTLET_COUNT }, (_, k) => {
    const header = [
      ...r.shuffle(furniture.header).slice(0, r.int(0, 2)),
      ...Array.from({ length: r.int(0, 2) }, () => r.pick(furniture.snippets)),
    ];
    const footer = [
      ...r.shuffle(furniture.footer).slice(0, r.int(0, 3)),
      ...Array.from({ length: r.int(0, 2) }, () => r.pick(furniture.snippets)),
    ];
    const inBody = r.pick(['see-also', 'read-on', 'none'] as const);
    return { name: `outlet-${k + 1}`, header, footer, inBody };
  });
}

function mergePartner(
  original: NewsDocument,
  originals: readonly NewsDocument[],
  r: Prng,
): NewsDocument | undefined {
  const others = originals.filter((d) => d.doc !== original.doc);
  const sameEvent = others.filter((d) => d.event === original.event);
  const sameTopic = others.filter((d) => d.topic === original.topic);
  const pool = sameEvent.length > 0 ? sameEvent : sameTopic.length > 0 ? sameTopic : others;
  return pool.length > 0 ? r.pick(pool) : undefined;
}

interface MadeCopy {
  text: string;
  outlet: string;
  ancestors: Ancestor[];
  operations: CopyOperation[];
}

function makeCopy(
  original: NewsDocument,
  partner: NewsDocument | undefined,
  outlets: readonly OutletProfile[],
  furniture: FurnitureLines,
  excerpts: readonly Excerpt[],
  nextExcerpt: () => Excerpt,
  r: Prng,
): MadeCopy {
  const operations: CopyOperation[] = [];
  let body: Body = bodyOf(original.paragraphs, 0);
  const totals = [original.words, partner?.words ?? 0];
  if (partner) {
    operations.push('merge');
    const a = truncate(body, r.between(D.MERGE_KEPT[0], D.MERGE_KEPT[1]));
    const b = truncate(bodyOf(partner.paragraphs, 1), r.between(D.MERGE_KEPT[0], D.MERGE_KEPT[1]));
    body = interleave(a, b, r);
  } else if (r.chance(D.EXCERPT_RATE)) {
    operations.push('excerpt');
    body = excerpt(body, r.between(D.EXCERPT_KEPT[0], D.EXCERPT_KEPT[1]), r);
  }
  const wrap = r.chance(D.WRAP_RATE);
  if (r.chance(D.TRUNCATE_RATE) && !operations.includes('excerpt')) {
    operations.push('truncate');
    body = truncate(body, r.between(D.TRUNCATE_KEPT[0], D.TRUNCATE_KEPT[1]));
  }
  if (r.chance(D.DROP_RATE)) {
    const before = body.length;
    body = dropParagraphs(body, D.DROP_MAX_SHARE, r);
    if (body.length < before) operations.push('drop');
  }
  if (r.chance(D.EDIT_RATE)) {
    operations.push('edit');
    body = editWords(body, r.between(D.EDIT_WORD_RATE[0], D.EDIT_WORD_RATE[1]), r);
  }
  if (r.chance(D.INSERT_RATE)) {
    operations.push('insert');
    const count = r.int(D.INSERT_PARAGRAPHS[0], D.INSERT_PARAGRAPHS[1]);
    body = insertParagraphs(
      body,
      Array.from({ length: count }, () => foreignParagraph(nextExcerpt().text)),
      r,
    );
  }
  const outlet = r.pick(outlets);
  let lines = renderBody(body);
  if (wrap) {
    operations.push('wrap');
    lines = [...lines];
    if (outlet.inBody === 'see-also') {
      for (let k = r.int(1, 2); k > 0; k--) {
        lines.splice(
          r.int(1, Math.max(1, lines.length)),
          0,
          `${furniture.seeAlsoPrefix}${r.pick(excerpts).title}`,
        );
      }
    } else if (outlet.inBody === 'read-on' && lines.length > 2) {
      lines.splice(2, 0, furniture.readOn);
    }
    lines = [...outlet.header, original.title, ...lines, ...outlet.footer];
  }
  if (operations.length === 0) operations.push('verbatim');
  const ancestors: Ancestor[] = [{ doc: original.doc, kept: keptFraction(body, 0, totals[0]!) }];
  if (partner) ancestors.push({ doc: partner.doc, kept: keptFraction(body, 1, totals[1]!) });
  return {
    text: lines.join('\n\n'),
    outlet: outlet.name,
    ancestors: ancestors.filter((a) => a.kept > 0),
    operations,
  };
}
