import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { resolveSrcset, sanitiseHtml } from './sanitise-html.js';

const STRUCTURE = new Set(
  'h1 h2 h3 h4 h5 h6 p br hr div span section article header footer aside main ul ol li dl dt dd blockquote q cite figure figcaption table caption thead tbody tfoot tr th td colgroup col a em strong b i u s del ins mark small sub sup abbr time pre code kbd samp var wbr'.split(
    ' ',
  ),
);
const IMAGES = new Set(['img', 'picture', 'source']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);
const SAFE_ATTRIBUTES = new Set(
  'lang dir title href rel target hreflang src srcset sizes alt width height media type cite datetime start reversed value colspan rowspan scope headers abbr span'.split(
    ' ',
  ),
);

function elementsOf(html: string) {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return [...document.body.querySelectorAll('*')];
}

/**
 * Fails unless `html`, parsed as a browser would, holds only inert readable structure: allowed
 * elements, no event handler or style, and only absolute http(s) (or mailto: for links) URLs.
 */
function expectInert(html: string, images: boolean): void {
  for (const element of elementsOf(html)) {
    const tag = element.tagName.toLowerCase();
    expect(STRUCTURE.has(tag) || (images && IMAGES.has(tag)), `element <${tag}> in ${html}`).toBe(true);
    for (const { name, value } of [...element.attributes]) {
      expect(SAFE_ATTRIBUTES.has(name), `attribute ${name} on <${tag}> in ${html}`).toBe(true);
      if (URL_ATTRIBUTES.has(name)) {
        const scheme = new URL(value).protocol;
        expect(['http:', 'https:', ...(name === 'href' ? ['mailto:'] : [])]).toContain(scheme);
      }
      if (name === 'srcset')
        for (const candidate of value.split(', '))
          expect(new URL(candidate.split(' ')[0]!).protocol).toMatch(/^https?:$/);
    }
    if (tag === 'a') {
      expect(element.getAttribute('rel')).toBe('noopener noreferrer nofollow');
      expect(element.getAttribute('target')).toBe('_blank');
    }
  }
  // Every "<" left in the text is a real tag (text and attributes are escaped): none runs script.
  expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/<(script|style|iframe|object|embed|svg|math|meta|base|form|input|link)\b/i);
  // Sanitising again changes nothing (no serialisation a browser re-parses differently).
  expect(sanitiseHtml(html, { images })).toBe(html);
}

/** The OWASP XSS Filter Evasion classics and mXSS cases, each a real attack string. */
const HOSTILE: string[] = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>',
  '<<SCRIPT>alert("XSS");//<</SCRIPT>',
  '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">',
  `<IMG SRC="javascript:alert('XSS');">`,
  `<IMG SRC=JaVaScRiPt:alert('XSS')>`,
  '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>',
  '<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>',
  `<IMG SRC="jav&#x0A;ascript:alert('XSS');">`,
  `<IMG SRC=" &#14;  javascript:alert('XSS');">`,
  '<img src=x onerror=alert(1)>',
  '<img src="https://cdn.example/a.jpg" onerror="alert(1)" onload=alert(2)>',
  '<img src="https://cdn.example/a.jpg" srcset="javascript:alert(1) 1x, https://cdn.example/b.jpg 2x">',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<a href="jav&#x09;ascript:alert(1)">tab</a>',
  '<a href="jav&#x0D;ascript:alert(1)">cr</a>',
  '<a href="  JaVaScRiPt:alert(1)">case</a>',
  '<a href="javascript&colon;alert(1)">colon entity</a>',
  '<a href="vbscript:msgbox(1)">vbs</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
  '<a href="#" onmouseover="alert(1)">hover</a>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<object data="javascript:alert(1)"></object><embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=alert(1)&gt;">',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=alert(1) src>">',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  `<style>@import 'http://evil.example/xss.css';</style><p>styled</p>`,
  '<div style="background-image: url(javascript:alert(1))">bg</div>',
  '<p style="width: expression(alert(1))">ie</p>',
  '<!--[if gte IE 4]><script>alert(1)</script><![endif]-->',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//"><a href="/x">rel</a>',
  '<link rel="stylesheet" href="http://evil.example/x.css">',
  '<form action="https://evil.example/"><input name="q" onfocus=alert(1) autofocus><button formaction=javascript:alert(1)>go</button></form>',
  '<details open ontoggle=alert(1)><summary>x</summary></details>',
  '<body onload=alert(1)><p>body</p></body>',
  '<template><script>alert(1)</script></template>',
  '<textarea><script>alert(1)</script></textarea>',
  '<p id="__proto__" class="admin" name="x">clobber</p>',
  '<a href="https://ok.example/" target="_self" rel="opener">opener</a>',
  '<a href="https://ok.example/"><img src="https://track.example/p.gif" width="1" height="1"></a>',
];

