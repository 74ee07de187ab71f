/**
 * The in-process bus the server publishes changes on: `stories` after new articles were folded
 * (by a polling round, a feed added, the demo import), `feeds` after feeds changed. GET
 * /api/events relays it to the browser as server-sent events.
 * Invariants: a listener that throws does not stop the others; unsubscribing twice is harmless.
 */
import type { FeedsChanged, StoriesChanged } from './api/types.js';

export interface BusEvents {
  stories: StoriesChanged;
  feeds: FeedsChanged;
}

export type BusEvent = { [K in keyof BusEvents]: { name: K; data: BusEvents[K] } }[keyof BusEvents];

export type BusListener = (event: BusEvent) => void;

export class EventBus {
  private readonly listeners = new Set<BusListener>();

  /** Calls `listener` with every event from now on; returns the function that stops it. */
  subscribe(listener: BusListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  publish<K extends keyof BusEvents>(name: K, data: BusEvents[K]): void {
    const event = { name, data } as BusEvent;
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch {
        // A broken listener (a closed connection) must not keep the others from hearing.
      }
    }
  }

  get size(): number {
    return this.listeners.size;
  }
}
