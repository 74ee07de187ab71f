import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseDocument } from './dom.js';

// linkedom is patched (patches/): a node's listener map is made on first use, upper-case tag names
// come from a bounded cache, and className reads the class attribute instead of joining the class
// list. All must behave as before.
describe('linkedom events after the lazy listener-map patch', () => {
  it('delivers an event to listeners added after parsing, bubbling to the parent, until removed', () => {
    const { document, Event } = parseHTML(
      '<html><body><div id="outer"><p id="inner">x</p></div></body></html>',
    );
    const outer = document.getElementById('outer');
    const inner = document.getElementById('inner');
    if (outer === null || inner === null) throw new Error('parse failed');
    const heard: string[] = [];
    const onOuter = (): void => {
      heard.push('outer');
    };
    outer.addEventListener('ping', onOuter);
    inner.addEventListener('ping', () => heard.push('inner'));
    inner.dispatchEvent(new Event('ping', { bubbles: true }));
    outer.removeEventListener('ping', onOuter);
    inner.dispatchEvent(new Event('ping', { bubbles: true }));
    expect(heard).toEqual(['inner', 'outer', 'inner']);
  });

  it('removes a listener that was never added, and dispatches to a node without listeners, without throwing', () => {
    const { document, Event } = parseHTML('<p>x</p>');
    const p = document.querySelector('p');
    if (p === null) throw new Error('parse failed');
    expect(() => p.removeEventListener('ping', () => undefined)).not.toThrow();
    expect(p.dispatchEvent(new Event('ping'))).toBe(true);
  });

  it('names HTML elements in upper case, XML ones as written, past the cache bound of 1,024 names', () => {
    const names = Array.from({ length: 1500 }, (_, i) => `x-tag${i}`);
    const { document } = parseHTML(
      `<div>${names.map((name) => `<${name}></${name}>`).join('')}<p></p></div>`,
    );
    const tagNames = Array.from(document.querySelectorAll('div > *'), (element) => element.tagName);
    expect(tagNames).toEqual([...names.map((name) => name.toUpperCase()), 'P']);
    expect(document.getElementsByTagName('X-TAG1499')).toHaveLength(1);
    const xml = new (parseHTML('').DOMParser)().parseFromString('<root><Item/></root>', 'text/xml');
    expect(xml.documentElement.firstElementChild?.tagName).toBe('Item');
  });

  it('reads className and the class attribute in step with classList changes', () => {
    const { document } = parseHTML('<div id="d" class="a b">x</div><p id="p">y</p>');
    const div = document.getElementById('d');
    const p = document.getElementById('p');
    if (div === null || p === null) throw new Error('parse failed');
    expect([div.className, div.getAttribute('class'), p.className]).toEqual(['a b', 'a b', '']);
    div.classList.add('c');
    div.classList.remove('a');
    expect([div.className, div.getAttribute('class')]).toEqual(['b c', 'b c']);
    div.className = 'page';
    p.className = 'page';
    expect([div.className, div.outerHTML, p.className]).toEqual([
      'page',
      '<div id="d" class="page">x</div>',
      'page',
    ]);
    expect([...p.classList]).toEqual(['page']);
  });

  it('parses a page into the shape extraction reads', () => {
    const document = parseDocument('<html><head><title>T</title></head><body><p>One</p></body></html>');
    expect(document.body?.textContent).toBe('One');
    expect(document.getElementsByTagName('title')).toHaveLength(1);
  });
});
