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
  onSelect: (index: number) => void;
}) {
  const { story, index } = props;
  const headingId = `story-${index}-headline`;
  const span = formatSpan(story.firstPublished, story.lastPublished, props.now);
  return (
    <li
      className={props.selected ? 'story selected' : 'story'}
      data-story-index={index}
      data-story-id={story.id}
      aria-labelledby={headingId}
    >
      <h2 id={headingId} className="story-headline">
        {/* A plain link (the list handles its clicks): router links cost hooks per item. */}
        <a href={storyPath(story.id)} onFocus={() => props.onSelect(index)}>
          {story.headline ?? 'Untitled story'}
        </a>
      </h2>
      <p className="story-meta">
        <span className="story-counts">
          {plural(story.articleCount, 'article')} from{' '}
          {plural(story.independentReports, 'independent report')}
        </span>
        {span !== '' && (
          <>
            {' · '}
            <span className="story-span">{span}</span>
          </>
        )}
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
