/** A live region for short status messages (refresh running, feed added, new stories). */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { ANNOUNCE_CLEAR_MS } from './defaults.js';

const AnnounceContext = createContext<(message: string) => void>(() => {});

export function AnnounceProvider(props: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const announce = useCallback((text: string) => {
    setMessage(text);
    clearTimeout(timer.current);
    if (text !== '') timer.current = setTimeout(() => setMessage(''), ANNOUNCE_CLEAR_MS);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <AnnounceContext.Provider value={announce}>
      {props.children}
      <div className="live-region" role="status" aria-live="polite" aria-atomic="true">
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}

/** The function that puts a message in the live region. */
export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext);
}
