/**
 * writeOpml: subscriptions as an OPML 2.0 document, folders as nested outlines (a folder
 * "News / Europe" is an outline "Europe" inside an outline "News").
 *
 * Reference: OPML 2.0 (opml.org/spec2.opml), subscription lists: each feed an outline with
 * type="rss", text, title, xmlUrl and htmlUrl; XML 1.0 §2.4 and §3.3.3 for escaping (&, <, >, "
 * and line breaks as character references, so attribute values survive normalisation).
 * Invariants: well-formed XML whatever the input (characters XML forbids are dropped);
 * parseOpml(writeOpml(feeds)) gives the same feeds back; folders and feeds keep the order in which
 * they first appear. Cost: O(total size of the feeds).
 */
import type { FeedRecord } from '@storyfold/store';
import { FOLDER_SEPARATOR, type OpmlFeed } from './opml-feed.js';

export interface WriteOpmlOptions {
  /** The head's title. */
  readonly title?: string;
  /** Written as the head's dateCreated (RFC 822) when given; omitted otherwise, for reproducible output. */
  readonly dateCreated?: Date;
}

interface Folder {
  readonly name: string;
  readonly children: (Folder | OpmlFeed)[];
  readonly folders: Map<string, Folder>;
}

const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing characters XML forbids is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text escaped for a double-quoted XML attribute value or for element content. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function isFolder(node: Folder | OpmlFeed): node is Folder {
  return 'children' in node;
}

function folderTree(feeds: readonly OpmlFeed[]): Folder {
  const root: Folder = { name: '', children: [], folders: new Map() };
  for (const feed of feeds) {
    let folder = root;
    const names = (feed.folder ?? '')
      .split(FOLDER_SEPARATOR)
      .map((name) => name.trim())
      .filter((name) => name.length > 0);
    for (const name of names) {
      let child = folder.folders.get(name);
      if (child === undefined) {
        child = { name, children: [], folders: new Map() };
        folder.folders.set(name, child);
        folder.children.push(child);
      }
      folder = child;
    }
    folder.children.push(feed);
  }
  return root;
}

function feedOutline(feed: OpmlFeed): string {
  const text = escapeXml(feed.title ?? feed.url);
  const site = feed.siteUrl === null ? '' : ` htmlUrl="${escapeXml(feed.siteUrl)}"`;
  return `<outline type="rss" text="${text}" title="${text}" xmlUrl="${escapeXml(feed.url)}"${site}/>`;
}

function writeChildren(folder: Folder, depth: number, lines: string[]): void {
  const indent = '  '.repeat(depth);
  for (const child of folder.children) {
    if (!isFolder(child)) {
      lines.push(`${indent}${feedOutline(child)}`);
      continue;
    }
    const name = escapeXml(child.name);
    lines.push(`${indent}<outline text="${name}" title="${name}">`);
    writeChildren(child, depth + 1, lines);
    lines.push(`${indent}</outline>`);
  }
}

/** The feeds as an OPML 2.0 document (UTF-8, newline-terminated). */
export function writeOpml(feeds: readonly OpmlFeed[], options: WriteOpmlOptions = {}): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeXml(options.title ?? 'Storyfold subscriptions')}</title>`,
  ];
  if (options.dateCreated !== undefined) {
    lines.push(`    <dateCreated>${options.dateCreated.toUTCString()}</dateCreated>`);
  }
  lines.push('  </head>', '  <body>');
  writeChildren(folderTree(feeds), 2, lines);
  lines.push('  </body>', '</opml>', '');
  return lines.join('\n');
}

/** The stored subscriptions as one OPML document (what `feed export` and the API's export give). */
export function feedsOpml(
  feeds: readonly Pick<FeedRecord, 'url' | 'title' | 'siteUrl' | 'folder'>[],
): string {
  return writeOpml(
    feeds.map((feed) => ({ url: feed.url, title: feed.title, siteUrl: feed.siteUrl, folder: feed.folder })),
    { title: 'Storyfold feeds' },
  );
}
