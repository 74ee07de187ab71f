/**
 * LshIndex: the articles whose signatures share at least one LSH band with a query signature.
 *
 * Computes candidates by banding (Leskovec, Rajaraman & Ullman, "Mining of Massive Datasets",
 * ch. 3.4): a signature's values are cut into `bands` bands of `rows` values; each band is hashed
 * to a 32-bit key (MurmurHash3-style multiply–rotate over the rows, seeded with the band number,
 * finished by fmix32), and two signatures are candidates when some band has the same key.
 * Storage is typed arrays only, no object per entry: signature number s (its slot) owns nodes
 * s·bands … s·bands + bands − 1, written one after another; each node stores its band key and
 * the next node of its bucket (one interleaved Int32Array). A bucket table (power-of-two size,
 * chosen by the key's top bits, at most LSH_MAX_BUCKET_LOAD nodes per bucket on average) holds
 * per bucket its chain's first node and a 32-bit filter: the OR of three bits chosen by each
 * chained key (a Bloom filter, Bloom 1970). A query reads the bucket of every band first (one
 * cache line each, loads that do not wait on one another) and walks only the chains whose
 * filter holds all three bits of its key, all of them in lockstep. Random reads are what cost
 * at a million articles (the tables do not fit in cache), so a query touches about one line per
 * band, and an insert one bucket per band plus its own contiguous nodes.
 * Invariants: every held signature has the seed, size and version of the first one inserted
 * (others throw); empty signatures (bodies without words) are not held and match nothing;
 * query() returns each id once, in increasing order, and includes the id of an identical
 * signature already inserted (the caller skips itself). A band matches only on equal 32-bit
 * keys of the same band: a false match needs a 32-bit collision (about n / 2³² per band). A
 * filter never misses a chained key (it may hold bits of removed keys until the next rebuild).
 * Cost: insert O(bands · rows); query O(bands · rows) plus the walked chains (at load λ a
 * filter lets a missing key through with probability (1 − e^(−3λ/32))³, 0.2–1.3% for λ in
 * [1.5, 3], so an unrelated query walks about 0.15–0.9 chains); memory 8 bytes per node, plus
 * 8 bytes per bucket (2.7–5.3 per node), plus 4 bytes per signature: about 690–860 bytes per
 * article at 64 bands (node arrays grow by doubling, but pages not yet written are not
 * resident). remove() is O(n) (it searches the id).
 */

import { DEFAULT_SIGNATURE_SIZE } from '../fingerprint/defaults.js';
import type { Signature } from '../fingerprint/signature.js';
import { EMPTY_VALUE } from '../fingerprint/signature.js';
import { DEFAULT_LSH_THRESHOLD, LSH_INITIAL_CAPACITY, LSH_MAX_BUCKET_LOAD } from './defaults.js';
import type { LshParameters } from './lsh-parameters.js';
import { lshParameters } from './lsh-parameters.js';

export interface LshIndexOptions {
  /** Bands; with rows, defaults to lshParameters(DEFAULT_LSH_THRESHOLD, DEFAULT_SIGNATURE_SIZE). */
  bands?: number;
  /** Rows per band. */
  rows?: number;
  /** Signatures to make room for before the first growth. */
  capacity?: number;
}

let defaultParameters: LshParameters | undefined;

/** The parameters of an index built without options (computed once). */
export function defaultLshParameters(): LshParameters {
  defaultParameters ??= lshParameters(DEFAULT_LSH_THRESHOLD, DEFAULT_SIGNATURE_SIZE);
  return defaultParameters;
}

/** The three filter bits of a key, taken from a remix of the key (its top bits pick the bucket). */
export function filterBits(key: number): number {
  const t = Math.imul(key, 0x9e3779b1);
  return (1 << (t >>> 27)) | (1 << ((t >>> 22) & 31)) | (1 << ((t >>> 17) & 31));
}

export class LshIndex {
  readonly bands: number;
  readonly rows: number;
  /** Signatures held. */
  size = 0;
  private slots = 0;
  private capacity: number;
  /** Id of each slot, −1 once removed. */
  private ids: Int32Array;
  /** Per node: [key, next node or −1], interleaved. */
  private nodes: Int32Array;
  /** Per bucket: [first node or −1, filter], interleaved. */
  private buckets: Int32Array;
  private shift: number;
  private seed = -1;
  private signatureSize = -1;
  private version = -1;
  /** Reused per call: band keys. */
  private keys: Int32Array;
  /** Reused per query: each band's bucket filter, then the node its chain walk has reached. */
  private filters: Int32Array;
  private chains: Int32Array;
  private found = new Int32Array(256);

