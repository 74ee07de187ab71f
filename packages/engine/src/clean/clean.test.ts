import { describe, expect, it } from 'vitest';
import type { Article } from '../article.js';
import { clean } from './clean.js';

function run(
  lines: string[],
  extra: Partial<{ title: string; source: string; published: string }> = {},
): Article {
  return clean({ id: 't', text: lines.join('\n'), ...extra });
}

const NEWS =
  'The central bank raised its main rate by a quarter point on Wednesday, its ninth increase in a row.';
const NEWS2 = 'Economists had expected the move after inflation stayed above target for a second year.';

describe('clean: datelines', () => {
  it.each([
    ['ASTANA, Kazakhstan (AP) — ', 'Astana', 'The Associated Press'],
    ['WASHINGTON, Feb 28 (Reuters) - ', 'Washington', 'Reuters'],
    ['LONDON — ', 'London', null],
    ['NEW YORK, March 3 (Reuters) - ', 'New York', 'Reuters'],
    ['Taipei, Feb. 28 (CNA) ', 'Taipei', 'Central News Agency'],
    ['BERLIN (dpa) - ', 'Berlin', 'dpa'],
  ])('%s', (prefix, place, credit) => {
    const article = run([`${prefix}${NEWS}`, NEWS2]);
    expect(article.dateline).toBe(place);
    expect(article.credit).toBe(credit);
    expect(article.body).toEqual([NEWS, NEWS2]);
    expect(article.boilerplate.map((b) => b.reason)).toEqual(['dateline']);
  });

  it('reads a dateline standing on its own line', () => {
    const article = run(['WEST PALM BEACH, Fla. —', NEWS, NEWS2]);
    expect(article.dateline).toBe('West Palm Beach');
    expect(article.body).toEqual([NEWS, NEWS2]);
    expect(article.boilerplate).toEqual([{ text: 'WEST PALM BEACH, Fla. —', reason: 'dateline' }]);
  });

  it('leaves paragraphs that only look like datelines alone', () => {
    const lines = [
      'Blinken — the top US diplomat — arrived on Tuesday for talks.',
      'Kazakh President Tokayev: a leader who has pushed back against Moscow.',
      'A FIRE - the third this month - destroyed the warehouse on Monday.',
      'BREAKING NEWS - The warehouse fire spread to two more buildings overnight.',
      'CHARGED WITH MURDER: A man was arrested on Monday after the fire.',
    ];
    const article = run(lines);
    expect(article.body).toEqual(lines);
    expect(article.dateline).toBeNull();
  });
});

describe('clean: credits and bylines', () => {
  it('strips a trailing agency credit from the last paragraph only', () => {
    const article = run([NEWS, `${NEWS2} - AP`]);
    expect(article.body).toEqual([NEWS, NEWS2]);
    expect(article.credit).toBe('The Associated Press');
  });

  it('keeps a trailing dash that is not an agency', () => {
    const last = 'He said the plan would go ahead - eventually';
    expect(run([NEWS, last]).body).toEqual([NEWS, last]);
  });

  it.each([
    ['By Simon Lewis', 'Simon Lewis', null],
    ['By Simon Lewis and Humeyra Pamuk', 'Simon Lewis and Humeyra Pamuk', null],
    ['By Simon Lewis, Reuters', 'Simon Lewis', 'Reuters'],
    ['By Jean-Pierre de la Tour | AFP', 'Jean-Pierre de la Tour', 'Agence France-Presse'],
    ['By Reuters Staff', null, 'Reuters'],
  ])('%s', (line, byline, credit) => {
    const article = run([line, NEWS, NEWS2]);
    expect(article.byline).toBe(byline);
    expect(article.credit).toBe(credit);
    expect(article.body).toEqual([NEWS, NEWS2]);
  });

  it('does not take a sentence starting with "By" for a byline', () => {
    const line = 'By Tuesday, the ministers had agreed on a text';
    expect(run([NEWS, line, NEWS2]).body).toContain(line);
  });

  it('prefers an explicit credit line over a byline agency and photo credits', () => {
    const article = run([
      'By The Associated Press',
      NEWS,
      'A man walks past the bank in Frankfurt, Germany, March 1, 2023. REUTERS/Kai Pfaffenbach',
      NEWS2,
      '(Reuters)',
    ]);
    expect(article.credit).toBe('Reuters');
  });

  it('takes photo credits only when nothing else says who wrote the text', () => {
    const article = run([
      NEWS,
      'The bank tower in Frankfurt on March 1, 2023. (AP Photo/Michael Probst)',
      NEWS2,
    ]);
    expect(article.credit).toBe('The Associated Press');
    expect(run([NEWS, NEWS2], { source: 'Reuters' }).credit).toBe('Reuters');
    expect(run([NEWS, NEWS2], { source: 'The Daily Planet' }).credit).toBeNull();
  });

  it('implies Reuters from "(Reporting by …)" only when the article names Reuters', () => {
    const reporting = '(Reporting by Jane Doe; Editing by John Roe)';
    expect(run([NEWS, NEWS2, reporting]).credit).toBeNull();
    const article = run([NEWS, 'Officials told Reuters the vote was close.', NEWS2, reporting]);
    expect(article.credit).toBe('Reuters');
    expect(article.boilerplate).toEqual([{ text: reporting, reason: 'credit' }]);
  });
});

