/**
 * The align stage on the five real seed articles (../shared/seeds, read from the repository
 * root). Bodies are the raw files' non-empty lines, with the aggregator's obvious page furniture
 * of 001 dropped by hand (the cleaner is tested elsewhere).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Passage } from '../analysis.js';
import { type AlignText, align, coveredFraction, prepareAlignment } from './index.js';

const SEEDS = '../shared/seeds';

/** Lines of 001 that are page furniture, not body. */
const FURNITURE =
  /^(Get all your news|100’s of premium|One app|Start reading|Reuters$|Business$|By Simon Lewis|Sign up|Read news from|Already a member|Related Stories|Top stories|One subscription|Our Picks|Fourteen days|Download the app|100\+ trusted)/;

function seed(prefix: string): string[] {
  const file = readdirSync(SEEDS).find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return readFileSync(`${SEEDS}/${file}`, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !FURNITURE.test(line));
}

const bodies = new Map(['000', '001', '002', '003', '004'].map((id) => [id, seed(id)]));
const texts = new Map([...bodies].map(([id, body]) => [id, prepareAlignment(body)]));
const body = (id: string): string => bodies.get(id)!.join('\n');
const text = (id: string): AlignText => texts.get(id)!;

/** The span [start, end) of the paragraph of `id` that starts with `opening`. */
function paragraph(id: string, opening: string): [number, number] {
  const full = body(id);
  const start = full.indexOf(opening);
  if (start < 0 || (start > 0 && full[start - 1] !== '\n'))
    throw new Error(`${id}: no paragraph "${opening}"`);
  const end = full.indexOf('\n', start);
  return [start, end < 0 ? full.length : end];
}

/** The passages whose side `side` overlaps [start, end) by at least half of that span. */
function over(passages: Passage[], side: 'a' | 'b', [start, end]: [number, number]): Passage[] {
  return passages.filter((p) => Math.min(end, p[side][1]) - Math.max(start, p[side][0]) >= (end - start) / 2);
}

describe('align on the seed articles', () => {
  it('aligns the border paragraph of 004 verbatim with 000 and 001 (curly and straight quotes alike)', () => {
    const opening = 'Russia and Kazakhstan share the world';
    for (const other of ['000', '001']) {
      const passages = over(align(text('004'), text(other)), 'a', paragraph('004', opening));
      expect(passages.map((p) => p.kind)).toEqual(['verbatim']);
      const [start, end] = paragraph(other, opening);
      expect(passages[0]!.b[0]).toBe(start);
      expect(body(other).slice(passages[0]!.b[1], end)).toMatch(/^\W*$/);
    }
  });

  it('aligns the edited "However, all five Central Asian republics" paragraph of 004 with 002', () => {
    const passages = over(align(text('004'), text('002')), 'a', paragraph('004', 'However, all five'));
    expect(passages).toHaveLength(1);
    expect(['edited', 'translated']).toContain(passages[0]!.kind);
    const [start, end] = paragraph('002', 'However, all five');
    expect(passages[0]!.b[0]).toBeGreaterThanOrEqual(start);
    expect(passages[0]!.b[1]).toBeLessThanOrEqual(end);
  });

  it('aligns the translated Tileuberdi sentence of 003 with 001', () => {
    const passages = over(
      align(text('003'), text('001')),
      'a',
      paragraph('003', 'Blinken earlier told Kazakh'),
    );
    expect(passages).toHaveLength(1);
    expect(['edited', 'translated']).toContain(passages[0]!.kind);
    const [start, end] = paragraph('001', 'Blinken earlier told Foreign Minister');
    expect(passages[0]!.b[0]).toBeGreaterThanOrEqual(start);
    expect(passages[0]!.b[1]).toBeLessThanOrEqual(end);
  });

  it('splits 004 into its AP half (002) and its Reuters half (000, 001)', () => {
    const paragraphs = bodies.get('004')!;
    const fromAp = new Set([0, 2, 3, 8, 9]);
    const withAp = align(text('004'), text('002'));
    const withReuters = [...align(text('004'), text('000')), ...align(text('004'), text('001'))];
    paragraphs.forEach((line, i) => {
      const span = paragraph('004', line.slice(0, 30));
      expect(over(withAp, 'a', span).length > 0, `paragraph ${i + 1} from AP`).toBe(fromAp.has(i));
      expect(over(withReuters, 'a', span).length > 0, `paragraph ${i + 1} from Reuters`).toBe(!fromAp.has(i));
    });
  });

  it('finds little in common between the Reuters (000) and AP (002) reports of the same event', () => {
    const passages = align(text('000'), text('002'));
    expect(coveredFraction(passages, 'a', text('000').length)).toBeLessThan(0.1);
    expect(coveredFraction(passages, 'b', text('002').length)).toBeLessThan(0.1);
  });

  it('covers most of the Reuters text that 001 and its translation 003 share', () => {
    const passages = align(text('001'), text('003'));
    expect(coveredFraction(passages, 'b', text('003').length)).toBeGreaterThan(0.45);
  });

  it('prints the pairwise coverages', () => {
    const ids = [...bodies.keys()];
    const lines: string[] = [];
    for (const x of ids)
      for (const y of ids) {
        if (x >= y) continue;
        const passages = align(text(x), text(y));
        lines.push(
          `${x} vs ${y}: ${(100 * coveredFraction(passages, 'a', text(x).length)).toFixed(0)}% of ${x}, ${(100 * coveredFraction(passages, 'b', text(y).length)).toFixed(0)}% of ${y}, ${passages.length} passages (${passages.map((p) => p.kind[0]).join('')})`,
        );
      }
    console.log(lines.join('\n'));
    expect(lines).toHaveLength(10);
  });
});
