// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from './api.js';
import { type Resource, useResource } from './use-resource.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const seen: Resource<string>[] = [];
let resolveB: (value: string) => void = () => {};

/** Key 'a' fails; key 'gone' is a 404; key 'b' waits for resolveB. */
function load(key: string): () => Promise<string> {
  return () =>
    key === 'a'
      ? Promise.reject(new Error('a failed'))
      : key === 'gone'
        ? Promise.reject(new ApiFailure('No story with id 9', 'not_found', 404))
        : new Promise<string>((resolve) => {
            resolveB = resolve;
          });
}

function Probe(props: { resourceKey: string }) {
  seen.push(useResource(props.resourceKey, load(props.resourceKey)));
  return null;
}

describe('useResource', () => {
  it("does not show the previous key's error while the new key loads", async () => {
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(createElement(Probe, { resourceKey: 'a' })));
    expect(seen.at(-1)?.error).toBe('a failed');
    await act(async () => root.render(createElement(Probe, { resourceKey: 'b' })));
    expect(seen.at(-1)).toMatchObject({ data: undefined, error: null, loading: true });
    await act(async () => resolveB('b'));
    expect(seen.at(-1)).toMatchObject({ data: 'b', error: null, loading: false });
    act(() => root.unmount());
  });

  it('says a resource is missing only when the API answered 404', async () => {
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(createElement(Probe, { resourceKey: 'gone' })));
    expect(seen.at(-1)).toMatchObject({ error: 'No story with id 9', missing: true });
    await act(async () => root.render(createElement(Probe, { resourceKey: 'a' })));
    expect(seen.at(-1)).toMatchObject({ error: 'a failed', missing: false });
    act(() => root.unmount());
  });
});
