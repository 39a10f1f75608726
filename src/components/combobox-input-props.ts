/**
 * The attributes every text-input combobox of the app shares (ARIA 1.2 combobox with a listbox
 * popup, list autocomplete, the browser's own suggestions and spellcheck off): spread them on the
 * `<input>`, next to its own value, handlers and styling.
 */
export function comboboxInputProps({
  id,
  listId,
  expanded,
  activeOptionId,
}: {
  id: string;
  listId: string;
  expanded: boolean;
  /** The highlighted option's element id, if any (`aria-activedescendant`). */
  activeOptionId: string | undefined;
}) {
  return {
    id,
    type: 'text',
    role: 'combobox',
    'aria-expanded': expanded,
    'aria-controls': listId,
    'aria-autocomplete': 'list',
    'aria-activedescendant': activeOptionId,
    autoComplete: 'off',
    spellCheck: false,
  } as const;
}
