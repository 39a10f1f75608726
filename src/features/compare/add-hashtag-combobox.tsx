import { useId, useMemo, useState, type KeyboardEvent, type Ref } from 'react';
import { cleanTagName, hasTag } from '../../lib/tag-names';
import { comboboxInputProps } from '../../components/combobox-input-props';

/** Case- and accent-insensitive, "#" ignored. */
function fold(text: string): string {
  return cleanTagName(text).normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** Names starting with the query first, then names containing it; already-added names left out. */
export function matchSuggestions(query: string, suggestions: readonly string[], exclude: readonly string[]): string[] {
  const q = fold(query);
  const open = suggestions.filter((name) => !hasTag(exclude, name));
  if (!q) return open;
  const starts: string[] = [];
  const contains: string[] = [];
  for (const name of open) {
    const folded = fold(name);
    if (folded.startsWith(q)) starts.push(name);
    else if (folded.includes(q)) contains.push(name);
  }
  return [...starts, ...contains];
}

export interface AddHashtagComboboxProps {
  /** Names of the current top 100, in rank order. */
  suggestions: readonly string[];
  /** Names already compared: not suggested, not added twice. */
  exclude: readonly string[];
  /** Why adding is impossible right now (the limit); disables the control and says so. */
  disabledReason?: string;
  /** Shown under the field, e.g. while suggestions load or when they failed. */
  hint?: string;
  onAdd: (name: string) => void;
  /** The text field, so the page can return focus to it after a removal. */
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * ARIA 1.2 combobox with list autocomplete and manual selection: typing filters the top-100
 * suggestions without choosing one, ArrowDown/ArrowUp move, Enter adds the highlighted suggestion
 * or, with none highlighted, the typed text as it is (a hashtag outside the top 100).
 */
export function AddHashtagCombobox({
  suggestions,
  exclude,
  disabledReason,
  hint,
  onAdd,
  inputRef,
}: AddHashtagComboboxProps) {
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const noteId = `${id}-note`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  /** -1: nothing highlighted, Enter adds the typed text. */
  const [active, setActive] = useState(-1);
  const [message, setMessage] = useState('');
  const disabled = disabledReason !== undefined;

  const options = useMemo(() => matchSuggestions(query, suggestions, exclude), [query, suggestions, exclude]);
  const expanded = open && !disabled && options.length > 0;
  const activeName = expanded && active >= 0 ? options[Math.min(active, options.length - 1)] : undefined;
  const optionId = (index: number) => `${id}-opt-${index}`;

  const scrollTo = (index: number) =>
    requestAnimationFrame(() => document.getElementById(optionId(index))?.scrollIntoView?.({ block: 'nearest' }));
  const goTo = (index: number) => {
    setActive(index);
    if (index >= 0) scrollTo(index);
  };
  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  const add = (raw: string) => {
    const typed = cleanTagName(raw);
    if (!typed) return;
    // A typed name that is in the top 100 takes the chart's spelling.
    const name = suggestions.find((s) => s.toLocaleLowerCase() === typed.toLocaleLowerCase()) ?? typed;
    if (hasTag(exclude, name)) {
      setMessage(`#${name} is already in the comparison`);
      return;
    }
    setMessage('');
    setQuery('');
    close();
    onAdd(name);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!expanded) {
          setOpen(true);
          goTo(event.altKey ? -1 : 0);
        } else goTo((active + 1) % options.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!expanded) {
          setOpen(true);
          goTo(options.length - 1);
        } else goTo(active <= 0 ? options.length - 1 : active - 1);
        break;
      case 'Enter':
        event.preventDefault();
        add(activeName ?? query);
        break;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          close();
        } else if (query) {
          event.preventDefault();
          setQuery('');
        }
        break;
      case 'Tab':
        close();
        break;
    }
  };

  const note = disabledReason ?? (message || hint);

  return (
    <div className="relative">
      <label htmlFor={inputId} className="mb-1 block text-sm font-medium">
        Add hashtag
      </label>
      <div className="flex gap-2">
        <input
          ref={inputRef}
          {...comboboxInputProps({
            id: inputId,
            listId,
            expanded,
            activeOptionId: activeName !== undefined ? optionId(active) : undefined,
          })}
          aria-describedby={note ? noteId : undefined}
          placeholder={disabled ? '' : 'Type or pick from the top 100'}
          disabled={disabled}
          className="field w-64 max-w-full disabled:cursor-not-allowed disabled:opacity-60"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setMessage('');
            setOpen(true);
            setActive(-1);
          }}
          onClick={() => setOpen(true)}
          onBlur={close}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="btn" disabled={disabled || !cleanTagName(query)} onClick={() => add(query)}>
          Add
        </button>
      </div>
      <ul
        id={listId}
        role="listbox"
        aria-label="Hashtag suggestions"
        hidden={!expanded}
        className="absolute z-20 mt-1 max-h-72 w-64 overflow-auto rounded-md border border-line bg-surface py-1 shadow-lg"
      >
        {expanded &&
          options.map((name, i) => (
            // Keyboard interaction lives on the input (aria-activedescendant); options are pointer targets.
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events
            <li
              key={name}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={`cursor-pointer truncate px-3 py-1.5 text-sm ${i === active ? 'bg-surface-muted outline-2 -outline-offset-2 outline-accent' : ''}`}
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => i !== active && setActive(i)}
              onClick={() => add(name)}
            >
              #{name}
            </li>
          ))}
      </ul>
      <p id={noteId} role="status" className="mt-1 min-h-5 text-sm text-ink-muted">
        {note}
      </p>
    </div>
  );
}
