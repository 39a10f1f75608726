import { PERIODS, periodLabel, type Period } from '../contract/constants';
import { SegmentedChoice } from './segmented-choice';

/** The period of a chart: 7, 30 or 120 days (or `periods`), as a segmented control. */
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
  return (
    <SegmentedChoice label={label} options={periods} value={value} onChange={onChange} optionLabel={periodLabel} />
  );
}