describe('clean: boilerplate lines', () => {
  it.each([
    ['Skip to main content', 'navigation'],
    ['Advertisement', 'promotion'],
    ['Share this article', 'promotion'],
    ['Facebook Twitter Email', 'promotion'],
    ['Follow us on Twitter', 'promotion'],
    ['READ MORE: Central bank holds rates as inflation cools', 'related'],
    ['Related: Five things to know about the vote', 'related'],
    ['Click here to subscribe to our newsletter', 'related'],
    ['Subscribe now for unlimited access', 'subscription'],
    ['You have reached your limit of free articles', 'subscription'],
    [
      'We use cookies to improve your experience on our site. By using this site you agree to our use of cookies.',
      'navigation',
    ],
    ['© 2023 The Daily Planet. All rights reserved.', 'navigation'],
    ['Copyright 2023 The Associated Press. All rights reserved.', 'credit'],
    ['FILE PHOTO: The bank tower in Frankfurt, Germany', 'caption'],
    ['Image 3 of 12', 'caption'],
    ['Additional reporting by Jane Doe in Paris', 'credit'],
    ['The Associated Press contributed to this report.', 'credit'],
    ['Updated 3:15 PM EST, Tue February 28, 2023', 'date'],
  ])('%s → %s', (line, reason) => {
    const article = run([NEWS, line, NEWS2]);
    expect(article.body).toEqual([NEWS, NEWS2]);
    expect(article.boilerplate).toEqual([{ text: line, reason }]);
  });

  it.each([
    'More than 100 people were killed in the attack, officials said.',
    'Share prices fell 3% on the news, the steepest drop in a year.',
    'Register of voters will close on Friday, the election board said.',
    'Sign language interpreters will be at every polling station, the board said.',
    'Read more closely, the statement leaves room for compromise, analysts said.',
    'Subscriptions to the service rose 12% in the quarter, the company said.',
    'The photo, taken by a Reuters photographer, shows the two men shaking hands.',
    'In case you had any doubts whether Pierre Thomas (left) would get more carries than Reggie Bush, you can now have full faith in Thomas.',
  ])('keeps news that starts like boilerplate: %s', (line) => {
    expect(run([NEWS, line, NEWS2]).body).toEqual([NEWS, line, NEWS2]);
  });

  it('removes exact duplicates and short menu lines around the body', () => {
    const article = run([
      'World',
      'Europe',
      'Rates rise again across the euro area',
      NEWS,
      NEWS,
      NEWS2,
      'Tags',
      'Banks',
    ]);
    expect(article.title).toBe('Rates rise again across the euro area');
    expect(article.body).toEqual([NEWS, NEWS2]);
    expect(article.boilerplate.map((b) => b.reason)).toEqual([
      'navigation',
      'navigation',
      'title',
      'furniture',
      'navigation',
      'navigation',
    ]);
  });

  it('uses the raw title and removes it from the body', () => {
    const article = run(['Rates rise again', NEWS, NEWS2], { title: 'Rates rise  again' });
    expect(article.title).toBe('Rates rise again');
    expect(article.body).toEqual([NEWS, NEWS2]);
  });

  it('keeps a lone paragraph, and the raw published date over the text', () => {
    expect(run([NEWS]).body).toEqual([NEWS]);
    expect(run(['A headline without a period']).body).toEqual(['A headline without a period']);
    const article = run(['February 28, 2023', NEWS], { published: '2023-03-01T10:00:00Z' });
    expect(article.published).toBe('2023-03-01T10:00:00Z');
  });

  it('normalises whitespace and drops empty lines', () => {
    const article = clean({
      id: 'w',
      text: `\r\n\r\n  ${NEWS.replace(/ /g, '\u00a0 \t')}\r\n\n\n\u200b\n${NEWS2}  `,
    });
    expect(article.body).toEqual([NEWS, NEWS2]);
    expect(article.boilerplate).toEqual([]);
  });
});
