/**
 * The keyboard map: which key press means which action. Pure (no DOM): the listener in
 * key-handlers.tsx passes the parts of a KeyboardEvent this needs.
 * Invariants: keys typed into a text field, a select or an editable element never trigger an
 * action (Escape included: it belongs to the field); presses with Ctrl, Alt or Meta are the
 * browser's; Enter on a link, button or summary keeps its native meaning. Cost: O(1).
 */
export type KeyAction =
  | 'next-story'
  | 'previous-story'
  | 'open'
  | 'next-article'
  | 'previous-article'
  | 'view-original'
  | 'focus-search'
  | 'toggle-help'
  | 'close';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** The focused element's tag name (upper or lower case) and editability, if any. */
  targetTag: string | null;
  targetEditable: boolean;
}

const bindings: Record<string, KeyAction> = {
  j: 'next-story',
  k: 'previous-story',
  o: 'open',
  Enter: 'open',
  n: 'next-article',
  p: 'previous-article',
  v: 'view-original',
  '/': 'focus-search',
  '?': 'toggle-help',
  Escape: 'close',
};

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const ACTIVATING_TAGS = new Set(['A', 'BUTTON', 'SUMMARY']);

export function keyAction(press: KeyPress): KeyAction | undefined {
  if (press.ctrlKey || press.altKey || press.metaKey) return undefined;
  const tag = press.targetTag?.toUpperCase() ?? '';
  if (press.targetEditable || TYPING_TAGS.has(tag)) return undefined;
  if (press.key === 'Enter' && ACTIVATING_TAGS.has(tag)) return undefined;
  return Object.hasOwn(bindings, press.key) ? bindings[press.key] : undefined;
}

/** The keys as the help dialog lists them. */
export const KEY_HELP: readonly { keys: string; description: string }[] = [
  { keys: 'j / k', description: 'Next / previous story' },
  { keys: 'o or Enter', description: 'Open the selected story or article' },
  { keys: 'n / p', description: 'Next / previous article inside a story' },
  { keys: 'v', description: "Open the selected article's original page" },
  { keys: '/', description: 'Search' },
  { keys: '?', description: 'Show or hide this help' },
  { keys: 'Esc', description: 'Close this help' },
];
