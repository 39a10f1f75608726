import { SERIES_DASHES, seriesColor } from '../../components/charts/chart-colors';

/** A short sample of a series' line (colour and dash pattern) so a chip matches its curve. */
export function SeriesSwatch({ index }: { index: number }) {
  return (
    <svg aria-hidden="true" width="28" height="10" viewBox="0 0 28 10" className="shrink-0">
      <line
        x1="1"
        y1="5"
        x2="27"
        y2="5"
        stroke={seriesColor(index)}
        strokeWidth="3"
        strokeDasharray={SERIES_DASHES[index % SERIES_DASHES.length]}
        strokeLinecap="butt"
      />
    </svg>
  );
}
