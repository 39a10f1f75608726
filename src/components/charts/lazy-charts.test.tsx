import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { TrendSeries } from './chart-data';
import { LazyBarChart, LazyRankHistoryChart, LazyTrendLineChart } from './lazy-charts';

vi.setConfig({ testTimeout: 20_000 });

const DAY = 86_400;
const start = Date.UTC(2026, 10, 17) / 1000;
const values = [0.2, 0.5, 1, 0.9, 0.6, 0.4, 0.3];
const series: TrendSeries[] = [
  { id: 'popularity', label: '#chatgpt', points: values.map((value, i) => ({ time: start + i * DAY, value })) },
];
const bars = [
  { id: 'a', label: '18–24', value: 52 },
  { id: 'b', label: '25–34', value: 15 },
  { id: 'c', label: '35+', value: 33 },
];

/** A chart box with a size, as a ChartFigure gives it. */
const sized = (chart: React.ReactNode) => <div style={{ width: 800, height: 300 }}>{chart}</div>;

describe('charts drawn with the page', () => {
  it('are in the server’s HTML: a popularity curve with its axes, dates and peak, and no recharts', () => {
    const html = renderToString(<LazyTrendLineChart series={series} ariaLabel="Popularity over time: peaked" />);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const svg = doc.querySelector('svg.chart-static')!;
    expect(svg.getAttribute('aria-label')).toBe('Popularity over time: peaked');
    expect(svg.getAttribute('data-margin')).toBe('28 24 34 36');
    const d = svg.querySelector('path.chart-line')!.getAttribute('d')!;
    // a smooth curve through the 7 days, from the left edge to the right one
    expect(d).toMatch(/^M0,800C/);
    expect(d).toMatch(/,700$/);
    expect([...svg.querySelectorAll('.chart-value-axis text')].map((t) => t.textContent)).toEqual([
      '0',
      '25',
      '50',
      '75',
      '100',
    ]);
    // every date-label set (one per width range) ends with the latest day
    const sets = [...svg.querySelectorAll('.chart-date-axis > g')];
    expect(sets).toHaveLength(6);
    for (const set of sets) expect(set.lastElementChild?.textContent).toBe('Nov 23');
    expect(sets[5]!.children).toHaveLength(7);
    expect(svg.querySelector('.chart-peak text')?.textContent).toBe('Peak 100');
    expect(html).not.toContain('recharts');
  });

  it('draws a bar per category with its value written on it', () => {
    const html = renderToString(
      <LazyBarChart
        bars={bars}
        orientation="vertical"
        ariaLabel="Audience age"
        valueName="Share"
        formatValue={(v) => `${v}%`}
      />,
    );
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const drawn = [...doc.querySelectorAll('svg.chart-static .chart-bar')];
    expect(drawn.map((g) => [...g.querySelectorAll('text')].map((t) => t.textContent))).toEqual([
      ['52%', '18–24'],
      ['15%', '25–34'],
      ['33%', '35+'],
    ]);
    // the tallest bar reaches the top of the plot, the others in proportion
    expect(drawn.map((g) => g.querySelector('rect')!.getAttribute('height'))).toEqual(['100%', '28.846%', '63.462%']);
  });

  it('breaks the rank line on days out of the top 100 and puts rank 1 at the top', () => {
    const ranks = [5, 3, null, 1, 2, null, 4];
    const html = renderToString(
      <LazyRankHistoryChart
        points={ranks.map((rank, i) => ({ time: start + i * DAY, rank }))}
        ariaLabel="Rank history"
      />,
    );
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const d = doc.querySelector('svg.chart-static path.chart-line')!.getAttribute('d')!;
    expect(d.match(/M/g)).toHaveLength(3);
    const ticks = [...doc.querySelectorAll('.chart-value-axis text')].map((t) => [t.textContent, t.getAttribute('y')]);
    expect(ticks[0]).toEqual(['1', '0%']);
    expect(ticks[ticks.length - 1]).toEqual(['6', '100%']); // the worst rank, 5, on a nice axis
  });
});

describe('a chart a reader points at', () => {
  it('becomes recharts’ chart, in the same place, and stays so', async () => {
    const { container } = render(sized(<LazyTrendLineChart series={series} ariaLabel="Popularity over time" />));
    expect(container.querySelector('svg.chart-static')).not.toBeNull();
    expect(container.querySelector('.recharts-wrapper')).toBeNull();
    fireEvent.pointerEnter(container.querySelector('svg.chart-static')!.closest('[data-chart-box]')!.parentElement!);
    await waitFor(() => expect(container.querySelector('.recharts-wrapper path.recharts-line-curve')).not.toBeNull());
    expect(container.querySelector('svg.chart-static')).toBeNull();
  });

  it('on a touch screen, waits for a tap: a finger scrolling the page past it loads nothing', async () => {
    const { container } = render(
      sized(
        <LazyRankHistoryChart
          points={[
            { time: start, rank: 3 },
            { time: start + DAY, rank: 1 },
          ]}
          ariaLabel="Rank history"
        />,
      ),
    );
    const box = container.querySelector('[data-chart-box]')!.parentElement!;
    fireEvent.pointerEnter(box, { pointerType: 'touch' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(container.querySelector('.recharts-wrapper')).toBeNull();
    fireEvent.pointerUp(container.querySelector('svg.chart-static')!, { pointerType: 'touch' }); // a tap (a scroll ends in pointercancel)
    await waitFor(() => expect(container.querySelector('.recharts-wrapper path.recharts-line-curve')).not.toBeNull());
  });

  it('does not pull focus back to a chart the reader tabbed past while recharts was on its way', async () => {
    const { container } = render(
      <>
        {sized(<LazyTrendLineChart series={series} ariaLabel="Popularity over time" />)}
        <button type="button">Show table</button>
      </>,
    );
    screen.getByRole('img', { name: 'Popularity over time' }).focus();
    screen.getByRole('button', { name: 'Show table' }).focus();
    await waitFor(() => expect(container.querySelector('.recharts-wrapper path.recharts-line-curve')).not.toBeNull());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Show table' }));
  });

  it('focused from the keyboard, hands the focus to recharts’ chart (its keys walk the days)', async () => {
    render(
      sized(<LazyBarChart bars={bars} orientation="horizontal" ariaLabel="Audience countries" valueName="Score" />),
    );
    const still = screen.getByRole('img', { name: 'Audience countries' });
    still.focus();
    await waitFor(() => expect(document.activeElement).toHaveClass('recharts-surface'));
    expect(document.activeElement).toHaveAttribute('aria-label', 'Audience countries');
  });
});
