/** The frame of every page: header with navigation and search, main content, keyboard help. */
import { type FormEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { NavLink, Outlet, useLocation, useNavigate, useNavigationType, useSearchParams } from 'react-router';
import { AnnounceProvider } from './announce.js';
import { HelpDialog } from './help-dialog.js';
import { KeyboardProvider, type KeyHandlers } from './key-handlers.js';

export function Layout() {
  const [helpOpen, setHelpOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const closeHelp = useCallback(() => setHelpOpen(false), []);

  // A new page starts at its top (the browser keeps the old scroll position otherwise); going
  // back or forward leaves the position to the browser.
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each new path only.
  useEffect(() => {
    if (navigationType !== 'POP') window.scrollTo(0, 0);
  }, [pathname]);

  const global = useMemo<KeyHandlers>(
    () => ({
      'focus-search': () => {
        searchRef.current?.focus();
        searchRef.current?.select();
      },
      'toggle-help': () => setHelpOpen((open) => !open),
      close: () => setHelpOpen(false),
    }),
    [],
  );

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = searchRef.current?.value.trim() ?? '';
    if (q !== '') navigate(`/search?q=${encodeURIComponent(q)}`);
  };

  return (
    <KeyboardProvider global={global} paused={helpOpen}>
      <AnnounceProvider>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <NavLink to="/" className="brand" end>
            Storyfold
          </NavLink>
          <nav aria-label="Main">
            <ul className="nav-list">
              <li>
                <NavLink to="/" end>
                  Stories
                </NavLink>
              </li>
              <li>
                <NavLink to="/feeds">Feeds</NavLink>
              </li>
            </ul>
          </nav>
          <search className="site-search">
            <form onSubmit={onSearch}>
              <label htmlFor="search-input" className="visually-hidden">
                Search articles
              </label>
              <input
                id="search-input"
                ref={searchRef}
                type="search"
                name="q"
                placeholder="Search articles"
                defaultValue={params.get('q') ?? ''}
                key={params.get('q') ?? ''}
              />
              <button type="submit">Search</button>
            </form>
          </search>
          <button
            type="button"
            className="help-button"
            aria-label="Keyboard shortcuts"
            title="Keyboard shortcuts (?)"
            onClick={() => setHelpOpen(true)}
          >
            ?
          </button>
        </header>
        <main id="main" tabIndex={-1}>
          <Outlet />
        </main>
        <footer className="site-footer">
          <p>
            Storyfold shows every story once. Press <kbd>?</kbd> for keyboard shortcuts.
          </p>
        </footer>
        <HelpDialog open={helpOpen} onClose={closeHelp} />
      </AnnounceProvider>
    </KeyboardProvider>
  );
}