  constructor(options: LshIndexOptions = {}) {
    const defaults =
      options.bands === undefined && options.rows === undefined ? defaultLshParameters() : undefined;
    const bands = options.bands ?? defaults?.bands ?? 1;
    const rows = options.rows ?? defaults?.rows ?? 1;
    if (!Number.isInteger(bands) || bands < 1 || !Number.isInteger(rows) || rows < 1) {
      throw new Error(`match: invalid LSH parameters ${bands} bands × ${rows} rows`);
    }
    this.bands = bands;
    this.rows = rows;
    this.capacity = Math.max(1, Math.ceil(options.capacity ?? LSH_INITIAL_CAPACITY));
    this.ids = new Int32Array(this.capacity);
    this.nodes = new Int32Array(this.capacity * bands * 2);
    const tableSize = nextPowerOfTwo(Math.max(2, Math.ceil((this.capacity * bands) / LSH_MAX_BUCKET_LOAD)));
    this.buckets = emptyBuckets(tableSize);
    this.shift = 32 - Math.log2(tableSize);
    this.keys = new Int32Array(bands);
    this.filters = new Int32Array(bands);
    this.chains = new Int32Array(bands);
  }

  /** Adds an article's signature under `id` (a non-negative 32-bit integer). */
  insert(id: number, sig: Signature): void {
    if (!Number.isInteger(id) || id < 0 || id > 0x7fffffff) throw new Error(`match: invalid id ${id}`);
    this.check(sig, true);
    if (sig.values[0] === EMPTY_VALUE) return;
    if (this.slots === this.capacity) this.grow();
    const bands = this.bands;
    if ((this.slots + 1) * bands > LSH_MAX_BUCKET_LOAD * (this.buckets.length / 2)) {
      this.rebuildBuckets(this.buckets.length); // twice the buckets: the array holds two numbers per bucket
    }
    const keys = this.bandKeys(sig);
    const slot = this.slots++;
    this.ids[slot] = id;
    const nodes = this.nodes;
    const buckets = this.buckets;
    const shift = this.shift;
    let node = slot * bands;
    for (let band = 0; band < bands; band++, node++) {
      const key = keys[band]!;
      const bucket = (key >>> shift) << 1;
      nodes[2 * node] = key;
      nodes[2 * node + 1] = buckets[bucket]!;
      buckets[bucket] = node;
      buckets[bucket + 1] = buckets[bucket + 1]! | filterBits(key);
    }
    this.size++;
  }

  /** Ids of held signatures sharing at least one band with `sig`, each once, in increasing order. */
  query(sig: Signature): number[] {
    this.check(sig, false);
    if (this.size === 0 || sig.values[0] === EMPTY_VALUE) return [];
    const keys = this.bandKeys(sig);
    const bands = this.bands;
    const nodes = this.nodes;
    const buckets = this.buckets;
    const shift = this.shift;
    const filters = this.filters;
    const chains = this.chains;
    // First pass: read every band's bucket. No branch depends on these loads, so the processor
    // overlaps their cache misses (testing each filter right after its load would stall on a
    // mispredicted branch at every band and take the misses one after another).
    for (let band = 0; band < bands; band++) {
      const bucket = (keys[band]! >>> shift) << 1;
      chains[band] = buckets[bucket]!;
      filters[band] = buckets[bucket + 1]!;
    }
    // Second pass: keep the chains whose filter may hold the band's key.
    let walking = false;
    for (let band = 0; band < bands; band++) {
      const bits = filterBits(keys[band]!);
      if ((filters[band]! & bits) !== bits) chains[band] = -1;
      else if (chains[band]! >= 0) walking = true;
    }
    // The kept chains are walked in lockstep, so that their cache misses overlap too.
    let found = this.found;
    let count = 0;
    const ids = this.ids;
    while (walking) {
      walking = false;
      for (let band = 0; band < bands; band++) {
        const node = chains[band]!;
        if (node < 0) continue;
        if (nodes[2 * node] === keys[band] && node % bands === band) {
          if (count === found.length) {
            const bigger = new Int32Array(found.length * 2);
            bigger.set(found);
            found = this.found = bigger;
          }
          found[count++] = ids[(node / bands) | 0]!;
        }
        const next = nodes[2 * node + 1]!;
        chains[band] = next;
        if (next >= 0) walking = true;
      }
    }
    if (count === 0) return [];
    const sorted = found.subarray(0, count).sort();
    const out: number[] = [sorted[0]!];
    for (let i = 1; i < count; i++) if (sorted[i] !== sorted[i - 1]) out.push(sorted[i]!);
    return out;
  }

