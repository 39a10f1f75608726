import { lazy, Suspense, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { listenForShortcuts, useShortcut } from '../../lib/shortcuts/use-shortcut';
import type { Panel } from './shortcut-panels';

// Loaded on first use: no page carries the dialogs, the palette's helpers (SHORTCUTS_KIT) or the code
// that wires them to the router until a key (or the footer's button) asks for one.
const ShortcutPanels = lazy(() => import('./shortcut-panels').then((m) => ({ default: m.ShortcutPanels })));

const panelListeners = new Set<(panel: Panel) => void>();

/** Opens the help dialog or the palette from anywhere (the footer's "Keyboard shortcuts" button). */
export function openShortcutPanel(panel: Panel): void {
  panelListeners.forEach((l) => l(panel));
}

/** The page's button named "Embed", if it has one (another feature puts it beside Copy link). */
function embedButton(): HTMLButtonElement | undefined {
  return [...document.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === 'Embed' && b.getClientRects().length > 0,
  );
}

/**
 * The app-wide shortcuts (rendered once beside the routes, so the deck, which has no shell, has them
 * too): the one keydown listener, `?` help, Ctrl/⌘+K palette, `g w` watchlist, `e` embed. The two
 * panels are loaded the first time one opens; until then (and on the server, and in the hydration
 * render) this renders nothing. Pages register the rest with `useShortcut`.
 */
export function KeyboardShortcuts() {
  const navigate = useNavigate();
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
  useShortcut('palette', () => setPanel((open) => (open === 'palette' ? undefined : 'palette')));
  useShortcut('go-watchlist', () => void navigate('/watchlist'));
  useShortcut('embed', () => {
    const button = embedButton();
    button?.click();
    return button !== undefined;
  });
  if (!panel) return null;
  return (
    <Suspense fallback={null}>
      <ShortcutPanels panel={panel} onPanel={setPanel} />
    </Suspense>
  );
}
