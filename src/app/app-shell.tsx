import { Link, NavLink, Outlet } from 'react-router';
import { useDataMode } from '../api/meta';
import { UnreadableRecordsNotice } from './unreadable-records-notice';
import { SlowLoadingNotice } from '../components/slow-loading-notice';
import { ThemeToggle } from './theme-toggle';
import { useScrollToTop } from './use-scroll-to-top';
import { openShortcutPanel } from '../components/shortcuts/keyboard-shortcuts';
import { ShortcutHint } from '../lib/shortcuts/shortcut-hint';

export function AppShell() {
  const mode = useDataMode();
  useScrollToTop();
  return (
    <div className="flex min-h-screen flex-col bg-surface text-ink">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="no-print border-b border-line">
        <div className="mx-auto flex min-h-14 max-w-7xl items-center justify-between gap-4 px-4 py-3">
          <Link to="/" className="text-lg font-bold tracking-tight">
            <span aria-hidden="true" className="text-accent-ink">
              #
            </span>{' '}
            Hashtag Trends
          </Link>
          <nav aria-label="Main" className="flex items-center gap-2">
            <NavLink to="/watchlist" className="btn-ghost aria-[current=page]:font-semibold">
              Watchlist
            </NavLink>
            <ThemeToggle />
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto min-h-screen w-full max-w-7xl flex-1 px-4 py-6">
        <UnreadableRecordsNotice />
        <SlowLoadingNotice messageClassName="mb-4" />
        <Outlet />
      </main>
      <footer className="border-t border-line text-sm text-ink-muted">
        <div className="mx-auto flex max-w-7xl flex-wrap justify-between gap-2 px-4 py-3">
          <p data-testid="data-mode">
            {mode === undefined
              ? 'Checking data source…'
              : mode === 'demo'
                ? 'Demo data: built-in sample, not live TikTok figures'
                : 'Live data from TikTok Creative Center via the trends provider'}
          </p>
          <p>Source: TikTok Creative Center · Trend Discovery</p>
          <button
            type="button"
            className="no-print inline-flex items-center gap-1 underline-offset-2 hover:underline"
            onClick={() => openShortcutPanel('help')}
          >
            Keyboard shortcuts <ShortcutHint id="help" />
          </button>
        </div>
      </footer>
    </div>
  );
}