  /** Removes every signature held under `id`; false if there was none. O(n): searches the id. */
  remove(id: number): boolean {
    let removed = false;
    const bands = this.bands;
    for (let slot = 0; slot < this.slots; slot++) {
      if (this.ids[slot] !== id) continue;
      for (let node = slot * bands; node < (slot + 1) * bands; node++) this.unlink(node);
      this.ids[slot] = -1;
      this.size--;
      removed = true;
    }
    return removed;
  }

  /** Bytes of the typed arrays the index holds (allocated, including room not yet used). */
  memoryBytes(): number {
    return (
      this.ids.byteLength +
      this.nodes.byteLength +
      this.buckets.byteLength +
      this.keys.byteLength +
      this.filters.byteLength +
      this.chains.byteLength +
      this.found.byteLength
    );
  }

  /** Throws when `sig` is not comparable with the signatures held; the first one sets the rule. */
  private check(sig: Signature, inserting: boolean): void {
    if (this.seed === -1) {
      if (this.bands * this.rows > sig.size) {
        throw new Error(`match: ${this.bands} bands × ${this.rows} rows exceed signature size ${sig.size}`);
      }
      if (!inserting) return;
      this.seed = sig.seed;
      this.signatureSize = sig.size;
      this.version = sig.version;
    } else if (sig.seed !== this.seed || sig.size !== this.signatureSize || sig.version !== this.version) {
      throw new Error(
        `match: signature (seed ${sig.seed}, size ${sig.size}, version ${sig.version}) differs from the index's ` +
          `(seed ${this.seed}, size ${this.signatureSize}, version ${this.version})`,
      );
    }
    if (sig.values.length !== sig.size) throw new Error('match: signature values do not match its size');
  }

  /** The key of every band of `sig`, in the reused keys array. */
  private bandKeys(sig: Signature): Int32Array {
    const keys = this.keys;
    const values = sig.values;
    const rows = this.rows;
    let v = 0;
    for (let band = 0; band < this.bands; band++) {
      let h = Math.imul(band + 1, 0x9e3779b1);
      for (let r = 0; r < rows; r++, v++) {
        h = Math.imul(h ^ values[v]!, 0xcc9e2d51);
        h = (h << 15) | (h >>> 17);
        h = (Math.imul(h, 5) + 0xe6546b64) | 0;
      }
      h ^= rows;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h ^= h >>> 16;
      keys[band] = h;
    }
    return keys;
  }

  /** Doubles the room for signatures. */
  private grow(): void {
    const capacity = this.capacity * 2;
    const ids = new Int32Array(capacity);
    ids.set(this.ids);
    const nodes = new Int32Array(capacity * this.bands * 2);
    nodes.set(this.nodes.subarray(0, this.slots * this.bands * 2));
    this.ids = ids;
    this.nodes = nodes;
    this.capacity = capacity;
  }

  /** Re-chains every held node into a bucket table of `tableSize` buckets, with fresh filters. */
  private rebuildBuckets(tableSize: number): void {
    const buckets = emptyBuckets(tableSize);
    const shift = 32 - Math.log2(tableSize);
    const nodes = this.nodes;
    const bands = this.bands;
    for (let slot = 0; slot < this.slots; slot++) {
      if (this.ids[slot] === -1) continue;
      for (let node = slot * bands; node < (slot + 1) * bands; node++) {
        const key = nodes[2 * node]!;
        const bucket = (key >>> shift) << 1;
        nodes[2 * node + 1] = buckets[bucket]!;
        buckets[bucket] = node;
        buckets[bucket + 1] = buckets[bucket + 1]! | filterBits(key);
      }
    }
    this.buckets = buckets;
    this.shift = shift;
  }

  /** Takes a node out of its bucket's chain (the filter keeps its bits until the next rebuild). */
  private unlink(node: number): void {
    const nodes = this.nodes;
    const bucket = (nodes[2 * node]! >>> this.shift) << 1;
    let previous = -1;
    let current = this.buckets[bucket]!;
    while (current >= 0 && current !== node) {
      previous = current;
      current = nodes[2 * current + 1]!;
    }
    if (current < 0) return;
    if (previous < 0) this.buckets[bucket] = nodes[2 * node + 1]!;
    else nodes[2 * previous + 1] = nodes[2 * node + 1]!;
  }
}

/** A bucket table of `tableSize` empty buckets: first node −1, filter 0. */
function emptyBuckets(tableSize: number): Int32Array {
  const buckets = new Int32Array(2 * tableSize);
  for (let i = 0; i < buckets.length; i += 2) buckets[i] = -1;
  return buckets;
}

function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}
