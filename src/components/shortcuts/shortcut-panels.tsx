import { useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { useShortcutsEnabled } from '../../lib/shortcuts/use-shortcut';
import { CommandPalette, HelpDialog } from './shortcut-dialogs';
import { SHORTCUTS_KIT } from './shortcuts-kit';

export type Panel = 'help' | 'palette';

/**
 * The open help dialog or command palette, with what they need of the app (SHORTCUTS_KIT, the router,
 * the query cache). Loaded the first time a panel opens (keyboard-shortcuts.tsx), never rendered on
 * the server: no page carries it, nor the kit, until a key (or the footer's button) asks. Everything
 * the kit names is in the chunk every page loads already (vite.config.ts, group 'filter-params'), so
 * importing it here splits nothing out of the pages' chunks.
 */
export function ShortcutPanels({ panel, onPanel }: { panel: Panel; onPanel: (panel: Panel | undefined) => void }) {
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const queryClient = useQueryClient();
  const enabled = useShortcutsEnabled();
  const close = () => onPanel(undefined);
  return panel === 'help' ? (
    <HelpDialog kit={SHORTCUTS_KIT} enabled={enabled} onClose={close} />
  ) : (
    <CommandPalette
      kit={SHORTCUTS_KIT}
      queryClient={queryClient}
      where={{ pathname, search }}
      navigate={navigate}
      onClose={close}
      onHelp={() => onPanel('help')}
    />
  );
}
