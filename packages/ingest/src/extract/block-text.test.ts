import { describe, expect, it } from 'vitest';
import { blockText } from './block-text.js';
import { parseDocument } from './dom.js';

const textOf = (html: string): string => blockText(parseDocument(html).body!);

describe('blockText', () => {
  it('puts one block per line and joins inline text', () => {
    expect(textOf('<h2>Head</h2><p>One <b>bold</b>\n  word.</p><ul><li>a</li><li>b <i>c</i></li></ul>')).toBe(
      'Head\nOne bold word.\na\nb c',
    );
  });

  it('breaks lines at <br>, keeps <pre> lines, separates table cells', () => {
    expect(textOf('<p>x<br>y</p><pre>l1\nl2</pre><table><tr><td>1</td><td>2</td></tr></table>')).toBe(
      'x\ny\nl1\nl2\n1 2',
    );
  });

  it('skips scripts, styles and hidden elements', () => {
    expect(
      textOf(
        '<p>seen</p><script>no()</script><style>p{}</style><div hidden>no</div><p style="display: none">no</p>',
      ),
    ).toBe('seen');
  });

  it('walks nesting far deeper than the call stack allows recursion', () => {
    const depth = 20_000;
    expect(textOf(`${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}<p>after</p>`)).toBe('deep\nafter');
  });
});
