import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { COUNTRIES, countryFlag, countryName, type Country } from '../contract/constants';
import { comboboxInputProps } from './combobox-input-props';
import { useShortcut } from '../lib/shortcuts/use-shortcut';
import { ShortcutHint } from '../lib/shortcuts/shortcut-hint';

/** Case- and accent-insensitive: "turk" finds Türkiye, "gb" finds United Kingdom. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

export function matchCountries(query: string, countries: readonly Country[] = COUNTRIES): Country[] {
  const q = fold(query);
  if (!q) return [...countries];
  const starts: Country[] = [];
  const contains: Country[] = [];
  for (const c of countries) {
    const name = fold(c.name);
    if (name.startsWith(q) || fold(c.code) === q) starts.push(c);
    else if (name.includes(q)) contains.push(c);
  }
  return [...starts, ...contains];
}

/**
 * A searchable country picker following the ARIA 1.2 combobox pattern (list autocomplete):
 * type to filter, ArrowUp/ArrowDown to move, Enter to choose, Escape to close, Alt+ArrowDown to open.
 */
export function CountryCombobox({
  value,
  onChange,
  label = 'Country',
  className,
  shortcut = false,
}: {
  value: string;
  onChange: (code: string) => void;
  label?: string;
  className?: string;
  /** The page's country control: `c` focuses it. */
  shortcut?: boolean;
}) {
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [open, setOpen] = useState(false);
  /** null = not typing: the input shows the selected country. */
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  useShortcut('country', () => inputRef.current?.focus(), shortcut);

  const options = useMemo(() => matchCountries(query ?? ''), [query]);
  const expanded = open && options.length > 0;
  const activeOption = expanded ? options[Math.min(active, options.length - 1)] : undefined;
  const optionId = (code: string) => `${id}-opt-${code}`;

  const scrollIntoView = (code: string) => {
    // after React paints the new active option
    requestAnimationFrame(() => document.getElementById(optionId(code))?.scrollIntoView?.({ block: 'nearest' }));
  };

  const openList = (startAt?: number) => {
    const index =
      startAt ??
      Math.max(
        0,
        options.findIndex((c) => c.code === value),
      );
    setOpen(true);
    setActive(index);
    const target = options[index];
    if (target) scrollIntoView(target.code);
  };

  const close = () => {
    setOpen(false);
    setQuery(null);
  };

  const choose = (country: Country) => {
    close();
    if (country.code !== value) onChange(country.code);
  };

  const current = Math.min(active, options.length - 1);
  const goTo = (index: number) => {
    setActive(index);
    const target = options[index];
    if (target) scrollIntoView(target.code);
  };
  /** Wraps around at the ends, like the APG example. */
  const move = (delta: number) => {
    if (!expanded) openList();
    else goTo((current + delta + options.length) % options.length);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (event.altKey) openList();
        else move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(-1);
        break;
      case 'PageDown':
        if (expanded) {
          event.preventDefault();
          goTo(Math.min(current + 10, options.length - 1));
        }
        break;
      case 'PageUp':
        if (expanded) {
          event.preventDefault();
          goTo(Math.max(current - 10, 0));
        }
        break;
      case 'Enter':
        if (activeOption) {
          event.preventDefault();
          choose(activeOption);
        }
        break;
      case 'Escape':
        if (open || query !== null) {
          event.preventDefault();
          close();
        }
        break;
      case 'Tab':
        close();
        break;
    }
  };

  return (
    <div className={`relative ${className ?? ''}`}>
      <label htmlFor={inputId} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      {shortcut && <ShortcutHint id="country" className="absolute top-0 right-0" />}
      <div className="relative">
        {/* The ISO code rather than a flag emoji: it renders everywhere (Windows and many Linux setups lack flag glyphs). */}
        <span aria-hidden="true" className="pointer-events-none absolute inset-y-0 left-2 flex items-center">
          {query === null ? (
            <span className="rounded bg-surface-muted px-1 font-mono text-[11px] font-semibold text-ink-muted">
              {value}
            </span>
          ) : (
            <span className="text-ink-muted">⌕</span>
          )}
        </span>
        <input
          ref={inputRef}
          {...comboboxInputProps({
            id: inputId,
            listId,
            expanded,
            activeOptionId: activeOption ? optionId(activeOption.code) : undefined,
          })}
          aria-keyshortcuts={shortcut ? 'c' : undefined}
          className="field w-full pr-8 pl-10"
          value={query ?? countryName(value)}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={(e) => e.target.select()}
          onClick={() => (expanded ? undefined : openList())}
          onBlur={(e) => {
            if (!listRef.current?.contains(e.relatedTarget as Node | null)) close();
          }}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          tabIndex={-1}
          aria-label={`Show ${label.toLowerCase()} list`}
          aria-controls={listId}
          aria-expanded={expanded}
          className="absolute inset-y-0 right-0 flex w-8 items-center justify-center text-ink-muted"
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            if (expanded) close();
            else {
              inputRef.current?.focus();
              openList();
            }
          }}
        >
          <span aria-hidden="true">▾</span>
        </button>
      </div>
      <ul
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label={`${label} options`}
        hidden={!expanded}
        className="absolute z-20 mt-1 max-h-72 w-full min-w-56 overflow-auto rounded-md border border-line bg-surface py-1 shadow-lg"
      >
        {expanded &&
          options.map((c) => {
            const isActive = c.code === activeOption?.code;
            return (
              // Keyboard interaction lives on the input (aria-activedescendant); options are pointer targets.
              // eslint-disable-next-line jsx-a11y/click-events-have-key-events
              <li
                key={c.code}
                id={optionId(c.code)}
                role="option"
                aria-selected={isActive}
                className={`flex cursor-pointer items-center gap-2 px-3 py-1.5 text-sm ${isActive ? 'bg-surface-muted outline-2 -outline-offset-2 outline-accent' : ''}`}
                onMouseDown={(e) => e.preventDefault()}
                onMouseMove={() => {
                  const i = options.indexOf(c);
                  if (i !== active) setActive(i);
                }}
                onClick={() => choose(c)}
              >
                <span aria-hidden="true" className="w-5">
                  {countryFlag(c.code)}
                </span>
                <span className="flex-1">{c.name}</span>
                <span aria-hidden="true" className="font-mono text-xs text-ink-muted">
                  {c.code}
                </span>
                {c.code === value && (
                  <span aria-hidden="true" className="text-accent-ink">
                    ✓
                  </span>
                )}
              </li>
            );
          })}
      </ul>
      {open && options.length === 0 && (
        <p
          role="status"
          className="absolute z-20 mt-1 w-full rounded-md border border-line bg-surface px-3 py-2 text-sm text-ink-muted shadow-lg"
        >
          No country matches “{query}”
        </p>
      )}
    </div>
  );
}
