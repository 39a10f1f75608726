import { lazy, Suspense, useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { listenForShortcuts, useShortcut, useShortcutsEnabled } from '../../lib/shortcuts/use-shortcut';
import { SHORTCUTS_KIT } from './shortcuts-kit';

// Loaded on first use: no page carries the dialogs until a key (or the footer's button) asks.
const load = () => import('./shortcut-dialogs');
const HelpDialog = lazy(() => load().then((m) => ({ default: m.HelpDialog })));
const CommandPalette = lazy(() => load().then((m) => ({ default: m.CommandPalette })));

type Panel = 'help' | 'palette' | undefined;
const panelListeners = new Set<(panel: Panel) => void>();

/** Opens the help dialog or the palette from anywhere (the footer's "Keyboard shortcuts" button). */
export function openShortcutPanel(panel: 'help' | 'palette'): void {
  panelListeners.forEach((l) => l(panel));
}

/** The page's button named "Embed", if it has one (another feature puts it beside Copy link). */
function embedButton(): HTMLButtonElement | undefined {
  return [...document.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === 'Embed' && b.getClientRects().length > 0,
  );
}

/**
 * The app-wide shortcuts (rendered once in the app shell, and in the deck, which has no shell): the
 * one keydown listener, `?` help, Ctrl/⌘+K palette, `g w` watchlist, `e` embed, and the two dialogs,
 * each loaded the first time it opens. Pages register the rest with `useShortcut`.
 */
export function KeyboardShortcuts() {
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const queryClient = useQueryClient();
  const enabled = useShortcutsEnabled();
  const [panel, setPanel] = useState<Panel>();
  useEffect(() => {
    panelListeners.add(setPanel);
    const stop = listenForShortcuts();
    return () => {
      panelListeners.delete(setPanel);
      stop();
    };
  }, []);
  useShortcut('help', () => setPanel('help'));
  useShortcut('palette', () => setPanel(panel === 'palette' ? undefined : 'palette'));
  useShortcut('go-watchlist', () => void navigate('/watchlist'));
  useShortcut('embed', () => {
    const button = embedButton();
    button?.click();
    return button !== undefined;
  });
  const close = () => setPanel(undefined);
  return (
    <Suspense fallback={null}>
      {panel === 'help' && <HelpDialog kit={SHORTCUTS_KIT} enabled={enabled} onClose={close} />}
      {panel === 'palette' && (
        <CommandPalette
          kit={SHORTCUTS_KIT}
          queryClient={queryClient}
          where={{ pathname, search }}
          navigate={navigate}
          onClose={close}
          onHelp={() => setPanel('help')}
        />
      )}
    </Suspense>
  );
}
