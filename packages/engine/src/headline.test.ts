import { describe, expect, it } from 'vitest';
import { headline } from './headline.js';

describe('headline', () => {
  it('is null without titles and the only title with one', () => {
    expect(headline([{ title: null }, { title: null }])).toBeNull();
    expect(headline([{ title: null }, { title: 'Blinken visits Astana' }])).toBe('Blinken visits Astana');
  });

  it('prefers the title that names the event the others and the leads tell, not the first', () => {
    const lead =
      'US Secretary of State Antony Blinken arrived in Kazakhstan on Tuesday for talks with Central Asian ministers.';
    const members = [
      { title: 'What it means for Moscow', body: [lead] },
      { title: 'Blinken arrives in Kazakhstan for Central Asian talks', body: [lead] },
      { title: 'Blinken holds talks in Kazakhstan', body: [lead] },
    ];
    expect(headline(members)).toBe('Blinken arrives in Kazakhstan for Central Asian talks');
  });

  it('does not let a bare name win on precision', () => {
    const lead =
      'Blinken met Central Asian foreign ministers in Astana on Tuesday to discuss trade and security.';
    expect(
      headline([
        { title: 'Blinken', body: [lead] },
        { title: 'Blinken meets Central Asian ministers in Astana', body: [lead] },
      ]),
    ).toBe('Blinken meets Central Asian ministers in Astana');
  });

  it('returns one of the titles, earliest on ties', () => {
    expect(headline([{ title: 'Same words here' }, { title: 'Same words here' }])).toBe('Same words here');
  });
});
