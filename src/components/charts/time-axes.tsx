import { formatDay } from '../../lib/format';
import { AXIS_TEXT, GRID_COLOR } from './chart-colors';
import { timeTicks } from './trend-rows';

/** What recharts hands a custom tick. */
export interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value: number };
}

export function tickText({ x, y }: TickProps, text: string, anchor: 'middle' | 'end', dy: string) {
  return (
    <text x={Number(x)} y={Number(y)} dy={dy} textAnchor={anchor} fill={AXIS_TEXT} fontSize={12}>
      {text}
    </text>
  );
}

/** Space kept per date label along the bottom ("Nov 23" is about 40 px at 12 px). */
const PX_PER_DATE_LABEL = 64;

/**
 * The time axis of every line chart over days, as `<XAxis>` props: fewer dates on a narrow chart, so
 * their labels never run into each other. `plotWidth` is the chart's width less the value axis and margins.
 */
export function dateAxisProps(rows: Parameters<typeof timeTicks>[0], plotWidth: number, locale: string | undefined) {
  return {
    dataKey: 'time',
    ticks: timeTicks(rows, 1 + Math.floor(plotWidth / PX_PER_DATE_LABEL)),
    interval: 0,
    tick: (props: TickProps) => tickText(props, formatDay(props.payload?.value ?? 0, locale), 'middle', '0.71em'),
    stroke: GRID_COLOR,
    tickLine: false,
  } as const;
}

/** A value axis tick: the value's text, right-aligned just left of the axis. */
export const valueTick = (text: (value: number) => string) => (props: TickProps) =>
  tickText({ ...props, x: Number(props.x) - 2 }, text(props.payload?.value ?? 0), 'end', '0.355em');
