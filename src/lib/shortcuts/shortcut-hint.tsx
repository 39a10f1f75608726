import { keyLabel, shortcut, type ShortcutId } from './registry';
import { useShortcutsEnabled } from './use-shortcut';

/**
 * The key of shortcut `id` beside its control, from the registry: for the eye only (the control
 * carries `aria-keyshortcuts`, and the help dialog lists every key), so it never changes a control's
 * name. Hidden while shortcuts are off, on narrow screens and on paper.
 */
export function ShortcutHint({ id, className = '' }: { id: ShortcutId; className?: string }) {
  const on = useShortcutsEnabled();
  if (!on) return null;
  return (
    <kbd aria-hidden="true" className={`kbd no-print hidden md:inline-flex ${className}`}>
      {shortcut(id)
        .keys[0].split(' ')
        .map((key) => keyLabel(key))
        .join(' ')}
    </kbd>
  );
}

/** `aria-keyshortcuts` for shortcut `id` (its single-key alternatives, as the attribute writes them). */
export function ariaKeys(id: ShortcutId): string {
  return shortcut(id)
    .keys.filter((k) => !k.includes(' '))
    .map((k) => (k === 'Mod+k' ? 'Control+K Meta+K' : k))
    .join(' ');
}
