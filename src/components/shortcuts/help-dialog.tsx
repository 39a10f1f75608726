import { useId, useState } from 'react';
import { SHORTCUTS, keyLabel, type Shortcut } from '../../lib/shortcuts/registry';
import { setShortcutsEnabled, useShortcutsEnabled } from '../../lib/shortcuts/use-shortcut';
import { ModalDialog } from './modal-dialog';

const GROUP_TITLES: Record<Shortcut['group'], string> = {
  Anywhere: 'Anywhere',
  Filters: 'Filters (explorer; country and period on every page that has them)',
  Rows: 'Rows of the ranked list',
  Presentation: 'Presentation',
};

function Keys({ keys, apple }: { keys: readonly string[]; apple: boolean }) {
  return (
    <span className="flex flex-wrap items-center gap-1">
      {keys.map((alternative, i) => (
        <span key={alternative} className="inline-flex items-center gap-1">
          {i > 0 && <span className="text-xs text-ink-muted">or</span>}
          {alternative.split(' ').map((key, j) => (
            <span key={j} className="inline-flex items-center gap-1">
              {j > 0 && <span className="text-xs text-ink-muted">then</span>}
              <kbd className="kbd">{keyLabel(key, apple)}</kbd>
            </span>
          ))}
        </span>
      ))}
    </span>
  );
}

/** `?`: every shortcut of the registry, by group, and the switch that turns them off. */
export function HelpDialog({ onClose }: { onClose: () => void }) {
  const id = useId();
  const on = useShortcutsEnabled();
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
                    <Keys keys={s.keys} apple={apple} />
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
