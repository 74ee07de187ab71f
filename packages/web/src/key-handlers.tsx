/**
 * Wires the keyboard map (keyboard.ts) to the page: one keydown listener on the document; the
 * layout gives the global actions (search, help, close) and each page registers its own (next
 * story, open, ...) with useKeyHandlers while it is mounted. The latest registration wins.
 */
import { createContext, type ReactNode, useContext, useEffect, useRef } from 'react';
import { type KeyAction, keyAction } from './keyboard.js';

export type KeyHandlers = Partial<Record<KeyAction, () => void>>;

interface Registry {
  pages: { current: KeyHandlers }[];
}

const RegistryContext = createContext<Registry>({ pages: [] });

const GLOBAL_WHILE_PAUSED: ReadonlySet<KeyAction> = new Set(['toggle-help', 'close']);

export function KeyboardProvider(props: { global: KeyHandlers; paused: boolean; children: ReactNode }) {
  const registry = useRef<Registry>({ pages: [] });
  const globalRef = useRef(props.global);
  globalRef.current = props.global;
  const pausedRef = useRef(props.paused);
  pausedRef.current = props.paused;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      const action = keyAction({
        key: event.key,
        ctrlKey: event.ctrlKey,
        altKey: event.altKey,
        metaKey: event.metaKey,
        targetTag: target?.tagName ?? null,
        targetEditable: target?.isContentEditable ?? false,
      });
      if (action === undefined) return;
      if (pausedRef.current && !GLOBAL_WHILE_PAUSED.has(action)) return;
      const pages = registry.current.pages;
      let handler: (() => void) | undefined;
      for (let i = pages.length - 1; i >= 0 && handler === undefined; i--)
        handler = pages[i]?.current[action];
      handler ??= globalRef.current[action];
      if (handler === undefined) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return <RegistryContext.Provider value={registry.current}>{props.children}</RegistryContext.Provider>;
}

/** Registers a page's key handlers while the calling component is mounted (latest values used). */
export function useKeyHandlers(handlers: KeyHandlers): void {
  const registry = useContext(RegistryContext);
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    registry.pages.push(ref);
    return () => {
      const index = registry.pages.indexOf(ref);
      if (index >= 0) registry.pages.splice(index, 1);
    };
  }, [registry]);
}

/** Focuses an element and scrolls it into view, for keyboard selection. */
export function focusInto(element: Element | null | undefined): void {
  if (!(element instanceof HTMLElement)) return;
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: 'nearest' });
}
