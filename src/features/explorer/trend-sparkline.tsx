import type { TrendPoint } from '../../contract/schemas';
import { formatPercent } from '../../lib/format';

/** rising / falling / steady from the mean of the first and last third of the curve. */
export function trendDirection(points: readonly TrendPoint[]): 'rising' | 'falling' | 'steady' {
  if (points.length < 2) return 'steady';
  const third = Math.max(1, Math.floor(points.length / 3));
  const mean = (xs: readonly TrendPoint[]) => xs.reduce((sum, p) => sum + p.value, 0) / xs.length;
  const delta = mean(points.slice(-third)) - mean(points.slice(0, third));
  if (delta > 0.1) return 'rising';
  if (delta < -0.1) return 'falling';
  return 'steady';
}

export function describeTrend(points: readonly TrendPoint[]): string {
  const last = points.at(-1);
  if (!last) return 'Trend: no data';
  const peak = Math.max(...points.map((p) => p.value)) || 1;
  return `Trend: ${trendDirection(points)}, now ${formatPercent(last.value / peak)} of peak`;
}

/** A tiny inline SVG of `trend` (values 0..1, peak = 1). Pure SVG: no charting library on the list. */
export function TrendSparkline({
  points,
  width = 96,
  height = 28,
}: {
  points: readonly TrendPoint[];
  width?: number;
  height?: number;
}) {
  if (points.length === 0) return <span className="text-xs text-ink-muted">No data</span>;
  const pad = 2;
  const peak = Math.max(...points.map((p) => p.value)) || 1;
  const step = points.length > 1 ? (width - pad * 2) / (points.length - 1) : 0;
  const coords = points.map((p, i) => {
    const x = pad + i * step;
    const y = pad + (1 - Math.max(0, p.value) / peak) * (height - pad * 2);
    return [Number(x.toFixed(1)), Number(y.toFixed(1))] as const;
  });
  const line = coords.map(([x, y]) => `${x},${y}`).join(' ');
  const [lastX, lastY] = coords.at(-1) ?? [0, 0];
  const area = `${pad},${height - pad} ${line} ${lastX},${height - pad}`;
  const direction = trendDirection(points);
  const tone = direction === 'rising' ? 'text-up' : direction === 'falling' ? 'text-down' : 'text-accent-ink';
  return (
    <svg
      role="img"
      aria-label={describeTrend(points)}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className={`block overflow-visible ${tone}`}
    >
      <polygon points={area} fill="currentColor" opacity={0.12} />
      <polyline
        points={line}
        fill="none"
        stroke="currentColor"
        strokeWidth={1.5}
        strokeLinejoin="round"
        strokeLinecap="round"
      />
      <circle cx={lastX} cy={lastY} r={2} fill="currentColor" />
    </svg>
  );
}
