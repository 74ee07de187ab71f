/** A line of metadata parts joined by " · ", skipping the missing ones. */
import { Fragment, type ReactNode } from 'react';

export function MetaLine(props: {
  parts: readonly (ReactNode | null | undefined | false)[];
  className?: string;
}) {
  const present = props.parts.filter(
    (part) => part !== null && part !== undefined && part !== false && part !== '',
  );
  if (present.length === 0) return null;
  return (
    <p className={props.className ?? 'article-meta'}>
      {present.map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts are positional.
        <Fragment key={index}>
          {index > 0 && ' · '}
          {part}
        </Fragment>
      ))}
    </p>
  );
}

/** True for an address a browser can open in a new tab (http or https). */
export function isWebUrl(url: string | null | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\//i.test(url);
}
