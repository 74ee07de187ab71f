/**
 * Buffers that align() reuses from call to call, grown as needed, so that aligning a pair
 * allocates nothing proportional to the articles' length.
 * Invariants: contents are meaningful only during one align() call; align() is not re-entrant
 * (JavaScript runs one call at a time per thread, and each worker has its own module state).
 * Cost: a few bytes per word of the longest article aligned so far.
 */

export class Scratch {
  /** Per diagonal: the generation in which diagonalEnd was last written. */
  diagonalStamp = new Int32Array(1024);
  /** Per diagonal: where the last run found on it starts and ends (word indices in a). */
  diagonalStart = new Int32Array(1024);
  diagonalEnd = new Int32Array(1024);
  generation = 0;
  /** Per word of a: the generation and diagonal of the last run found through it. */
  coverStamp = new Int32Array(1024);
  coverDiagonal = new Int32Array(1024);
  /** Runs as triples (start in a, start in b, length). */
  runs = new Int32Array(3 * 256);
  runCount = 0;
  /** Chaining: the run order, sort keys, accepted runs (triples) as found and in a's order, their rank in b. */
  order = new Int32Array(256);
  sortKeys = new Float64Array(256);
  accepted = new Int32Array(3 * 256);
  acceptedByA = new Int32Array(3 * 256);
  rankB = new Int32Array(256);
  /** The merge of two sorted indexes: [x, y, xEnd, yEnd] of the current shared key (nextSharedKey). */
  readonly sharedKey = new Int32Array(4);
  /** Sentence pass: stems (and their words) in open stretches, as found and sorted, per side. */
  openFound = new Uint32Array(256);
  openFoundPositions = new Uint32Array(256);
  openKeys = [new Uint32Array(256), new Uint32Array(256)];
  openPositions = [new Uint32Array(256), new Uint32Array(256)];
  /** Per word of a and of b: 1 when covered by an accepted run or passage. */
  coveredA = new Uint8Array(1024);
  coveredB = new Uint8Array(1024);
  /** Per pair of sentences (a row per sentence of a): shared weight, shared stems, shared ordinary stems. */
  cellWeight = new Float64Array(4096);
  cellShared = new Uint16Array(4096);
  cellCommon = new Uint16Array(4096);
  /** Cells written in this pair, to read and reset. */
  touchedCells = new Int32Array(1024);
  /** Per sentence of a and of b: the open stretch [start, end) in words, or start = −1. */
  stretchA = new Int32Array(512);
  stretchB = new Int32Array(512);
  /** Per sentence of a and of b: total weight and distinct stems of its open stretch. */
  weightA = new Float64Array(256);
  contentA = new Uint32Array(256);
  weightB = new Float64Array(256);
  contentB = new Uint32Array(256);

  /** Starts a new pair: diagonals of the previous pair become stale without clearing. */
  diagonals(size: number): void {
    if (this.diagonalStamp.length < size) {
      this.diagonalStamp = new Int32Array(grow(size));
      this.diagonalStart = new Int32Array(this.diagonalStamp.length);
      this.diagonalEnd = new Int32Array(this.diagonalStamp.length);
      this.coverStamp.fill(0);
      this.generation = 0;
    }
    this.generation++;
    if (this.generation === 0x7fffffff) {
      this.diagonalStamp.fill(0);
      this.coverStamp.fill(0);
      this.generation = 1;
    }
    this.runCount = 0;
  }

  /** Sizes the per-word run records for a text of n words (stale entries are told by their stamp). */
  runCover(n: number): void {
    if (this.coverStamp.length < n) {
      this.coverStamp = new Int32Array(grow(n));
      this.coverDiagonal = new Int32Array(this.coverStamp.length);
    }
  }

  pushRun(a: number, b: number, length: number): void {
    const at = this.runCount * 3;
    if (at + 3 > this.runs.length) {
      const runs = new Int32Array(this.runs.length * 2);
      runs.set(this.runs);
      this.runs = runs;
    }
    this.runs[at] = a;
    this.runs[at + 1] = b;
    this.runs[at + 2] = length;
    this.runCount++;
  }

  /** Sizes the chaining buffers for `runs` runs (contents left stale). */
  chainBuffers(runs: number): void {
    if (this.order.length < runs) {
      const n = grow(runs);
      this.order = new Int32Array(n);
      this.sortKeys = new Float64Array(n);
      this.accepted = new Int32Array(3 * n);
      this.acceptedByA = new Int32Array(3 * n);
      this.rankB = new Int32Array(n);
    }
  }

  /** Sizes the sentence pass's open-stem buffers for n entries (both sides; contents left stale). */
  openStemBuffers(n: number): void {
    if (this.openFound.length < n) {
      const size = grow(n);
      this.openFound = new Uint32Array(size);
      this.openFoundPositions = new Uint32Array(size);
      this.openKeys = [new Uint32Array(size), new Uint32Array(size)];
      this.openPositions = [new Uint32Array(size), new Uint32Array(size)];
    }
  }

  /** Clears the coverage masks for texts of na and nb words. */
  coverage(na: number, nb: number): void {
    if (this.coveredA.length < na) this.coveredA = new Uint8Array(grow(na));
    if (this.coveredB.length < nb) this.coveredB = new Uint8Array(grow(nb));
    this.coveredA.fill(0, 0, na);
    this.coveredB.fill(0, 0, nb);
  }

  /** Sizes the per-sentence buffers for sa and sb sentences (contents left stale). */
  sentences(sa: number, sb: number): void {
    if (this.stretchA.length < 2 * sa) this.stretchA = new Int32Array(grow(2 * sa));
    if (this.stretchB.length < 2 * sb) this.stretchB = new Int32Array(grow(2 * sb));
    if (this.weightA.length < sa) {
      this.weightA = new Float64Array(grow(sa));
      this.contentA = new Uint32Array(this.weightA.length);
    }
    if (this.weightB.length < sb) {
      this.weightB = new Float64Array(grow(sb));
      this.contentB = new Uint32Array(this.weightB.length);
    }
  }

  /** Sizes the score matrix for `size` cells; cells are zero between pairs (reset after reading). */
  cells(size: number): void {
    if (this.cellShared.length < size) {
      const n = grow(size);
      this.cellWeight = new Float64Array(n);
      this.cellShared = new Uint16Array(n);
      this.cellCommon = new Uint16Array(n);
    }
  }

  /** Records a newly written cell; returns the new count of touched cells. */
  touch(count: number, cell: number): number {
    if (count === this.touchedCells.length) {
      const cells = new Int32Array(count * 2);
      cells.set(this.touchedCells);
      this.touchedCells = cells;
    }
    this.touchedCells[count] = cell;
    return count + 1;
  }
}

function grow(size: number): number {
  let n = 1024;
  while (n < size) n <<= 1;
  return n;
}
