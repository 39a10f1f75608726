import { useId } from 'react';
import { MODE_LABELS, type CompareMode } from './compare-params';

const MODES: readonly CompareMode[] = ['relative', 'posts'];

/** Two native radios styled as a segmented control, like the period picker. */
export function ScaleToggle({ value, onChange }: { value: CompareMode; onChange: (mode: CompareMode) => void }) {
  const id = useId();
  return (
    <div>
      <span id={`${id}-label`} className="mb-1 block text-sm font-medium">
        Scale
      </span>
      <div
        role="radiogroup"
        aria-labelledby={`${id}-label`}
        className="inline-flex flex-wrap rounded-md border border-line bg-surface-muted p-0.5"
      >
        {MODES.map((mode) => (
          <label
            key={mode}
            className="relative cursor-pointer rounded px-3 py-1 text-sm whitespace-nowrap text-ink-muted has-checked:bg-surface has-checked:font-semibold has-checked:text-ink has-checked:shadow-sm has-focus-visible:outline-3 has-focus-visible:outline-offset-1 has-focus-visible:outline-(--color-focus)"
          >
            <input
              type="radio"
              name={`${id}-scale`}
              value={mode}
              checked={mode === value}
              onChange={() => onChange(mode)}
              className="absolute inset-0 cursor-pointer appearance-none rounded opacity-0"
            />
            {MODE_LABELS[mode]}
          </label>
        ))}
      </div>
    </div>
  );
}
