import { useId } from 'react';
import { TREND_STAGES, type TrendStage } from '../../contract/trend-stage';

/** "Stage": narrows the rows on screen to one trend stage (a view option, like the search box). */
export function StageFilter({
  value,
  onChange,
}: {
  value: TrendStage | undefined;
  onChange: (stage: TrendStage | undefined) => void;
}) {
  const id = useId();
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-sm font-medium">
        Stage
      </label>
      <select
        id={id}
        className="field"
        value={value ?? ''}
        onChange={(e) => onChange(TREND_STAGES.find((s) => s === e.target.value))}
      >
        <option value="">All stages</option>
        {TREND_STAGES.map((stage) => (
          <option key={stage} value={stage}>
            {stage}
          </option>
        ))}
      </select>
    </div>
  );
}
