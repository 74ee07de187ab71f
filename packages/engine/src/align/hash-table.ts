/**
 * Hash table from 32-bit keys to chains of positions, built once per article.
 *
 * Computes, for keys given per position (word n-gram hashes, stem hashes), a table holding each
 * distinct key, the first position where it occurs and its number of occurrences; `next` links
 * each position to the following one with the same key. Positions whose key is skipped (0 or
 * excluded by the caller) are not in any chain.
 * Reference: open addressing with linear probing (Knuth, TAOCP vol. 3, 6.4, algorithm L).
 * Invariants: chains list positions in increasing order; the table is at most half full.
 * Cost: O(n) to build, 4 typed arrays of 2–4 × distinct keys entries; O(1) expected lookup.
 */

export interface HashTable {
  /** Slots − 1 (slots is a power of two). */
  readonly mask: number;
  readonly keys: Uint32Array;
  /** First position holding the slot's key, or −1 when the slot is empty. */
  readonly heads: Int32Array;
  /** Occurrences of the slot's key. */
  readonly counts: Uint32Array;
  /** For each position: the next position with the same key, or −1. */
  readonly next: Int32Array;
}

/**
 * Builds the table of `keys[p]` for every p in [0, n) where `include(p)` holds.
 */
export function buildHashTable(keys: Uint32Array, n: number, include: (p: number) => boolean): HashTable {
  let slots = 16;
  while (slots < n * 2) slots <<= 1;
  const mask = slots - 1;
  const tableKeys = new Uint32Array(slots);
  const heads = new Int32Array(slots).fill(-1);
  const counts = new Uint32Array(slots);
  const next = new Int32Array(n).fill(-1);
  // Insert backwards so that each chain, built by prepending, lists positions in increasing order.
  for (let p = n - 1; p >= 0; p--) {
    if (!include(p)) continue;
    const key = keys[p]!;
    let slot = key & mask;
    while (heads[slot]! >= 0 && tableKeys[slot] !== key) slot = (slot + 1) & mask;
    if (heads[slot]! >= 0) next[p] = heads[slot]!;
    tableKeys[slot] = key;
    heads[slot] = p;
    counts[slot]!++;
  }
  return { mask, keys: tableKeys, heads, counts, next };
}

/** The slot holding `key`, or −1 when the table does not hold it. */
export function findSlot(table: HashTable, key: number): number {
  const { mask, keys, heads } = table;
  let slot = key & mask;
  while (heads[slot]! >= 0) {
    if (keys[slot] === key) return slot;
    slot = (slot + 1) & mask;
  }
  return -1;
}