describe('sanitiseHtml: hostile HTML leaves nothing that runs, loads or restyles', () => {
  for (const images of [true, false]) {
    for (const html of HOSTILE) {
      it(`${images ? 'images' : 'no images'}: ${html}`, () => {
        const out = sanitiseHtml(html, { images, baseUrl: 'https://news.example/2026/story' });
        expectInert(out, images);
        expect(out).not.toMatch(/javascript|vbscript|data:/i);
      });
    }
  }

  it('would notice executable content (the check itself is not blind)', () => {
    for (const raw of [
      '<img src="https://cdn.example/a.jpg" onerror="alert(1)">',
      '<a href="javascript:alert(1)" rel="noopener noreferrer nofollow" target="_blank">x</a>',
      '<p style="color:red">x</p>',
      '<svg></svg>',
      '<a href="https://ok.example/">no rel</a>',
    ])
      expect(() => expectInert(raw, true), raw).toThrow();
  });

  it('keeps the text around what it removes', () => {
    expect(
      sanitiseHtml('<p onclick="x()">Hello <script>bad()</script><b>world</b></p>', { images: false }),
    ).toBe('<p>Hello <b>world</b></p>');
    expect(sanitiseHtml('<a href="javascript:alert(1)">still read</a>', { images: false })).toBe(
      '<span>still read</span>',
    );
    expect(sanitiseHtml('<custom-widget>inner text</custom-widget>', { images: false })).toBe('inner text');
  });
});

