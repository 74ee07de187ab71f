import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { type DomElement, parseDocument } from './dom.js';
import { hasNonWhitespaceText, withShortcuts } from './readability-shortcuts.js';

type Predicates = {
  _isValidByline(node: DomElement, matchString: string): boolean;
  _isElementWithoutContent(node: DomElement): boolean;
};

const PAGE = `<html><body>
  <div id="a"> <br> <hr> </div><div id="b"><span> </span></div><div id="c"><p>\u00a0</p></div>
  <div id="d"><b> x </b></div><div class="byline"> By Jane Doe </div><a rel="author">Ann</a>
  <span itemprop="author"><span itemprop="name"></span></span><p class="author">${'long '.repeat(30)}</p>
  <div id="e"><![CDATA[ y ]]></div><section><br><br></section><div><p></p><br></div>
</body></html>`;

function pair(): { original: Predicates; fast: Predicates } {
  const original = new Readability(parseDocument('<p>x</p>') as never) as unknown as Predicates;
  const fast = withShortcuts(new Readability(parseDocument('<p>x</p>') as never)) as unknown as Predicates;
  return { original, fast };
}

describe('withShortcuts', () => {
  it('gives the same answers as Readability on every element of a page', () => {
    const { original, fast } = pair();
    const document = parseDocument(PAGE);
    const all: DomElement[] = [];
    for (const name of ['div', 'span', 'p', 'a', 'section', 'b', 'body', 'html']) {
      all.push(...Array.from(document.getElementsByTagName(name)));
    }
    expect(all.length).toBeGreaterThan(15);
    for (const element of all) {
      const match = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
      expect(fast._isValidByline(element, match)).toBe(original._isValidByline(element, match));
      expect(fast._isElementWithoutContent(element)).toBe(original._isElementWithoutContent(element));
    }
  });

  it('finds text with content past whitespace and nesting', () => {
    const document = parseDocument(
      '<div id="x"> <i> </i><b><i>\u00a0</i><i>z</i></b></div><div id="y"> <i> </i></div>',
    );
    const [x, y] = Array.from(document.getElementsByTagName('div'));
    expect(x && hasNonWhitespaceText(x)).toBe(true);
    expect(y && hasNonWhitespaceText(y)).toBe(false);
  });

  it('leaves an instance without the expected methods unchanged', () => {
    const other = { parse: () => null };
    expect(withShortcuts(other)).toEqual({ parse: other.parse });
  });
});
