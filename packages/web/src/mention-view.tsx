/**
 * Where something is stated: an article's body with one mention highlighted (<mark class=
 * "mention">), scrolled into view when shown, with a link to the article's card in the story.
 * Reuses segmentBody, as the comparison's highlighted bodies do.
 */
import type { StoryArticle, SynthesisMention } from '@storyfold/server/api';
import { useEffect, useMemo, useRef } from 'react';
import { focusInto } from './key-handlers.js';
import { type Mark, segmentBody } from './segments.js';

export function MentionView(props: {
  article: StoryArticle | undefined;
  mention: SynthesisMention;
  /** What is stated there ("the fact", "the value “later on Tuesday”"). */
  what: string;
  onClose: () => void;
}) {
  const { article, mention } = props;
  const marks = useMemo<Mark<'mention'>[]>(() => [{ span: mention.span, kind: 'mention' }], [mention]);
  const segmented = useMemo(() => segmentBody(article?.body ?? [], marks), [article, marks]);
  const panel = useRef<HTMLElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll again whenever another mention is shown.
  useEffect(() => {
    const element = panel.current;
    if (element === null) return;
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: 'nearest' });
    element.querySelector('mark.mention')?.scrollIntoView({ block: 'center' });
  }, [mention]);
  const name = article ? (article.title ?? article.key) : `article ${mention.articleId}`;
  return (
    <aside
      className="mention-view"
      ref={panel}
      tabIndex={-1}
      aria-labelledby="mention-view-title"
      data-article-id={mention.articleId}
    >
      <div className="mention-view-head">
        <h3 id="mention-view-title">Where {props.what} is stated</h3>
        <button type="button" onClick={props.onClose}>
          Close<span className="visually-hidden"> the passage</span>
        </button>
      </div>
      <p className="muted">
        In {article?.source ? `${article.source.name}: ` : ''}“{name}”.{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => focusInto(document.querySelector(`article[data-article-id="${mention.articleId}"]`))}
        >
          Go to the article in this story
        </button>
      </p>
      <div className="mention-body">
        {segmented.map((segments, p) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are fixed for an article.
          <p key={p}>
            {segments.map((segment) =>
              segment.mark === null ? (
                segment.text
              ) : (
                <mark key={segment.start} className="mention">
                  {segment.text}
                </mark>
              ),
            )}
          </p>
        ))}
      </div>
    </aside>
  );
}
