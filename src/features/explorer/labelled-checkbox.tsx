/** A checkbox with its label beside it, as the explorer's filters and view options show them. */
export function LabelledCheckbox({
  label,
  checked,
  onChange,
  className = '',
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Extra classes for the label (its height, its weight). */
  className?: string;
}) {
  return (
    <label className={`flex cursor-pointer items-center gap-2 text-sm ${className}`}>
      <input
        type="checkbox"
        className="size-4 accent-(--color-accent)"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      {label}
    </label>
  );
}
