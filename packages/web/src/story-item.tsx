/**
 * One story in the list: headline, span, "N articles from K independent reports", sources and
 * gist. Memoised and free of per-item state so 1,000 of them render in one cheap pass.
 */
import type { StorySummary } from '@storyfold/server/api';
import { memo } from 'react';
import { nameList, plural } from './plural.js';
import { formatSpan } from './relative-time.js';

export function storyPath(id: string): string {
  return `/stories/${encodeURIComponent(id)}`;
}

/** Source names shown per story before "and N more". */
const SOURCES_SHOWN = 4;

export const StoryItem = memo(function StoryItem(props: {
  story: StorySummary;
  index: number;
  selected: boolean;
  now: number;
}) {
  const { story, index } = props;
  const span = formatSpan(story.firstPublished, story.lastPublished, props.now);
  // Each text is one string (one DOM text node) and the list delegates clicks and focus:
  // a list of 1,000 items creates as few nodes and closures as it can.
  const counts = `${plural(story.articleCount, 'article')} from ${plural(story.independentReports, 'independent report')}`;
  return (
    <li
      className={props.selected ? 'story selected' : 'story'}
      data-story-index={index}
      data-story-id={story.id}
    >
      <h2 className="story-headline">
        <a href={storyPath(story.id)}>{story.headline ?? 'Untitled story'}</a>
      </h2>
      <p className="story-meta">
        <span className="story-counts">{counts}</span>
        {span === '' ? null : ` · ${span}`}
      </p>
      {story.sources.length > 0 && (
        <p className="story-sources">
          {nameList(
            story.sources.map((source) => source.name),
            SOURCES_SHOWN,
          )}
        </p>
      )}
      {story.gist !== null && <p className="story-gist">{story.gist}</p>}
    </li>
  );
});
