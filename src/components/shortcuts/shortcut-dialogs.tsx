import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { NavigateFunction } from 'react-router';
import type { HashtagListItem } from '../../contract/schemas';
import type { Shortcut } from '../../lib/shortcuts/registry';
import type { ShortcutsKit } from './shortcuts-kit';

/*
 * The help dialog (`?`) and the command palette (Ctrl/⌘+K), loaded together on first use. Only React
 * and types are imported: the app's functions come in `kit` (shortcuts-kit.ts), so this chunk takes
 * nothing out of the pages' chunks.
 */

/**
 * A modal `<dialog>` named by its heading: opened with showModal() (the page behind is inert, focus
 * stays inside), closed by Escape, a click on the backdrop or the caller. Keys pressed inside never
 * reach the page's listeners (the app's shortcuts, the deck's keys). On close, focus returns to
 * where it was before, if that element is still there.
 */
export function ModalDialog({
  title,
  onClose,
  children,
  className = '',
  titleClassName = 'text-lg font-semibold',
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
  titleClassName?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Where focus was when it opened, read in the first render: before a field inside autofocuses.
  const [previous] = useState(() => document.activeElement);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // jsdom has no showModal: the open attribute shows it there.
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else dialog.setAttribute('open', '');
    if (!dialog.contains(document.activeElement)) dialog.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, [previous]);
  return (
    // The backdrop click is the pointer's way to close; Escape is the keyboard's (onKeyDown).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      tabIndex={-1}
      className={`m-auto mt-[10vh] max-h-[80vh] w-[min(36rem,calc(100%-2rem))] overflow-hidden rounded-xl border border-line bg-surface p-0 text-ink shadow-xl backdrop:bg-black/50 ${className}`}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <h2 id={titleId} className={titleClassName}>
        {title}
      </h2>
      {children}
    </dialog>
  );
}

const GROUP_TITLES: Record<Shortcut['group'], string> = {
  Anywhere: 'Anywhere',
  Filters: 'Filters (explorer; country and period on every page that has them)',
  Rows: 'Rows of the ranked list',
  Presentation: 'Presentation',
};

function Keys({ keys, label }: { keys: readonly string[]; label: (key: string) => string }) {
  return (
    <span className="flex flex-wrap items-center gap-1">
      {keys.map((alternative, i) => (
        <span key={alternative} className="inline-flex items-center gap-1">
          {i > 0 && <span className="text-xs text-ink-muted">or</span>}
          {alternative.split(' ').map((key, j) => (
            <span key={j} className="inline-flex items-center gap-1">
              {j > 0 && <span className="text-xs text-ink-muted">then</span>}
              <kbd className="kbd">{label(key)}</kbd>
            </span>
          ))}
        </span>
      ))}
    </span>
  );
}

/** `?`: every shortcut of the registry, by group, and the switch that turns them off. */
export function HelpDialog({
  kit: { SHORTCUTS, keyLabel, setShortcutsEnabled },
  enabled: on,
  onClose,
}: {
  kit: ShortcutsKit;
  /** Whether shortcuts are on (the caller follows the stored switch). */
  enabled: boolean;
  onClose: () => void;
}) {
  const id = useId();
  // Rendered only in the browser, after a key or a click: the platform can be read here.
  const [apple] = useState(() => /Mac|iP(hone|ad|od)/.test(navigator.platform || navigator.userAgent));
  const groups = [...new Set(SHORTCUTS.map((s) => s.group))];
  return (
    <ModalDialog title="Keyboard shortcuts" onClose={onClose} titleClassName="px-5 pt-4 text-lg font-semibold">
      <div className="max-h-[calc(80vh-7rem)] space-y-4 overflow-auto px-5 py-3">
        <div className="space-y-1">
          <label htmlFor={`${id}-on`} className="flex items-center gap-2 text-sm font-medium">
            <input
              id={`${id}-on`}
              type="checkbox"
              className="size-4 accent-(--color-accent)"
              checked={on}
              onChange={(e) => setShortcutsEnabled(e.target.checked)}
            />
            Use keyboard shortcuts
          </label>
          <p className="text-sm text-ink-muted">
            Kept in this browser. Shortcuts never act while you type in a field or hold Ctrl, Alt or{' '}
            {apple ? '⌘' : 'Meta'}; {keyLabel('Mod+k', apple)} (the command palette) works either way.
          </p>
        </div>
        {groups.map((group) => (
          <section key={group} aria-labelledby={`${id}-${group}`}>
            <h3 id={`${id}-${group}`} className="mb-1 text-sm font-semibold text-ink-muted">
              {GROUP_TITLES[group]}
            </h3>
            <dl className="divide-y divide-line text-sm">
              {SHORTCUTS.filter((s) => s.group === group).map((s) => (
                <div key={s.id} className="flex items-center justify-between gap-4 py-1.5">
                  <dt>{s.label}</dt>
                  <dd>
                    <Keys keys={s.keys} label={(key) => keyLabel(key, apple)} />
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <div className="flex justify-end border-t border-line px-5 py-3">
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}

export interface PaletteItem {
  key: string;
  group: 'Pages' | 'Hashtags' | 'Countries';
  label: string;
  /** Shown after the label, muted. */
  detail?: string;
  run: () => void;
}

const SHOWN_PER_GROUP = 8;

/** Case- and accent-insensitive, "#" ignored. */
function folder(cleanTagName: ShortcutsKit['cleanTagName']) {
  return (text: string) => cleanTagName(text).normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** Hashtag names the app has already loaded (every list and detail in React Query's cache), then the watchlist. */
export function knownHashtags(
  queryClient: QueryClient,
  { hashtagKeys, readWatchlist }: Pick<ShortcutsKit, 'hashtagKeys' | 'readWatchlist'>,
): string[] {
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

/** The page open now, as the router has it. */
export interface Where {
  pathname: string;
  search: string;
}

/** Everything the palette can do for `query`, by group: pages, hashtags (and "Open #typed"), countries. */
export function paletteItems(
  query: string,
  {
    kit,
    names,
    where,
    navigate,
    onHelp,
  }: { kit: ShortcutsKit; names: readonly string[]; where: Where; navigate: NavigateFunction; onHelp: () => void },
): PaletteItem[] {
  const {
    cleanTagName,
    compareHref,
    hashtagHref,
    matchCountries,
    parseScope,
    presentHref,
    readSelection,
    runShortcut,
    writeScope,
  } = kit;
  const fold = folder(cleanTagName);
  /** The country and period of the page open now (its URL), for links that keep them. */
  const currentScope = () => parseScope(new URLSearchParams(where.search));
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

  // Names starting with the query first, then names containing it.
  const starts = names.filter((n) => fold(n).startsWith(q));
  const tagged = (q ? [...starts, ...names.filter((n) => !starts.includes(n) && fold(n).includes(q))] : names).slice(
    0,
    SHOWN_PER_GROUP,
  );
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
      const params = new URLSearchParams(where.pathname === '/' ? where.search : '');
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
export function CommandPalette({
  kit,
  queryClient,
  where,
  navigate,
  onClose,
  onHelp,
}: {
  kit: ShortcutsKit;
  queryClient: QueryClient;
  where: Where;
  navigate: NavigateFunction;
  onClose: () => void;
  onHelp: () => void;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [names] = useState(() => knownHashtags(queryClient, kit));
  const items = useMemo(
    () => paletteItems(query, { kit, names, where, navigate, onHelp }),
    [query, kit, names, where, navigate, onHelp],
  );
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
