/** Tunables of the web interface, each with what it controls and why that value. */

/** Stories fetched per page of the list ("More" fetches the next page). The API allows 1..200;
 * 50 fills two screens on a desktop and keeps the first paint of a cold list short. */
export const STORIES_PAGE_SIZE = 50;

/** Search hits fetched per page; a screenful of snippets. */
export const SEARCH_PAGE_SIZE = 20;

/** Milliseconds between GET /api/status calls while a refresh runs, to show when it ends.
 * Polling rounds take seconds; 1.5 s keeps the indicator honest without load. */
export const REFRESH_POLL_MS = 1500;

/** Milliseconds server-sent events of one kind are gathered before a refetch: a polling round
 * folds many articles in bursts, and one refetch per burst is enough. */
export const EVENT_DEBOUNCE_MS = 400;

/** Milliseconds before a lost /api/events connection is reopened (EventSource retries on its
 * own while the server answers; this covers a closed stream). */
export const EVENT_RECONNECT_MS = 5000;

/** Milliseconds a status message stays in the live region (shown as a toast) before it is
 * cleared: long enough to read two lines, short enough not to cover content for long. */
export const ANNOUNCE_CLEAR_MS = 6000;

/** Characters of an added span shown as an excerpt on the story page before it is cut with "…";
 * long enough for one or two sentences. */
export const ADDED_EXCERPT_CHARS = 280;

/** Added spans shorter than this many characters are not listed on the story page (stray
 * punctuation and single words left between passages tell the reader nothing). */
export const ADDED_MIN_CHARS = 20;

/** Facts listed in the story's facts table before "Show all": the most supported come first, and
 * eight rows fit a screen while the rest stay one click away. */
export const SYNTHESIS_FACTS_SHOWN = 8;

/** Entities listed per kind (people, places, organisations) before "Show all": a compact line
 * or two; the most widely named come first. */
export const SYNTHESIS_ENTITIES_SHOWN = 12;

/** Characters of an article's title that name it in the synthesis's "stated by" lists when its
 * source has no name (files, imports): enough to tell the seeds' titles apart on one line. */
export const STATER_TITLE_CHARS = 36;
