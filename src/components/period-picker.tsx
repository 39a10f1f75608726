import { PERIODS, periodLabel, type Period } from '../contract/constants';
import { SegmentedChoice } from './segmented-choice';
import { useShortcut } from '../lib/shortcuts/use-shortcut';
import { ShortcutHint } from '../lib/shortcuts/shortcut-hint';

/** The period of a chart: 7, 30 or 120 days (or `periods`), as a segmented control. */
export function PeriodPicker({
  value,
  onChange,
  periods = PERIODS,
  label = 'Period',
  shortcuts = false,
}: {
  value: Period;
  onChange: (period: Period) => void;
  periods?: readonly Period[];
  label?: string;
  /** The page's period: `1` `2` `3` choose 7, 30, 120 days. */
  shortcuts?: boolean;
}) {
  const choose = (period: Period) => () => {
    if (period !== value) onChange(period);
  };
  useShortcut('period-7', choose(7), shortcuts);
  useShortcut('period-30', choose(30), shortcuts);
  useShortcut('period-120', choose(120), shortcuts);
  return (
    <SegmentedChoice
      label={label}
      options={periods}
      value={value}
      onChange={onChange}
      optionLabel={periodLabel}
      hint={
        shortcuts && (
          <>
            <ShortcutHint id="period-7" />
            <ShortcutHint id="period-30" />
            <ShortcutHint id="period-120" />
          </>
        )
      }
    />
  );
}
