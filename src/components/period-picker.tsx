import { useId } from 'react';
import { PERIODS, periodLabel, type Period } from '../contract/constants';

/**
 * Segmented control over native radios: Tab enters the group, arrow keys move and choose,
 * exactly as the platform does it.
 */
export function PeriodPicker({
  value,
  onChange,
  periods = PERIODS,
  label = 'Period',
}: {
  value: Period;
  onChange: (period: Period) => void;
  periods?: readonly Period[];
  label?: string;
}) {
  const id = useId();
  return (
    <div>
      <span id={`${id}-label`} className="mb-1 block text-sm font-medium">
        {label}
      </span>
      <div
        role="radiogroup"
        aria-labelledby={`${id}-label`}
        className="inline-flex rounded-md border border-line bg-surface-muted p-0.5"
      >
        {periods.map((p) => (
          <label
            key={p}
            className="relative cursor-pointer rounded px-3 py-1 text-sm whitespace-nowrap text-ink-muted has-checked:bg-surface has-checked:font-semibold has-checked:text-ink has-checked:shadow-sm has-focus-visible:outline-3 has-focus-visible:outline-offset-1 has-focus-visible:outline-(--color-focus)"
          >
            <input
              type="radio"
              name={`${id}-period`}
              value={p}
              checked={p === value}
              onChange={() => onChange(p)}
              // Covers its label: the click lands on the radio itself, and it stays in the a11y tree.
              className="absolute inset-0 cursor-pointer appearance-none rounded opacity-0"
            />
            {periodLabel(p)}
          </label>
        ))}
      </div>
    </div>
  );
}
