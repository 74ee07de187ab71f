/**
 * An article body with its passages and added text highlighted: <mark class="passage verbatim|
 * edited|translated" data-passage=i> for aligned passages, <mark class="added"> for text the
 * other article does not share. Hovering or focusing a passage reports its index, so the
 * comparison can highlight its counterpart (class "active").
 */
import { memo, useMemo } from 'react';
import { type Mark, segmentBody } from './segments.js';

export type HighlightKind = 'verbatim' | 'edited' | 'translated' | 'added';

export const HighlightedBody = memo(function HighlightedBody(props: {
  paragraphs: readonly string[];
  marks: readonly Mark<HighlightKind>[];
  active: number | null;
  onActivate: (passage: number | null) => void;
  /** Accessible description of whose passages these are ("in article B"). */
  counterpart: string;
}) {
  const { paragraphs, marks, active, onActivate } = props;
  const segmented = useMemo(() => segmentBody(paragraphs, marks), [paragraphs, marks]);
  return (
    <div className="highlighted-body">
      {segmented.map((segments, p) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are fixed for an article.
        <p key={p}>
          {segments.map((segment) => {
            const mark = segment.mark;
            if (mark === null) return segment.text;
            if (mark.kind === 'added')
              return (
                <mark key={segment.start} className="added">
                  {segment.text}
                </mark>
              );
            const passage = mark.passage ?? -1;
            return (
              <mark
                key={segment.start}
                className={passage === active ? `passage ${mark.kind} active` : `passage ${mark.kind}`}
                data-passage={passage}
                // biome-ignore lint/a11y/noNoninteractiveTabindex: a passage is focusable so keyboard users can see its counterpart.
                tabIndex={0}
                title={`${mark.kind} passage, shared ${props.counterpart}`}
                onMouseEnter={() => onActivate(passage)}
                onMouseLeave={() => onActivate(null)}
                onFocus={() => onActivate(passage)}
                onBlur={() => onActivate(null)}
              >
                {segment.text}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
});

/** The legend of the highlight kinds. */
export function HighlightLegend() {
  return (
    <ul className="legend" aria-label="Legend">
      <li>
        <mark className="passage verbatim">copied</mark> verbatim
      </li>
      <li>
        <mark className="passage edited">edited</mark> copy
      </li>
      <li>
        <mark className="passage translated">translated</mark> copy
      </li>
      <li>
        <mark className="added">added</mark> by this article only
      </li>
    </ul>
  );
}
