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
