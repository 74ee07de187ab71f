import { describe, expect, it } from 'vitest';
import { creditLabel, creditMentions } from './agencies.js';

describe('creditLabel', () => {
  it.each([
    ['– Reuters', 'Reuters'],
    ['(Reuters)', 'Reuters'],
    ['REUTERS', 'Reuters'],
    ['Olivier Douliery/Pool via REUTERS', 'Reuters'],
    ['REUTERS/Evelyn Hockstein/File Photo', 'Reuters'],
    ['ByThe Associated Press', 'The Associated Press'],
    ['By The Associated Press', 'The Associated Press'],
    ['(AP)', 'The Associated Press'],
    ['Associated Press', 'The Associated Press'],
    ['AP Photo', 'The Associated Press'],
    ['(AP Photo/Evan Vucci)', 'The Associated Press'],
    ['Agence France-Presse', 'Agence France-Presse'],
    ['AFP via Getty Images', 'Agence France-Presse'],
    ['dpa', 'dpa'],
    ['ANSA', 'ANSA'],
    ['EFE', 'EFE'],
    ['Kyodo News', 'Kyodo'],
    ['Xinhua', 'Xinhua'],
    ['PA Media', 'PA Media'],
    ['Bloomberg', 'Bloomberg'],
    ['(Central News Agency)', 'Central News Agency'],
    ['(CNA)', 'Central News Agency'],
    ['UPI', 'UPI'],
    ['Australian Associated Press', 'Australian Associated Press'],
  ])('%s → %s', (text, label) => {
    expect(creditLabel(text)).toBe(label);
  });

  it.each(['map', 'Pittsburgh, PA', 'rapport', 'The Guardian', '', 'Capital', 'Michael Bloomberg'])(
    'names no agency in %j',
    (text) => {
      expect(creditLabel(text)).toBeNull();
    },
  );
});

describe('creditMentions', () => {
  it('finds agencies the body attributes reporting to, in order of first mention', () => {
    const body = [
      'Reuters reported that the talks would go on.',
      'The minister was quoted by Xinhua as saying so, according to the Associated Press.',
      'Officials told Reuters the date had not been set.',
      'The plan was first reported by Bloomberg News.',
      'A man, Reuters said, was hurt.',
    ];
    expect(creditMentions(body)).toEqual(['Reuters', 'Xinhua', 'The Associated Press', 'Bloomberg']);
  });

  it('ignores names that attribute nothing', () => {
    expect(creditMentions(['He once worked at Reuters and later at the AP bureau in Kabul.'])).toEqual([]);
    expect(creditMentions([])).toEqual([]);
  });
});
