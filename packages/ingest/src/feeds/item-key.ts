/**
 * Stable, distinct keys for a feed's items, and the removal of repeated items.
 *
 * Reference: the identity rules of feed readers (Miniflux, NetNewsWire): GUID/id first, then the
 * link, then a content hash. Invariants: keys are unique within the returned list; an item's key
 * depends only on that item and on whether its link is shared (so it is the same on every poll of
 * an unchanged item); the first of several items with the same key is kept, in feed order.
 * A link shared by several GUID-less items, or equal to the site's own URL (instant-article
 * feeds point every item at the home page), identifies nothing, so those items are hashed.
 * Cost: O(total text of the items) for hashing, O(items) otherwise.
 */
import { createHash } from 'node:crypto';
import { ITEM_HASH_HEX_DIGITS } from './defaults.js';
import type { FeedItem, ItemDraft } from './parsed-feed.js';

/** "sha256:" and the leading hex digits of a hash over the item's title, time and content. */
export function contentKey(item: ItemDraft): string {
  const hash = createHash('sha256');
  // Fields are separated by U+0000, which stripControls removes from every field.
  hash.update(`${item.title ?? ''}\u0000${item.published ?? ''}\u0000`);
  hash.update(`${item.contentHtml ?? ''}\u0000${item.summary ?? ''}`);
  return `sha256:${hash.digest('hex').slice(0, ITEM_HASH_HEX_DIGITS)}`;
}

/** The items with their keys; later items whose key was already seen are dropped. */
export function keyItems(drafts: readonly ItemDraft[], siteUrl: string | null): FeedItem[] {
  const linkUses = new Map<string, number>();
  for (const draft of drafts) {
    if (draft.guid === null && draft.url !== null)
      linkUses.set(draft.url, (linkUses.get(draft.url) ?? 0) + 1);
  }
  const items: FeedItem[] = [];
  const seen = new Set<string>();
  for (const draft of drafts) {
    let key: string;
    if (draft.guid !== null) key = draft.guid;
    else if (draft.url !== null && linkUses.get(draft.url) === 1 && draft.url !== siteUrl) key = draft.url;
    else key = contentKey(draft);
    if (seen.has(key)) continue;
    seen.add(key);
    items.push({ key, ...draft });
  }
  return items;
}
