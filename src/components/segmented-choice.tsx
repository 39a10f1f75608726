import { useId, type ReactNode } from 'react';

/**
 * One of a few options, as a segmented control over native radios: Tab enters the group, arrow keys
 * move and choose, exactly as the platform does it.
 */
export function SegmentedChoice<T extends string | number>({
  label,
  options,
  value,
  onChange,
  optionLabel,
  wrap = false,
  hint,
}: {
  label: string;
  options: readonly T[];
  value: T;
  onChange: (value: T) => void;
  optionLabel: (option: T) => string;
  /** Let the options wrap onto a second line on a narrow screen. */
  wrap?: boolean;
  /** Keyboard hints, on the label's line at the right, outside the radiogroup's name. */
  hint?: ReactNode;
}) {
  const id = useId();
  return (
    <div className="relative">
      <span id={`${id}-label`} className="mb-1 block text-sm font-medium">
        {label}
      </span>
      <div
        role="radiogroup"
        aria-labelledby={`${id}-label`}
        className={`inline-flex ${wrap ? 'flex-wrap ' : ''}rounded-md border border-line bg-surface-muted p-0.5`}
      >
        {options.map((option) => (
          <label
            key={option}
            className="relative cursor-pointer rounded px-3 py-1 text-sm whitespace-nowrap text-ink-muted has-checked:bg-surface has-checked:font-semibold has-checked:text-ink has-checked:shadow-sm has-focus-visible:outline-3 has-focus-visible:outline-offset-1 has-focus-visible:outline-(--color-focus)"
          >
            <input
              type="radio"
              name={`${id}-choice`}
              value={option}
              checked={option === value}
              onChange={() => onChange(option)}
              // Covers its label: the click lands on the radio itself, and it stays in the a11y tree.
              className="absolute inset-0 cursor-pointer appearance-none rounded opacity-0"
            />
            {optionLabel(option)}
          </label>
        ))}
      </div>
      {/* After the group, placed over the label's line: the label and the group stay as the server drew them. */}
      {hint && <span className="absolute top-0 right-0 flex gap-1">{hint}</span>}
    </div>
  );
}
