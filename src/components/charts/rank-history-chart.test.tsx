import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { historyHashtagDataSchema } from '../../contract/history';
import { dayTime } from '../../lib/history-days';
import { HISTORY_HASHTAG_GAPS as gapsBody } from '../../testing/fixtures';
import { RankHistoryChart } from './rank-history-chart';
import { OUT_OF_TOP, rankRows, rankSummary, rankTable, rankTicks, type RankPoint } from './rank-history-data';

vi.setConfig({ testTimeout: 20_000 });

// The server's answer for a hashtag of the demo's US 7-day chart that left the top 100 twice
// (recorded by server/test-support/record-history-fixtures.ts), read with the browser's own schema.
const history = historyHashtagDataSchema.parse(gapsBody.data).info;
const points: RankPoint[] = history.points.map((p) => ({ time: dayTime(p.date), rank: p.rank }));
const ranks = history.points.map((p) => p.rank);

describe('rank history data', () => {
  it('the fixture has the gaps this chart is about', () => {
    expect(ranks).toHaveLength(30);
    expect(ranks.filter((r) => r === null)).toHaveLength(3);
    expect(history.recorded_since).toBe('2026-10-25');
  });

  it('leaves the rank out of a day out of the top 100, so the line breaks there', () => {
    const rows = rankRows(points);
    expect(rows).toHaveLength(30);
    expect(rows[4]).toEqual({ time: dayTime('2026-10-29') });
    expect(rows[3]).toEqual({ time: dayTime('2026-10-28'), rank: 100 });
  });

  it('ticks start at rank 1 and reach the worst rank shown', () => {
    expect(rankTicks(points)).toEqual([1, 25, 50, 75, 100]);
    expect(
      rankTicks([
        { time: 0, rank: 3 },
        { time: 1, rank: 12 },
      ]),
    ).toEqual([1, 5, 10, 15]);
    expect(rankTicks([{ time: 0, rank: 1 }])).toEqual([1, 2, 4, 6]);
  });

  it('the table has a row per recorded day, gaps in words', () => {
    const table = rankTable(points, (t) => new Date(t * 1000).toISOString().slice(0, 10));
    expect(table.columns).toEqual(['Date', 'Rank']);
    expect(table.rows).toHaveLength(30);
    expect(table.rows[0]).toEqual(['2026-10-25', 70]);
    expect(table.rows[4]).toEqual(['2026-10-29', OUT_OF_TOP]);
    expect(table.rows[29]).toEqual(['2026-11-23', 30]);
  });

  it('the summary says since when it is recorded, the best and the latest rank, and the days out', () => {
    expect(rankSummary(points, '2026-10-25', 'en-US')).toBe(
      'Recorded since Oct 25, 2026. Best rank 28 on Nov 21; rank 30 on Nov 23, the latest day. Out of the top 100 on 3 of 30 days.',
    );
  });
});

/** The y of each rank tick label, read from the drawn axis. */
function yTicks(container: HTMLElement): Map<string, number> {
  const labels = container.querySelectorAll('.recharts-yAxis-tick-labels text');
  return new Map([...labels].map((t) => [t.textContent ?? '', Number(t.getAttribute('y'))]));
}

describe('RankHistoryChart', () => {
  it('draws rank 1 at the top, the worst rank at the bottom, and breaks the line on days out of the top 100', async () => {
    const { container } = render(
      <div style={{ width: 800, height: 300 }}>
        <RankHistoryChart points={points} ariaLabel="Rank history" />
      </div>,
    );
    await waitFor(() => expect(container.querySelector('path.recharts-line-curve')).not.toBeNull());
    expect(screen.getByRole('application', { name: 'Rank history' })).toBeInTheDocument();

    // reversed axis: the best rank is drawn above the worst one
    const ticks = yTicks(container);
    expect([...ticks.keys()]).toEqual(['1', '25', '50', '75', '100']);
    expect(ticks.get('1')!).toBeLessThan(ticks.get('50')!);
    expect(ticks.get('50')!).toBeLessThan(ticks.get('100')!);

    // three ranked stretches: 25 Oct–28 Oct, 31 Oct–10 Nov, 12 Nov–23 Nov; one move-to per stretch
    const d = container.querySelector('path.recharts-line-curve')!.getAttribute('d') ?? '';
    expect(d.match(/M/g)).toHaveLength(3);
  });
});
