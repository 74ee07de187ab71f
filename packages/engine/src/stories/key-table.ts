/**
 * Key table: 32-bit key hashes → dense ids 0, 1, 2, … in order of first sight.
 *
 * Computes: a stable dense id for each distinct key, so per-key statistics (document frequency,
 * postings) live in flat arrays indexed by id.
 * Reference: open addressing with linear probing (Knuth, TAOCP vol. 3, §6.4, algorithm L); keys are
 * already well-mixed hashes (fmix32), so their low bits index the slots directly.
 * Invariants: `idOf(k)` returns the same id for the same key forever; ids are dense and
 * `size` equals the number of distinct keys seen; the load factor stays at or below 1/2.
 * Cost: O(1) expected per lookup, one cache line per probe (key and id side by side); 8 bytes per
 * slot, at most 4 slots per key.
 */

export class KeyTable {
  /** Slot s holds its key at 2s and its id + 1 at 2s + 1 (0 marks an empty slot). */
  private slots = new Int32Array(2048);
  private mask = 1023;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The dense id of a key, assigning the next id to a key not seen before. */
  idOf(key: number): number {
    const wanted = key | 0;
    const slots = this.slots;
    const mask = this.mask;
    let slot = wanted & mask;
    for (;;) {
      const stored = slots[2 * slot + 1]!;
      if (stored === 0) break;
      if (slots[2 * slot] === wanted) return stored - 1;
      slot = (slot + 1) & mask;
    }
    const id = this.count++;
    slots[2 * slot] = wanted;
    slots[2 * slot + 1] = id + 1;
    if (this.count * 2 > mask + 1) this.grow();
    return id;
  }

  private grow(): void {
    this.slots = regrow(this.slots, (this.mask + 1) * 2, 1, (key) => key);
    this.mask = this.mask * 2 + 1;
  }
}

/**
 * Sums of weights by dense key id (a story's aggregate vector): open addressing with ids and
 * weights interleaved in one array (one cache line per probe), behind a 16,384-bit filter of the
 * ids ever added, so that most absent ids are answered from a 2-KB array that stays in cache.
 * `clear` empties the table in place, keeping its arrays (no allocation when a story is re-summed).
 * Invariants: ids are ≥ 0; `get` of an id never added (since the last `clear`) is 0; load factor
 * ≤ 1/2.
 * Cost: O(1) expected per `add`, `addAndGetBefore` and `get`; O(slots) per `clear`; 16 bytes per
 * slot plus 2 KB.
 */
export class WeightTable {
  /** Slot s holds its id + 1 (0 when empty) at 2s and its weight at 2s + 1. */
  private slots: Float64Array;
  private mask: number;
  private count = 0;
  private readonly filter: Int32Array;

  /** A table sized for about `expected` ids without growing. */
  constructor(expected = 32) {
    let capacity = 64;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Float64Array(capacity * 2);
    this.mask = capacity - 1;
    this.filter = new Int32Array(512);
  }

  get size(): number {
    return this.count;
  }

  get(id: number): number {
    const h = Math.imul(id, 0x9e3779b1);
    if ((this.filter[(h >>> 23) & 511]! & (1 << ((h >>> 18) & 31))) === 0) return 0;
    const slots = this.slots;
    const mask = this.mask;
    const wanted = id + 1;
    let slot = h & mask;
    for (;;) {
      const stored = slots[2 * slot]!;
      if (stored === wanted) return slots[2 * slot + 1]!;
      if (stored === 0) return 0;
      slot = (slot + 1) & mask;
    }
  }

  add(id: number, weight: number): void {
    this.addAndGetBefore(id, weight);
  }

  /** Adds `weight` to the id's sum and returns the sum before (0 for an id not present). */
  addAndGetBefore(id: number, weight: number): number {
    const h = Math.imul(id, 0x9e3779b1);
    this.filter[(h >>> 23) & 511]! |= 1 << ((h >>> 18) & 31);
    const slots = this.slots;
    const mask = this.mask;
    const wanted = id + 1;
    let slot = h & mask;
    for (;;) {
      const stored = slots[2 * slot]!;
      if (stored === wanted) {
        const before = slots[2 * slot + 1]!;
        slots[2 * slot + 1] = before + weight;
        return before;
      }
      if (stored === 0) break;
      slot = (slot + 1) & mask;
    }
    slots[2 * slot] = wanted;
    slots[2 * slot + 1] = weight;
    this.count++;
    if (this.count * 2 > mask + 1) this.grow();
    return 0;
  }

  /** Makes room for `extra` more ids without growing in between. */
  reserve(extra: number): void {
    while ((this.count + extra) * 2 > this.mask + 1) this.grow();
  }

  /** Removes every id (the arrays are kept and zeroed). */
  clear(): void {
    this.slots.fill(0);
    this.filter.fill(0);
    this.count = 0;
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    const slots = new Float64Array(capacity * 2);
    const mask = capacity - 1;
    for (let s = 0; s < old.length; s += 2) {
      const stored = old[s]!;
      if (stored === 0) continue;
      let slot = Math.imul(stored - 1, 0x9e3779b1) & mask;
      while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = stored;
      slots[2 * slot + 1] = old[s + 1]!;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/**
 * A set of pairs of non-negative 31-bit integers (story index, key id): open addressing over one
 * Int32Array, pairs side by side; replaces one Set per story.
 * Invariants: `add` returns true exactly once per distinct pair; load factor ≤ 1/2.
 * Cost: O(1) expected per `add`; 8 bytes per slot, at most 4 slots per pair.
 */
export class PairSet {
  /** Slot s holds a + 1 (0 when empty) at 2s and b at 2s + 1. */
  private slots = new Int32Array(2048);
  private mask = 1023;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Adds the pair; true when it was not in the set. */
  add(a: number, b: number): boolean {
    const slots = this.slots;
    const mask = this.mask;
    const first = a + 1;
    let slot = pairHash(a, b) & mask;
    for (;;) {
      const stored = slots[2 * slot]!;
      if (stored === 0) break;
      if (stored === first && slots[2 * slot + 1] === b) return false;
      slot = (slot + 1) & mask;
    }
    slots[2 * slot] = first;
    slots[2 * slot + 1] = b;
    this.count++;
    if (this.count * 2 > mask + 1) this.grow();
    return true;
  }

  private grow(): void {
    this.slots = regrow(this.slots, (this.mask + 1) * 2, 0, (first, b) => pairHash(first - 1, b));
    this.mask = this.mask * 2 + 1;
  }
}

/**
 * The slots of a table holding two int32s per slot, re-placed into a new table of `capacity`
 * slots (a power of two) by linear probing from `home`; a slot is empty when its int at `marker`
 * (0 or 1) is 0.
 */
function regrow(
  old: Int32Array<ArrayBuffer>,
  capacity: number,
  marker: 0 | 1,
  home: (x: number, y: number) => number,
): Int32Array<ArrayBuffer> {
  const slots = new Int32Array(capacity * 2);
  const mask = capacity - 1;
  for (let s = 0; s < old.length; s += 2) {
    if (old[s + marker] === 0) continue;
    const x = old[s]!;
    const y = old[s + 1]!;
    let slot = home(x, y) & mask;
    while (slots[2 * slot + marker] !== 0) slot = (slot + 1) & mask;
    slots[2 * slot] = x;
    slots[2 * slot + 1] = y;
  }
  return slots;
}

/** A well-mixed 32-bit hash of a pair (murmur3's finaliser over a combination of both). */
function pairHash(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ b;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
