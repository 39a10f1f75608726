import { SegmentedChoice } from '../../components/segmented-choice';
import { MODE_LABELS, type CompareMode } from './compare-params';

const MODES: readonly CompareMode[] = ['relative', 'posts'];

/** The compare chart's scale (relative popularity or estimated posts), like the period picker. */
export function ScaleToggle({ value, onChange }: { value: CompareMode; onChange: (mode: CompareMode) => void }) {
  return (
    <SegmentedChoice
      label="Scale"
      options={MODES}
      value={value}
      onChange={onChange}
      optionLabel={(mode) => MODE_LABELS[mode]}
      wrap
    />
  );
}
