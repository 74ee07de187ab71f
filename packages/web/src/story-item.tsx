/**
 * One story in the list: headline, span, "N articles from K independent reports", sources and
 * gist. Memoised and free of per-item state so 1,000 of them render in one cheap pass.
 */
import type { StorySummary } from '@storyfold/server/api';
import { memo } from 'react';
import { Link } from 'react-router';
import { nameList, plural } from './plural.js';
import { formatSpan } from './relative-time.js';

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
        <Link to={`/stories/${encodeURIComponent(story.id)}`} onFocus={() => props.onSelect(index)}>
          {story.headline ?? 'Untitled story'}
        </Link>
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
