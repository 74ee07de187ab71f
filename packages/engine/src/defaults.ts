/** Tunables of the whole analysis pipeline (each stage keeps its own in its folder). */
export interface AnalyzeOptions {
  /**
   * After LSH candidates, each new article is also aligned with up to this many earlier members
   * of its story (most recent first), to find translated and heavily edited copies that share
   * too few shingles for LSH. 24 keeps the cost bounded in large stories while covering the
   * typical story (3–20 articles).
   */
  storyAlignLimit: number;
  /** An alignment is reported only when it covers at least this many characters on each side. */
  minAlignmentChars: number;
  /** Called after each article is folded, for progress bars. */
  onProgress?: (done: number, total: number) => void;
}

export const ANALYZE_DEFAULTS: AnalyzeOptions = {
  storyAlignLimit: 24,
  minAlignmentChars: 60,
};