describe('sanitiseHtml: links and images', () => {
  it('opens links in a new tab without opener, referrer or endorsement', () => {
    expect(
      sanitiseHtml('<a href="https://ok.example/a" rel="opener" target="_top">x</a>', { images: false }),
    ).toBe('<a href="https://ok.example/a" rel="noopener noreferrer nofollow" target="_blank">x</a>');
    expect(sanitiseHtml('<a href="mailto:desk@news.example">mail</a>', { images: false })).toContain(
      'href="mailto:desk@news.example"',
    );
  });

  it('resolves relative URLs against the article, or drops them when there is none', () => {
    const html = '<a href="../other">o</a><img src="/img/a.jpg" alt="A">';
    expect(sanitiseHtml(html, { images: true, baseUrl: 'https://news.example/2026/story' })).toBe(
      '<a href="https://news.example/other" rel="noopener noreferrer nofollow" target="_blank">o</a>' +
        '<img src="https://news.example/img/a.jpg" alt="A" />',
    );
    expect(sanitiseHtml(html, { images: true })).toBe('<span>o</span>');
    expect(sanitiseHtml('<a href="//evil.example/x">p</a>', { images: false })).toBe('<span>p</span>');
  });

  it('removes every image when images are not allowed (no remote request at all)', () => {
    const html =
      '<figure><picture><source srcset="https://cdn.example/a.webp" type="image/webp"><img src="https://cdn.example/a.jpg" alt="A"></picture><figcaption>Caption</figcaption></figure>';
    expect(sanitiseHtml(html, { images: false })).toBe('<figure><figcaption>Caption</figcaption></figure>');
    expect(sanitiseHtml(html, { images: true })).toBe(
      '<figure><picture><source srcset="https://cdn.example/a.webp" type="image/webp" /><img src="https://cdn.example/a.jpg" alt="A" /></picture><figcaption>Caption</figcaption></figure>',
    );
  });

  it('shows lazy-loaded images by their real address (no script will put it in src)', () => {
    const lazy =
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/photos/a.jpg" data-srcset="/photos/a.jpg 1x, /photos/a@2x.jpg 2x" alt="A">';
    expect(sanitiseHtml(lazy, { images: true, baseUrl: 'https://news.example/story' })).toBe(
      '<img src="https://news.example/photos/a.jpg" alt="A" srcset="https://news.example/photos/a.jpg 1x, https://news.example/photos/a@2x.jpg 2x" />',
    );
    expect(sanitiseHtml(lazy, { images: false })).toBe('');
    expect(
      sanitiseHtml('<img src="https://cdn.example/real.jpg" data-src="https://cdn.example/other.jpg">', {
        images: true,
      }),
    ).toBe('<img src="https://cdn.example/real.jpg" />');
    expect(sanitiseHtml('<img data-src="javascript:alert(1)">', { images: true })).toBe('');
  });

  it('drops 1×1 tracking pixels even when images are allowed', () => {
    for (const pixel of [
      '<img src="https://track.example/p.gif" width="1" height="1">',
      '<img src="https://track.example/p.gif" width="0" height="0">',
      '<img src="https://track.example/p.gif" height="1px">',
      '<img alt="no source">',
    ])
      expect(sanitiseHtml(`<p>a${pixel}b</p>`, { images: true })).toBe('<p>ab</p>');
    expect(
      sanitiseHtml('<img src="https://cdn.example/a.jpg" width="640" height="360">', { images: true }),
    ).toBe('<img src="https://cdn.example/a.jpg" width="640" height="360" />');
  });

  it('resolves srcset candidates and leaves out the ones that are not web addresses', () => {
    expect(resolveSrcset('a.jpg 1x, b,c.jpg 2x,javascript:alert(1) 3x', 'https://cdn.example/x/')).toBe(
      'https://cdn.example/x/a.jpg 1x, https://cdn.example/x/b,c.jpg 2x',
    );
    expect(resolveSrcset('https://cdn.example/a.jpg 640w, https://cdn.example/b.jpg 1280w', undefined)).toBe(
      'https://cdn.example/a.jpg 640w, https://cdn.example/b.jpg 1280w',
    );
  });
});

describe('sanitiseHtml: a real page', () => {
  const PAGE = '../shared/datasets/extraction/readability/pages/guardian-1';

  function paragraphs(html: string): string[] {
    const { document } = parseHTML(html);
    return [...document.querySelectorAll('p')]
      .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter((text) => text.length >= 40);
  }

  it('keeps every paragraph of a Guardian article page, and none of its scripts or styles', () => {
    const source = readFileSync(`${PAGE}/source.html`, 'utf8');
    const expected = paragraphs(readFileSync(`${PAGE}/expected.html`, 'utf8'));
    expect(expected.length).toBeGreaterThan(10);
    for (const images of [false, true]) {
      const started = performance.now();
      const out = sanitiseHtml(source, { images, baseUrl: 'https://www.theguardian.com/' });
      const elapsed = performance.now() - started;
      const kept = new Set(paragraphs(`<body>${out}</body>`));
      for (const paragraph of expected) expect(kept.has(paragraph), paragraph).toBe(true);
      expectInert(out, images);
      expect(out.length).toBeLessThan(source.length / 2);
      expect(elapsed).toBeLessThan(2_000);
    }
    expect(source).toMatch(/<script/i);
  });
});
