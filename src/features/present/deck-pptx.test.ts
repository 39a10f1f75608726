import { describe, expect, it } from 'vitest';
import { historyChangesDataSchema } from '../../contract/history';
import type { HashtagDetail } from '../../contract/schemas';
import { buildPptx } from '../../lib/pptx/build-pptx';
import { buildAndUnzip, texts, unzipPptx, xmlError } from '../../lib/pptx/pptx-test-support';
import { HISTORY_CHANGES_US7, LIST_PAGE_ITEMS, SEED_INFO } from '../../testing/fixtures';
import { buildSlides, deckEntries, weekOfChanges } from './deck-data';
import { deckPptx, rankChangeWords, slideUrl, type DeckPptxInput } from './deck-pptx';
import { parseDeckParams } from './deck-params';

const URL_BASE = 'http://localhost:4304/present?country=US&period=7';

function input(search: string, extra: Partial<DeckPptxInput> = {}): DeckPptxInput {
  const { filters } = parseDeckParams(new URLSearchParams(search));
  const list = LIST_PAGE_ITEMS;
  const entries = deckEntries(filters.tags, list);
  // every presented hashtag gets the seed's detail (30 daily points, three age groups) under its own name
  const details = new Map<string, HashtagDetail>(entries.map((e) => [e.name, { ...SEED_INFO, hashtag_name: e.name }]));
  return {
    filters,
    slides: buildSlides(filters, entries),
    entries,
    list,
    details,
    source: 'demo',
    url: `${URL_BASE}&slide=3`,
    theme: 'light',
    ...extra,
  };
}

describe('deckPptx', () => {
  it('makes the 13-slide deck a .pptx: slides, takeaways, native charts, notes', async () => {
    const deckInput = input('country=US&period=7');
    expect(deckInput.slides).toHaveLength(13);
    const data = (await buildPptx(deckPptx(deckInput)).write({ outputType: 'arraybuffer' })) as ArrayBuffer;
    const pkg = await unzipPptx(data);

    expect(pkg.slides).toHaveLength(13);
    const first = deckInput.entries[0]!;
    expect(texts(pkg.slides[0]!)).toContain('United States');
    expect(texts(pkg.slides[1]!)).toContain('Top movers');
    // slide 3: the first hashtag, its takeaway as text (the seed ends at its peak: "…at its peak")
    const third = texts(pkg.slides[2]!);
    expect(third).toContain(`#${first.name}`);
    expect(third.some((t) => /aged 18–24|at its peak|of its peak/.test(t))).toBe(true);
    expect(texts(pkg.slides[12]!)).toContain('Summary');

    // two native charts per hashtag: popularity (30 points, 0–100) and audience age (3 bars)
    expect(pkg.charts).toHaveLength(20);
    const line = pkg.charts[0]!;
    expect(line).toContain('<c:lineChart>');
    expect(line).toContain(`<c:ptCount val="${SEED_INFO.trend.length}"/>`);
    expect(texts(line, 'c:v')).toContain(`#${first.name}`);
    const values = [...line.matchAll(/<c:val>[\s\S]*?<\/c:val>/g)][0]![0];
    expect(values.match(/<c:pt /g)).toHaveLength(SEED_INFO.trend.length);
    const ages = pkg.charts[1]!;
    expect(ages).toContain('<c:barDir val="col"/>');
    expect(ages).toContain(`<c:ptCount val="${SEED_INFO.audience_ages.length}"/>`);
    expect(texts(ages, 'c:v')).toEqual(expect.arrayContaining(['Share of audience (%)', '18–24']));

    // notes: source, data date, filters and each slide's own URL
    expect(pkg.notes).toHaveLength(13);
    pkg.notes.forEach((xml, i) => {
      const notes = texts(xml).join('\n');
      expect(notes).toContain('Source: Demo data');
      expect(notes).toMatch(/Data as of: \w{3} \d{1,2}, \d{4}/);
      expect(notes).toContain('Filters: United States · All industries · Last 7 days');
      expect(notes).toContain(`URL: ${slideUrl(URL_BASE, i)}`);
    });
    expect(texts(pkg.notes[0]!).join('\n')).toContain(`URL: ${URL_BASE}\n`.trim());
  });

  it('adds "What changed this week" when the history is there, and says live data', async () => {
    const changes = weekOfChanges(historyChangesDataSchema.parse(HISTORY_CHANGES_US7.data).info);
    expect(changes).toBeDefined();
    const base = input('country=US&period=7');
    const pkg = await buildAndUnzip(
      deckPptx({ ...base, slides: buildSlides(base.filters, base.entries, changes), source: 'live' }),
    );
    expect(pkg.slides).toHaveLength(14);
    expect(texts(pkg.slides[12]!)).toContain('What changed this week');
    expect(texts(pkg.notes[12]!).join('\n')).toContain('Source: Live TikTok Creative Center data');
  });

  it('escapes a hostile hand-picked name in slides, charts, table and notes', async () => {
    const hostile = `<script>&"'\u0001\u001bx`;
    const base = input(`country=US&period=7&tags=${encodeURIComponent(hostile)}`);
    expect(base.entries.map((e) => e.name)).toEqual([hostile]);
    const pkg = await buildAndUnzip(deckPptx(base));
    expect(pkg.slides).toHaveLength(4);
    for (const [path, xml] of pkg.parts) expect({ path, error: xmlError(xml) }).toEqual({ path, error: undefined });
    const clean = `#<script>&"'x`;
    expect(texts(pkg.slides[2]!)).toContain(clean);
    expect(texts(pkg.charts[0]!, 'c:v')).toContain(clean);
    expect(texts(pkg.slides[3]!)).toContain(clean);
    expect(pkg.slides[2]).toContain('#&lt;script&gt;&amp;&quot;&apos;x');
    expect(texts(pkg.notes[0]!).join('\n')).toContain(`Hashtags: ${clean}`);
  });

  it('rankChangeWords and slideUrl', () => {
    expect([
      rankChangeWords(1, 3),
      rankChangeWords(3, -2),
      rankChangeWords(4, undefined),
      rankChangeWords(2, 0),
    ]).toEqual(['Up 3', 'Down 2', 'New', 'Same']);
    expect(slideUrl(`${URL_BASE}&slide=5`, 0)).toBe(URL_BASE);
    expect(slideUrl(URL_BASE, 3)).toBe(`${URL_BASE}&slide=4`);
  });
});
