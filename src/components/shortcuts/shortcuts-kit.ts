import { hashtagKeys } from '../../api/query-keys';
import { parseScope, writeScope } from '../../contract/filter-params';
import { compareHref, presentHref } from '../../lib/deck-links';
import { hashtagHref } from '../../lib/hashtag-href';
import { keyLabel, SHORTCUTS } from '../../lib/shortcuts/registry';
import { runShortcut, setShortcutsEnabled } from '../../lib/shortcuts/use-shortcut';
import { cleanTagName } from '../../lib/tag-names';
import { readSelection } from '../../stores/compare-selection';
import { readWatchlist } from '../../stores/watchlist-store';
import { matchCountries } from '../country-combobox';

/**
 * What the lazy help dialog and palette (shortcut-dialogs.tsx) need of the app, handed over when they
 * open rather than imported: a module a lazy chunk imported would be split out of the pages' chunks by
 * the bundler (more requests and more gzip bytes on pages with almost no budget left). Everything here
 * is loaded with every page already.
 */
export const SHORTCUTS_KIT = {
  SHORTCUTS,
  keyLabel,
  setShortcutsEnabled,
  runShortcut,
  hashtagKeys,
  parseScope,
  writeScope,
  compareHref,
  presentHref,
  hashtagHref,
  cleanTagName,
  readSelection,
  readWatchlist,
  matchCountries,
};
export type ShortcutsKit = typeof SHORTCUTS_KIT;
