import { describe, expect, it } from 'vitest';
import { buildAndUnzip, texts, xmlError } from '../../lib/pptx/pptx-test-support';
import { SEED_INFO, SPARSE_INFO } from '../../testing/fixtures';
import { popularityScore } from '../../components/charts/chart-data';
import { CHART_TITLES as PAGE_TITLES } from './hashtag-charts';
import { CHART_TITLES, hashtagPptx } from './hashtag-pptx';
import { HASHTAG_PPTX_KIT } from './hashtag-pptx-kit';

const URL_TEXT = 'http://localhost:4304/hashtag/chatgpt?country=US&period=30';

describe('hashtagPptx', () => {
  it('title slide, the popularity line and the three audience charts, with notes', async () => {
    const pkg = await buildAndUnzip(
      hashtagPptx(
        {
          detail: SEED_INFO,
          scope: { country: 'US', period: 30 },
          source: 'live',
          url: URL_TEXT,
          theme: 'dark',
        },
        HASHTAG_PPTX_KIT,
      ),
    );
    expect(pkg.slides).toHaveLength(3);
    expect(texts(pkg.slides[0]!)).toContain('#chatgpt');
    expect(pkg.charts).toHaveLength(4);
    expect(pkg.charts[0]).toContain(`<c:ptCount val="${SEED_INFO.trend.length}"/>`);
    expect(texts(pkg.charts[0]!, 'c:v')).toContain('#chatgpt');
    expect(texts(pkg.charts[1]!, 'c:v')).toContain('Share of audience (%)');
    expect(pkg.charts[2]).toContain('<c:barDir val="bar"/>');
    for (const xml of pkg.notes) {
      const notes = texts(xml).join('\n');
      expect(notes).toContain(`URL: ${URL_TEXT}`);
      expect(notes).toContain('Source: Live TikTok Creative Center data');
      expect(notes).toContain('Filters: United States · Last 30 days');
    }
  });

  it('a sparse detail: fewer charts, still valid XML', async () => {
    const pkg = await buildAndUnzip(
      hashtagPptx(
        {
          detail: { ...SPARSE_INFO, hashtag_name: `a<b>&"'\u0002` },
          scope: { country: 'GB', period: 7 },
          source: 'demo',
          url: URL_TEXT,
          theme: 'light',
        },
        HASHTAG_PPTX_KIT,
      ),
    );
    expect(pkg.slides).toHaveLength(3);
    for (const [path, xml] of pkg.parts) expect({ path, error: xmlError(xml) }).toEqual({ path, error: undefined });
    expect(texts(pkg.slides[0]!)).toContain(`#a<b>&"'`);
  });

  it('uses the page’s chart titles and popularity scale (kept apart so the page’s chunks stay as they are)', () => {
    expect(CHART_TITLES).toEqual(PAGE_TITLES);
    const pkgValue = (v: number) => Math.round(v * 1000) / 10;
    for (const v of [0, 0.1234, 0.5, 0.99999, 1]) expect(pkgValue(v)).toBe(popularityScore(v));
  });
});
