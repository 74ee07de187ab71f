/**
 * Tunables of reading article files, in one place. Each says what it controls and why it has that value.
 */

/**
 * Files larger than this are refused before reading (checked with stat); for .jsonl it limits each
 * line instead, since a .jsonl of many articles is legitimately large and is streamed. 20 MB is
 * far above any real article page (the largest of Readability's test pages is under 1 MB) and low
 * enough that a stray video or database dump fails fast instead of filling memory.
 */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** How many leading bytes are sniffed to tell text from binary. 1 KB, as file(1) and git do roughly. */
export const SNIFF_BYTES = 1024;

/**
 * Share of control characters (other than tab, newline, form feed, carriage return, escape) in
 * the sniffed bytes above which a file is called binary. Text almost never has any; compressed and
 * encrypted data has about 12% even without NUL bytes, so 10% separates them.
 */
export const BINARY_CONTROL_SHARE = 0.1;

/** The field of a .json/.jsonl record read as the article's text, unless ReadOptions says another. */
export const DEFAULT_TEXT_FIELD = 'text';

/** The field of a .json/.jsonl record read as the article's id, unless ReadOptions says another. */
export const DEFAULT_ID_FIELD = 'id';

/** File extensions read as articles (lower case, with the dot); anything else in a folder is skipped. */
export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm', '.json', '.jsonl'] as const;
