/**
 * Reads NeuS (AllSides) events: each line of `<split>.source` holds three articles separated by
 * " [SEP] ", each "TITLE=> … ARTICLE=> …"; the same line of `<split>.target` holds the editors'
 * roundup "TITLE=> … ARTICLE=> <roundup>", whose text after ARTICLE=> is the reference.
 */
import { readFileSync } from 'node:fs';

export const NEUS = '../shared/datasets/summaries/neus-allsides';

export interface NeusArticle {
  title: string;
  text: string;
}

export interface NeusEvent {
  articles: NeusArticle[];
  reference: string;
}

function parse(part: string): NeusArticle {
  const marker = part.indexOf('ARTICLE=>');
  const head = marker < 0 ? '' : part.slice(0, marker);
  const text = marker < 0 ? part : part.slice(marker + 'ARTICLE=>'.length);
  return { title: head.replace(/^\s*TITLE=>/u, '').trim(), text: text.trim() };
}

export function loadEvents(split: 'train' | 'val'): NeusEvent[] {
  const sources = readFileSync(`${NEUS}/${split}.source`, 'utf8').split('\n');
  const targets = readFileSync(`${NEUS}/${split}.target`, 'utf8').split('\n');
  const events: NeusEvent[] = [];
  sources.forEach((line, i) => {
    if (line.trim() === '') return;
    events.push({
      articles: line.split(' [SEP] ').map(parse),
      reference: parse(targets[i] ?? '').text,
    });
  });
  return events;
}
