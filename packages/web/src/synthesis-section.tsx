/**
 * The story's synthesis on the story page (section.synthesis): the summary with each sentence's
 * independent reports, the facts table with support counts and who states each, where the reports
 * disagree (each value with who states it), the people, places and organisations named, and the
 * timeline. Every "who states it" is a button that shows the passage in that article (MentionView)
 * or, when no passage is known, moves to the article's card.
 */
import type { StoryArticle, StoryOrigin, StorySynthesis, SynthesisMention } from '@storyfold/server/api';
import { Fragment, useMemo, useState } from 'react';
import { STATER_TITLE_CHARS, SYNTHESIS_ENTITIES_SHOWN, SYNTHESIS_FACTS_SHOWN } from './defaults.js';
import { focusInto } from './key-handlers.js';
import { MentionView } from './mention-view.js';
import { plural } from './plural.js';
import { excerpt } from './segments.js';
import {
  discrepancyKindLabel,
  entityGroups,
  formatWhen,
  originStaters,
  type Stater,
  shortOriginNames,
  supportLabel,
  timelineLabel,
  whoStates,
  withinOneReport,
} from './synthesis-view.js';

interface Shown {
  mention: SynthesisMention;
  what: string;
}

type Show = (stater: Stater, what: string) => void;

function focusArticle(articleId: number): void {
  focusInto(document.querySelector(`article[data-article-id="${articleId}"]`));
}

/** Buttons naming who states something, " · " between them. */
function Staters(props: {
  staters: readonly { stater: Stater; name: string }[];
  what: string;
  onShow: Show;
}) {
  return (
    <span className="staters">
      {props.staters.map(({ stater, name }, i) => (
        <Fragment key={`${stater.articleId}-${name}`}>
          {i > 0 && <span aria-hidden="true"> · </span>}
          <button
            type="button"
            className="link-button"
            data-article-id={stater.articleId}
            onClick={() => props.onShow(stater, props.what)}
          >
            {name}
            <span className="visually-hidden">
              {stater.mention ? ': show where it is stated' : ': go to the article'}
            </span>
          </button>
        </Fragment>
      ))}
    </span>
  );
}

