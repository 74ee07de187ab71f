import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { type DomElement, type DomNode, parseDocument } from './dom.js';
import { hasNonWhitespaceText, withShortcuts } from './readability-shortcuts.js';

type Predicates = {
  _isValidByline(node: DomElement, matchString: string): boolean;
  _isElementWithoutContent(node: DomElement): boolean;
  _getAllNodesWithTag(node: DomNode, tagNames: string[]): ArrayLike<DomElement>;
  _isProbablyVisible(node: DomElement): boolean;
};

const PAGE = `<html><body>
  <div id="a"> <br> <hr> </div><div id="b"><span> </span></div><div id="c"><p>\u00a0</p></div>
  <div id="d"><b> x </b></div><div class="byline"> By Jane Doe </div><a rel="author">Ann</a>
  <span itemprop="author"><span itemprop="name"></span></span><p class="author">${'long '.repeat(30)}</p>
  <div id="e"><![CDATA[ y ]]></div><section><br><br></section><div><p></p><br></div>
  <div style="display: none"><p hidden>h</p></div><p style="visibility:hidden;color:red">v</p><p style="">s</p>
  <div aria-hidden="true" class="x fallback-image"><h2>m</h2></div><span aria-hidden="true">n</span>
  <span aria-hidden="false">o</span><table><tr><td><h1>q</h1></td></tr></table>
</body></html>`;

function pair(): { original: Predicates; fast: Predicates } {
  const original = new Readability(parseDocument('<p>x</p>') as never) as unknown as Predicates;
  const fast = withShortcuts(
    new Readability(parseDocument('<p>x</p>') as never),
    false,
  ) as unknown as Predicates;
  return { original, fast };
}

describe('withShortcuts', () => {
  it('gives the same answers as Readability on every element of a page', () => {
    const { original, fast } = pair();
    const document = parseDocument(PAGE);
    const all: DomElement[] = [];
    for (const name of ['div', 'span', 'p', 'a', 'section', 'b', 'body', 'html', 'h2', 'td', 'template']) {
      all.push(...Array.from(document.getElementsByTagName(name)));
    }
    expect(all.length).toBeGreaterThan(15);
    for (const element of all) {
      const match = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
      expect(fast._isValidByline(element, match)).toBe(original._isValidByline(element, match));
      expect(fast._isElementWithoutContent(element)).toBe(original._isElementWithoutContent(element));
      // Readability's own can return '' for false; its one caller negates it.
      expect(fast._isProbablyVisible(element)).toBe(Boolean(original._isProbablyVisible(element)));
    }
    const body = document.body as (DomElement & { appendChild(node: unknown): void }) | null;
    if (body === null) throw new Error('no body');
    // Readability creates elements with upper-case names; selectors still find them.
    const created = (document as unknown as { createElement(name: string): DomElement }).createElement('DIV');
    body.appendChild(created);
    all.push(created);
    for (const tags of [
      ['p'],
      ['div'],
      ['br'],
      ['html'],
      ['h1', 'h2'],
      ['span', 'div', 'td'],
      ['P', 'Td'],
      ['html', 'body', 'font'],
    ]) {
      for (const root of [document as unknown as DomNode, body, ...all]) {
        expect(Array.from(fast._getAllNodesWithTag(root, tags))).toEqual(
          Array.from(original._getAllNodesWithTag(root, tags)),
        );
      }
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

  it("keeps Readability's tag lookup on pages with a template (getElementsByTagName would look inside)", () => {
    const reader = withShortcuts(
      new Readability(parseDocument('<template><p>t</p></template>') as never),
      true,
    );
    expect(Object.hasOwn(reader, '_getAllNodesWithTag')).toBe(false);
    expect(Object.hasOwn(reader, '_isProbablyVisible')).toBe(true);
  });

  it('leaves an instance without the expected methods unchanged', () => {
    const other = { parse: () => null };
    expect(withShortcuts(other)).toEqual({ parse: other.parse });
  });
});
