/**
 * Key table: 32-bit key hashes → dense ids 0, 1, 2, … in order of first sight.
 *
 * Computes: a stable dense id for each distinct key, so per-key statistics (document frequency,
 * postings) live in flat arrays indexed by id.
 * Reference: open addressing with linear probing (Knuth, TAOCP vol. 3, §6.4, algorithm L); keys are
 * already well-mixed hashes (fmix32), so their low bits index the slots directly.
 * Invariants: `idOf(k)` returns the same id for the same key forever; ids are dense and
 * `size` equals the number of distinct keys seen; the load factor stays at or below 1/2.
 * Cost: O(1) expected per lookup; 8 bytes per slot, at most 4 slots per key.
 */

export class KeyTable {
  private slotKeys = new Uint32Array(1024);
  /** id + 1 per slot; 0 marks an empty slot. */
  private slotIds = new Int32Array(1024);
  private mask = 1023;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The dense id of a key, assigning the next id to a key not seen before. */
  idOf(key: number): number {
    let slot = key & this.mask;
    for (;;) {
      const stored = this.slotIds[slot]!;
      if (stored === 0) break;
      if (this.slotKeys[slot] === key >>> 0) return stored - 1;
      slot = (slot + 1) & this.mask;
    }
    const id = this.count++;
    this.slotKeys[slot] = key;
    this.slotIds[slot] = id + 1;
    if (this.count * 2 > this.slotIds.length) this.grow();
    return id;
  }

  private grow(): void {
    const keys = this.slotKeys;
    const ids = this.slotIds;
    const capacity = ids.length * 2;
    this.slotKeys = new Uint32Array(capacity);
    this.slotIds = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let s = 0; s < ids.length; s++) {
      const stored = ids[s]!;
      if (stored === 0) continue;
      let slot = keys[s]! & this.mask;
      while (this.slotIds[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slotKeys[slot] = keys[s]!;
      this.slotIds[slot] = stored;
    }
  }
}

/**
 * Sums of weights by dense key id (a story's aggregate vector): open addressing with ids and
 * weights interleaved in one array (one cache line per probe), behind a 16,384-bit filter of the
 * ids ever added, so that most absent ids are answered from a 2-KB array that stays in cache.
 * Invariants: ids are ≥ 0; `get` of an id never added is 0; load factor ≤ 1/2.
 * Cost: O(1) expected per `add` and `get`; 16 bytes per slot plus 2 KB.
 */
export class WeightTable {
  /** Slot s holds its id (or -1 when empty) at 2s and its weight at 2s + 1. */
  private slots: Float64Array;
  private mask: number;
  private count = 0;
  private readonly filter = new Int32Array(512);

  /** A table sized for about `expected` ids without growing. */
  constructor(expected = 32) {
    let capacity = 64;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Float64Array(capacity * 2).fill(-1);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  get(id: number): number {
    const h = Math.imul(id, 0x9e3779b1);
    if ((this.filter[(h >>> 23) & 511]! & (1 << ((h >>> 18) & 31))) === 0) return 0;
    let slot = h & this.mask;
    for (;;) {
      const stored = this.slots[2 * slot]!;
      if (stored === id) return this.slots[2 * slot + 1]!;
      if (stored < 0) return 0;
      slot = (slot + 1) & this.mask;
    }
  }

  add(id: number, weight: number): void {
    const h = Math.imul(id, 0x9e3779b1);
    this.filter[(h >>> 23) & 511]! |= 1 << ((h >>> 18) & 31);
    let slot = h & this.mask;
    for (;;) {
      const stored = this.slots[2 * slot]!;
      if (stored === id) {
        this.slots[2 * slot + 1]! += weight;
        return;
      }
      if (stored < 0) break;
      slot = (slot + 1) & this.mask;
    }
    this.slots[2 * slot] = id;
    this.slots[2 * slot + 1] = weight;
    this.count++;
    if (this.count * 2 > this.mask + 1) this.grow();
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    this.slots = new Float64Array(capacity * 2).fill(-1);
    this.mask = capacity - 1;
    this.count = 0;
    for (let s = 0; s < old.length; s += 2) if (old[s]! >= 0) this.add(old[s]!, old[s + 1]!);
  }
}
