import { describe, expect, it } from 'vitest';
import { parseDocument } from './dom.js';
import { indexPage } from './page-index.js';

const nested = (depth: number, inner = 'x'): string =>
  `${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}`;

function index(html: string, limit = 100) {
  const root = parseDocument(html).documentElement;
  if (root === null) throw new Error('no root');
  return indexPage(root, ['meta', 'title', 'script'], ['footer'], limit);
}

describe('indexPage', () => {
  it('collects elements in tree order, as getElementsByTagName does', () => {
    const html =
      '<head><title>T</title><meta name="a" content="1"></head><body><div><meta itemprop="b" content="2"><footer><meta name="c" content="3"></footer></div><script type="application/ld+json">{}</script><svg><title>icon</title></svg></body>';
    const document = parseDocument(html);
    const root = document.documentElement;
    if (root === null) throw new Error('no root');
    const { byName, furniture } = indexPage(root, ['meta', 'title', 'script'], ['footer'], 100);
    for (const name of ['meta', 'title', 'script']) {
      expect(byName.get(name)).toEqual(Array.from(document.getElementsByTagName(name)));
    }
    expect(
      byName.get('meta')?.map((meta) => meta.getAttribute('name') ?? meta.getAttribute('itemprop')),
    ).toEqual(['a', 'b', 'c']);
    expect(furniture.map((element) => element.localName)).toEqual(['footer']);
  });

  it('tells nesting past the limit (body and the divs count, a childless element does not)', () => {
    // <body> is entered at depth 1, so n nested divs with text reach depth n + 1.
    expect(index(`<body>${nested(9)}</body>`, 10).tooDeep).toBe(false);
    expect(index(`<body>${nested(10)}</body>`, 10).tooDeep).toBe(true);
    expect(index(`<body>${nested(9, '<br>')}</body>`, 10).tooDeep).toBe(false);
    expect(index(`<body>${nested(5000)}</body>`).tooDeep).toBe(true);
  });

  it('leaves furniture out of depth and count, not out of the lists', () => {
    const deepFooter = `<body><p>a</p><footer>${nested(50, '<meta name="f" content="1">')}</footer><p>b</p></body>`;
    const result = index(deepFooter, 10);
    expect(result.tooDeep).toBe(false);
    // html, head, body and the two paragraphs.
    expect(result.elements).toBe(5);
    expect(result.byName.get('meta')).toHaveLength(1);
    expect(
      index(`<body><footer><footer>${nested(20)}</footer></footer>${nested(12)}</body>`, 10).tooDeep,
    ).toBe(true);
  });
});
