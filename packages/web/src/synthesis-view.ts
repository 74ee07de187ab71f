/**
 * What the story page's synthesis shows, computed without the DOM: short names of origins ("Reuters
 * · The Associated Press"), who states a fact or value (one entry per article, with the first place
 * it says so), the places a summary sentence is stated (the mentions of the fact with its text),
 * the support in words, discrepancy kinds in words, entities grouped by kind, and timeline rows.
 * Invariants: lists keep the synthesis's order; an article appears at most once per "who states
 * it" list. Cost: linear in the synthesis's size.
 */
import type {
  DiscrepancyKind,
  EntityKind,
  StoryOrigin,
  StorySynthesis,
  SynthesisDiscrepancy,
  SynthesisEntity,
  SynthesisMention,
  SynthesisSentence,
  SynthesisTimelineEntry,
} from '@storyfold/server/api';
import { originNames } from './origin-names.js';
import { plural } from './plural.js';

/** Origins named without " report" ("Reuters", "Unattributed 2"), for lists of who states what. */
export function shortOriginNames(origins: readonly StoryOrigin[]): Map<string, string> {
  return originNames(origins, '');
}

/** "2 independent reports". */
export function supportLabel(support: number): string {
  return plural(support, 'independent report');
}

/** One article that states something, and the first place in it where it does (if known). */
export interface Stater {
  articleId: number;
  mention: SynthesisMention | null;
}

/** Who states something: each of `articles` once, in order, with its first mention. */
export function whoStates(articles: readonly number[], mentions: readonly SynthesisMention[]): Stater[] {
  const first = new Map<number, SynthesisMention>();
  for (const mention of mentions) if (!first.has(mention.articleId)) first.set(mention.articleId, mention);
  const seen = new Set<number>();
  const out: Stater[] = [];
  for (const articleId of articles) {
    if (seen.has(articleId)) continue;
    seen.add(articleId);
    out.push({ articleId, mention: first.get(articleId) ?? null });
  }
  // Mentions in articles the list does not name still say where it is stated.
  for (const [articleId, mention] of first)
    if (!seen.has(articleId)) {
      seen.add(articleId);
      out.push({ articleId, mention });
    }
  return out;
}

/**
 * For each origin of a sentence, the article to show for it: the first of the sentence's articles
 * that carries the origin, with its mention when known (`carriers`: origin id → its articles).
 */
export function originStaters(
  sentence: SynthesisSentence,
  mentions: readonly SynthesisMention[],
  carriers: ReadonlyMap<string, ReadonlySet<number>>,
): { origin: string; stater: Stater | null }[] {
  const staters = whoStates(sentence.articles, mentions);
  return sentence.origins.map((origin) => {
    const members = carriers.get(origin);
    const withMention = staters.find((s) => s.mention !== null && members?.has(s.articleId));
    return { origin, stater: withMention ?? staters.find((s) => members?.has(s.articleId)) ?? null };
  });
}

const KIND_LABELS: Record<DiscrepancyKind, string> = {
  number: 'Number',
  date: 'Date',
  time: 'Time',
  name: 'Name',
  title: 'Title or role',
  place: 'Place',
  quote: 'Quotation',
};

/** A discrepancy's kind in words. */
export function discrepancyKindLabel(kind: DiscrepancyKind): string {
  return KIND_LABELS[kind];
}

const ENTITY_GROUPS: { kind: EntityKind; heading: string }[] = [
  { kind: 'person', heading: 'People' },
  { kind: 'place', heading: 'Places' },
  { kind: 'organisation', heading: 'Organisations' },
];

/** Entities grouped by kind (people, places, organisations), empty groups left out. */
export function entityGroups(
  entities: readonly SynthesisEntity[],
): { kind: EntityKind; heading: string; entities: SynthesisEntity[] }[] {
  return ENTITY_GROUPS.map((group) => ({
    ...group,
    entities: entities.filter((entity) => entity.kind === group.kind),
  })).filter((group) => group.entities.length > 0);
}

/** A timeline entry in words: "First report from Reuters" or "Update (Reuters)". */
export function timelineLabel(entry: SynthesisTimelineEntry, names: ReadonlyMap<string, string>): string {
  const origin = entry.origin === null ? null : (names.get(entry.origin) ?? null);
  if (entry.kind === 'origin') return origin === null ? 'First report' : `First report from ${origin}`;
  return origin === null ? 'Update' : `Update carrying ${origin}`;
}

/** True when the synthesis has anything to show beyond its summary. */
export function hasDetails(synthesis: StorySynthesis): boolean {
  return (
    synthesis.facts.length +
      synthesis.discrepancies.length +
      synthesis.entities.length +
      synthesis.timeline.length >
    0
  );
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A timeline time as the article gave it, without moving it to the reader's time zone (it often
 * has none): "28 Feb 2023, 01:59", "28 Feb 2023", the text itself when unreadable, or "time
 * unknown".
 */
export function formatWhen(at: string | null): string {
  if (at === null) return 'time unknown';
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(at);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || month === undefined) return at;
  const date = `${Number(match[3])} ${month} ${match[1]}`;
  return match[4] === undefined ? date : `${date}, ${match[4]}:${match[5]}`;
}

/** True when every value comes from the same reports: copies of one report worded differently. */
export function withinOneReport(discrepancy: Pick<SynthesisDiscrepancy, 'values'>): boolean {
  return new Set(discrepancy.values.map((value) => [...value.origins].sort().join('\u0000'))).size <= 1;
}
