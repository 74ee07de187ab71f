import { describe, expect, it } from 'vitest';
import { type KeyPress, keyAction } from './keyboard.js';

function press(key: string, extra: Partial<KeyPress> = {}): KeyPress {
  return {
    key,
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    targetTag: 'BODY',
    targetEditable: false,
    ...extra,
  };
}

describe('keyAction', () => {
  it('maps the documented keys', () => {
    expect(keyAction(press('j'))).toBe('next-story');
    expect(keyAction(press('k'))).toBe('previous-story');
    expect(keyAction(press('o'))).toBe('open');
    expect(keyAction(press('Enter'))).toBe('open');
    expect(keyAction(press('n'))).toBe('next-article');
    expect(keyAction(press('p'))).toBe('previous-article');
    expect(keyAction(press('v'))).toBe('view-original');
    expect(keyAction(press('/'))).toBe('focus-search');
    expect(keyAction(press('?'))).toBe('toggle-help');
    expect(keyAction(press('Escape'))).toBe('close');
  });
  it('ignores other keys, including inherited property names', () => {
    expect(keyAction(press('x'))).toBeUndefined();
    expect(keyAction(press('J'))).toBeUndefined();
    expect(keyAction(press('toString'))).toBeUndefined();
  });
  it('ignores keys while typing', () => {
    for (const tag of ['INPUT', 'textarea', 'SELECT'])
      expect(keyAction(press('j', { targetTag: tag }))).toBeUndefined();
    expect(keyAction(press('/', { targetTag: 'DIV', targetEditable: true }))).toBeUndefined();
  });
  it('leaves modified keys to the browser', () => {
    expect(keyAction(press('k', { ctrlKey: true }))).toBeUndefined();
    expect(keyAction(press('v', { metaKey: true }))).toBeUndefined();
    expect(keyAction(press('j', { altKey: true }))).toBeUndefined();
  });
  it('keeps Enter native on links and buttons, not other keys', () => {
    expect(keyAction(press('Enter', { targetTag: 'A' }))).toBeUndefined();
    expect(keyAction(press('Enter', { targetTag: 'button' }))).toBeUndefined();
    expect(keyAction(press('j', { targetTag: 'A' }))).toBe('next-story');
    expect(keyAction(press('Enter', { targetTag: 'ARTICLE' }))).toBe('open');
  });
});
