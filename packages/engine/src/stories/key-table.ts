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
 * Sums of weights by dense key id, in an open-addressing table (a story's aggregate vector).
 * Invariants: ids are ≥ 0; `get` of an id never added is 0; load factor ≤ 1/2.
 * Cost: O(1) expected per `add` and `get`; 12 bytes per slot.
 */
export class WeightTable {
  private slotIds: Int32Array;
  private slotWeights: Float64Array;
  private mask: number;
  private count = 0;

  /** A table sized for about `expected` ids without growing. */
  constructor(expected = 32) {
    let capacity = 64;
    while (capacity < expected * 2) capacity *= 2;
    this.slotIds = new Int32Array(capacity).fill(-1);
    this.slotWeights = new Float64Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  get(id: number): number {
    let slot = Math.imul(id, 0x9e3779b1) >>> 0;
    slot &= this.mask;
    for (;;) {
      const stored = this.slotIds[slot]!;
      if (stored === id) return this.slotWeights[slot]!;
      if (stored < 0) return 0;
      slot = (slot + 1) & this.mask;
    }
  }

  add(id: number, weight: number): void {
    let slot = (Math.imul(id, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const stored = this.slotIds[slot]!;
      if (stored === id) {
        this.slotWeights[slot]! += weight;
        return;
      }
      if (stored < 0) break;
      slot = (slot + 1) & this.mask;
    }
    this.slotIds[slot] = id;
    this.slotWeights[slot] = weight;
    this.count++;
    if (this.count * 2 > this.slotIds.length) this.grow();
  }

  private grow(): void {
    const ids = this.slotIds;
    const weights = this.slotWeights;
    const capacity = ids.length * 2;
    this.slotIds = new Int32Array(capacity).fill(-1);
    this.slotWeights = new Float64Array(capacity);
    this.mask = capacity - 1;
    this.count = 0;
    for (let s = 0; s < ids.length; s++) if (ids[s]! >= 0) this.add(ids[s]!, weights[s]!);
  }
}
