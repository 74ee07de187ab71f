/** Feeds as OPML files list them: what `parseOpml` returns and `writeOpml` takes. */

export interface OpmlFeed {
  /** The feed URL, normalised by normaliseFeedUrl. */
  readonly url: string;
  /** The outline's text (or title) attribute; null when absent or equal to the URL. */
  readonly title: string | null;
  /** The outline's htmlUrl: the site the feed belongs to. */
  readonly siteUrl: string | null;
  /** The path of enclosing folder outlines (see normaliseFolder), or null at the top level. */
  readonly folder: string | null;
}

/** An outline that was not imported, and why, for the user to see. */
export interface OpmlSkipped {
  /** 1-based line of the outline's start tag. */
  readonly line: number;
  readonly title: string | null;
  readonly reason: string;
}

export interface OpmlImport {
  /** The OPML head's title, or null. */
  readonly title: string | null;
  readonly feeds: OpmlFeed[];
  readonly skipped: OpmlSkipped[];
}

/** The separator of folder names in a folder path ("News/World"), as the store keeps it. */
export const FOLDER_SEPARATOR = '/';

/**
 * A folder path as stored: names trimmed, empty names dropped, joined by "/" ("News / World " →
 * "News/World"), or null when no name is left. A "/" inside an OPML outline's name nests it.
 */
export function normaliseFolder(folder: string | null | undefined): string | null {
  const names = (folder ?? '')
    .split(FOLDER_SEPARATOR)
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return names.length === 0 ? null : names.join(FOLDER_SEPARATOR);
}
