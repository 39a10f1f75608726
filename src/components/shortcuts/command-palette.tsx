import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useNavigate, type NavigateFunction } from 'react-router';
import { hashtagKeys } from '../../api/query-keys';
import { matchCountries } from '../../components/country-combobox';
import { parseScope, writeScope } from '../../contract/filter-params';
import type { HashtagListItem } from '../../contract/schemas';
import { readSelection } from '../../stores/compare-selection';
import { compareHref, presentHref } from '../../lib/deck-links';
import { hashtagHref } from '../../lib/hashtag-href';
import { runShortcut } from '../../lib/shortcuts/use-shortcut';
import { cleanTagName } from '../../lib/tag-names';
import { readWatchlist } from '../../stores/watchlist-store';
import { ModalDialog } from './modal-dialog';

export interface PaletteItem {
  key: string;
  group: 'Pages' | 'Hashtags' | 'Countries';
  label: string;
  /** Shown after the label, muted. */
  detail?: string;
  run: () => void;
}

const SHOWN_PER_GROUP = 8;

function fold(text: string): string {
  return cleanTagName(text).normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** Hashtag names the app has already loaded (every list and detail in React Query's cache), then the watchlist. */
export function knownHashtags(queryClient: QueryClient): string[] {
  const names = new Set<string>();
  for (const [, data] of queryClient.getQueriesData<{ data: { list: HashtagListItem[] } }>({
    queryKey: hashtagKeys.lists(),
  }))
    data?.data.list.forEach((item) => names.add(item.hashtag_name));
  for (const query of queryClient.getQueryCache().findAll({ queryKey: hashtagKeys.details() })) {
    const params = query.queryKey[2] as { name?: unknown } | undefined;
    if (query.state.data !== undefined && typeof params?.name === 'string') names.add(params.name);
  }
  readWatchlist().forEach((name) => names.add(name));
  return [...names];
}

/** Names starting with the query first, then names containing it. */
function matchNames(query: string, names: readonly string[]): string[] {
  const q = fold(query);
  if (!q) return [...names];
  const starts = names.filter((n) => fold(n).startsWith(q));
  return [...starts, ...names.filter((n) => !starts.includes(n) && fold(n).includes(q))];
}

/** The country and period of the page open now (its URL), for links that keep them. */
function currentScope() {
  return parseScope(new URLSearchParams(window.location.search));
}

/** Everything the palette can do for `query`, by group: pages, hashtags (and "Open #typed"), countries. */
export function paletteItems(
  query: string,
  { names, navigate, onHelp }: { names: readonly string[]; navigate: NavigateFunction; onHelp: () => void },
): PaletteItem[] {
  const q = fold(query);
  const go = (to: string) => () => void navigate(to);
  const ticked = readSelection();
  const allPages: PaletteItem[] = [
    { key: 'page-explorer', group: 'Pages', label: 'Explorer', detail: 'the trending list', run: go('/') },
    { key: 'page-watchlist', group: 'Pages', label: 'Watchlist', run: go('/watchlist') },
    {
      key: 'page-compare',
      group: 'Pages',
      label: 'Compare',
      detail: ticked.length > 0 ? `the ${ticked.length} ticked` : undefined,
      run: () => void navigate(ticked.length > 0 ? compareHref(ticked, currentScope()) : '/compare'),
    },
    {
      key: 'page-present',
      group: 'Pages',
      label: 'Present',
      detail: 'this view as slides',
      run: () => {
        if (!runShortcut('present')) void navigate(presentHref({ ...currentScope() }));
      },
    },
    { key: 'page-help', group: 'Pages', label: 'Keyboard shortcuts', run: onHelp },
  ];
  const pages = allPages.filter((p) => !q || fold(p.label).includes(q));

  const tagged = matchNames(query, names).slice(0, SHOWN_PER_GROUP);
  const typed = cleanTagName(query);
  const hashtags: PaletteItem[] = tagged.map((name) => ({
    key: `tag-${name}`,
    group: 'Hashtags',
    label: `#${name}`,
    run: () => void navigate(hashtagHref(name, currentScope())),
  }));
  if (typed && !/[\s,#]/.test(typed) && !tagged.some((n) => fold(n) === fold(typed)))
    hashtags.push({
      key: 'tag-typed',
      group: 'Hashtags',
      label: `Open #${typed}`,
      run: () => void navigate(hashtagHref(typed, currentScope())),
    });

  const countries: PaletteItem[] = (q ? matchCountries(query) : []).slice(0, SHOWN_PER_GROUP).map((country) => ({
    key: `country-${country.code}`,
    group: 'Countries',
    label: country.name,
    detail: country.code,
    run: () => {
      // The explorer's other filters stay (when it is the page open); only the page number goes.
      const params = new URLSearchParams(window.location.pathname === '/' ? window.location.search : '');
      params.delete('page');
      writeScope(params, { country: country.code, period: currentScope().period });
      const search = params.toString();
      void navigate(`/${search ? `?${search}` : ''}`);
    },
  }));
  return [...pages, ...hashtags, ...countries];
}

/**
 * Ctrl/⌘+K: a combobox dialog (ARIA 1.2 combobox with a listbox, `aria-activedescendant`) that goes
 * to any hashtag already loaded or typed, any country (the explorer, other filters kept) or page.
 */
export function CommandPalette({ onClose, onHelp }: { onClose: () => void; onHelp: () => void }) {
  const id = useId();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [names] = useState(() => knownHashtags(queryClient));
  const items = useMemo(() => paletteItems(query, { names, navigate, onHelp }), [query, names, navigate, onHelp]);
  const current = items.length > 0 ? Math.min(active, items.length - 1) : -1;
  const optionId = (index: number) => `${id}-option-${index}`;
  const groups = (['Pages', 'Hashtags', 'Countries'] as const).filter((g) => items.some((i) => i.group === g));

  const choose = (item: PaletteItem) => {
    onClose();
    item.run();
  };
  const moveTo = (index: number) => {
    setActive(index);
    requestAnimationFrame(() => document.getElementById(optionId(index))?.scrollIntoView?.({ block: 'nearest' }));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (items.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      moveTo((current + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length);
    } else if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      const item = items[current];
      if (item) choose(item);
    }
  };

  return (
    <ModalDialog title="Command palette" onClose={onClose} titleClassName="sr-only">
      <input
        type="text"
        role="combobox"
        aria-label="Go to a hashtag, country or page"
        aria-expanded={items.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        autoComplete="off"
        spellCheck={false}
        // The dialog has just opened on this field's request.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        placeholder="Go to a hashtag, country or page…"
        className="w-full border-b border-line bg-surface px-4 py-3 text-base text-ink outline-none"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <div id={`${id}-list`} role="listbox" aria-label="Results" className="max-h-[60vh] overflow-auto py-1">
        {groups.map((group) => (
          <div key={group} role="group" aria-label={group}>
            <div aria-hidden="true" className="px-4 pt-2 pb-1 text-xs font-semibold text-ink-muted">
              {group}
            </div>
            {items.map((item, index) =>
              item.group !== group ? null : (
                // Keys act on the field (aria-activedescendant); options are pointer targets.
                // eslint-disable-next-line jsx-a11y/click-events-have-key-events
                <div
                  key={item.key}
                  id={optionId(index)}
                  role="option"
                  tabIndex={-1}
                  aria-selected={index === current}
                  className={`flex cursor-pointer items-center justify-between gap-3 px-4 py-1.5 text-sm ${index === current ? 'bg-surface-muted outline-2 -outline-offset-2 outline-accent' : ''}`}
                  onMouseDown={(e) => e.preventDefault()}
                  onMouseMove={() => index !== current && setActive(index)}
                  onClick={() => choose(item)}
                >
                  <span className="min-w-0 truncate">{item.label}</span>
                  {item.detail && <span className="shrink-0 text-xs text-ink-muted">{item.detail}</span>}
                </div>
              ),
            )}
          </div>
        ))}
      </div>
      {items.length === 0 && (
        <p role="status" className="px-4 py-3 text-sm text-ink-muted">
          Nothing matches “{query}”.
        </p>
      )}
    </ModalDialog>
  );
}