export function SynthesisSection(props: {
  synthesis: StorySynthesis;
  origins: readonly StoryOrigin[];
  articles: ReadonlyMap<number, StoryArticle>;
}) {
  const { synthesis, articles } = props;
  const [shown, setShown] = useState<Shown | null>(null);
  const [allFacts, setAllFacts] = useState(false);
  const [allEntities, setAllEntities] = useState(false);
  const names = useMemo(() => shortOriginNames(props.origins), [props.origins]);
  const carriers = useMemo(
    () =>
      new Map(props.origins.map((origin) => [origin.id, new Set(origin.articles.map((a) => a.articleId))])),
    [props.origins],
  );
  const articleName = (articleId: number): string => {
    const article = articles.get(articleId);
    return (
      article?.source?.name ??
      excerpt(article?.title ?? article?.key ?? `article ${articleId}`, STATER_TITLE_CHARS)
    );
  };
  const named = (staters: Stater[]) =>
    staters.map((stater) => ({ stater, name: articleName(stater.articleId) }));
  const show: Show = (stater, what) => {
    if (stater.mention) setShown({ mention: stater.mention, what });
    else focusArticle(stater.articleId);
  };
  const facts = allFacts ? synthesis.facts : synthesis.facts.slice(0, SYNTHESIS_FACTS_SHOWN);
  const groups = entityGroups(synthesis.entities);

  return (
    <section className="synthesis" aria-labelledby="synthesis-title">
      <h2 id="synthesis-title">Summary</h2>
      {synthesis.summarySentences.length === 0 ? (
        <p className="muted">No summary could be made of this story.</p>
      ) : (
        <ol className="summary">
          {synthesis.summarySentences.map((sentence) => {
            const byOrigin = originStaters(sentence, sentence.mentions, carriers);
            return (
              <li key={sentence.text} className="summary-sentence" data-origins={sentence.origins.join(' ')}>
                {sentence.text}{' '}
                <span className="sentence-sources">
                  <span className="visually-hidden">Reported by </span>
                  {byOrigin.map(({ origin, stater }, i) => (
                    <Fragment key={origin}>
                      {i > 0 && <span aria-hidden="true"> · </span>}
                      {stater === null ? (
                        <span>{names.get(origin) ?? origin}</span>
                      ) : (
                        <button
                          type="button"
                          className="link-button"
                          data-origin={origin}
                          onClick={() => show(stater, 'this sentence')}
                        >
                          {names.get(origin) ?? origin}
                        </button>
                      )}
                    </Fragment>
                  ))}
                </span>
              </li>
            );
          })}
        </ol>
      )}

      {shown && (
        <MentionView
          article={articles.get(shown.mention.articleId)}
          mention={shown.mention}
          what={shown.what}
          onClose={() => setShown(null)}
        />
      )}

      {synthesis.facts.length > 0 && (
        <div className="table-scroll">
          <table className="facts">
            <caption>
              <h3>Facts</h3>
              <span className="muted">
                Each claim with the number of independent reports that state it (copies count once).
              </span>
            </caption>
            <thead>
              <tr>
                <th scope="col">Fact</th>
                <th scope="col">Support</th>
                <th scope="col">Stated by</th>
              </tr>
            </thead>
            <tbody>
              {facts.map((fact) => (
                <tr key={fact.text} data-support={fact.support}>
                  <td>{fact.text}</td>
                  <td className="support">
                    {supportLabel(fact.support)}
                    <span className="muted"> ({fact.origins.map((o) => names.get(o) ?? o).join(' · ')})</span>
                  </td>
                  <td>
                    <Staters
                      staters={named(whoStates(fact.articles, fact.mentions))}
                      what="this fact"
                      onShow={show}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {synthesis.facts.length > SYNTHESIS_FACTS_SHOWN && (
            <button type="button" onClick={() => setAllFacts(!allFacts)} aria-expanded={allFacts}>
              {allFacts ? 'Show fewer facts' : `Show all ${plural(synthesis.facts.length, 'fact')}`}
            </button>
          )}
        </div>
      )}

      {synthesis.discrepancies.length > 0 && (
        <div className="discrepancies">
          <h3>Where the articles differ</h3>
          <ul>
            {synthesis.discrepancies.map((discrepancy) => (
              <li
                key={`${discrepancy.kind}:${discrepancy.subject}`}
                className="discrepancy"
                data-kind={discrepancy.kind}
              >
                <p className="discrepancy-subject">
                  <span className="discrepancy-kind">{discrepancyKindLabel(discrepancy.kind)}</span>{' '}
                  {discrepancy.subject}
                  {withinOneReport(discrepancy) && (
                    <span className="muted"> (copies of one report, worded differently)</span>
                  )}
                </p>
                <ul className="discrepancy-values">
                  {discrepancy.values.map((value) => (
                    <li key={value.value}>
                      <q>{value.value}</q>{' '}
                      <span className="muted">
                        ({value.origins.map((o) => names.get(o) ?? o).join(' · ')}):
                      </span>{' '}
                      <Staters
                        staters={named(whoStates(value.articles, value.mentions))}
                        what={`“${excerpt(value.value, STATER_TITLE_CHARS * 2)}”`}
                        onShow={show}
                      />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      )}

      {groups.length > 0 && (
        <div className="entities">
          <h3>Who and where</h3>
          {groups.map((group) => (
            <div key={group.kind} className="entity-group">
              <h4>{group.heading}</h4>
              <ul>
                {(allEntities ? group.entities : group.entities.slice(0, SYNTHESIS_ENTITIES_SHOWN)).map(
                  (entity) => {
                    const first = entity.mentions[0];
                    return (
                      <li key={entity.name} className="entity" data-kind={entity.kind}>
                        {first ? (
                          <button
                            type="button"
                            className="link-button"
                            onClick={() =>
                              show({ articleId: first.articleId, mention: first }, `“${entity.name}”`)
                            }
                          >
                            {entity.name}
                          </button>
                        ) : (
                          entity.name
                        )}{' '}
                        <span className="muted entity-count">
                          {entity.articles.length}
                          <span className="visually-hidden">
                            {' '}
                            {entity.articles.length === 1 ? 'article' : 'articles'}
                          </span>
                        </span>
                      </li>
                    );
                  },
                )}
              </ul>
            </div>
          ))}
          {groups.some((group) => group.entities.length > SYNTHESIS_ENTITIES_SHOWN) && (
            <button type="button" onClick={() => setAllEntities(!allEntities)} aria-expanded={allEntities}>
              {allEntities ? 'Show fewer names' : 'Show all names'}
            </button>
          )}
        </div>
      )}

      {synthesis.timeline.length > 0 && (
        <div className="timeline">
          <h3>Timeline</h3>
          <ol>
            {synthesis.timeline.map((entry) => (
              <li key={`${entry.articleId}-${entry.origin ?? ''}`} data-kind={entry.kind}>
                <span className="timeline-when">{formatWhen(entry.at)}</span>{' '}
                <strong>{timelineLabel(entry, names)}</strong>:{' '}
                <button type="button" className="link-button" onClick={() => focusArticle(entry.articleId)}>
                  {articleName(entry.articleId)}
                </button>
                {articles.get(entry.articleId)?.source && articles.get(entry.articleId)?.title && (
                  <span className="muted"> — {articles.get(entry.articleId)?.title}</span>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
