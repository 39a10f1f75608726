import { describe, expect, it } from 'vitest';
import css from '../../index.css?raw';
import { xmlSafe } from './build-pptx';
import type { PptxDeck } from './pptx-model';
import { speakerNotes } from './pptx-model';
import { PPTX_PALETTES } from './pptx-palette';
import { buildAndUnzip, texts, xmlError } from './pptx-test-support';

const HOSTILE = `<script>&"'\u0001\u0007\u001b\uFFFE\uD800x</script>`;

function deck(name: string, theme: 'light' | 'dark' = 'light'): PptxDeck {
  const notes = speakerNotes(
    {
      source: 'demo',
      dataAsOf: 'Nov 30, 2025',
      filters: 'United States · Last 7 days',
      url: 'http://localhost/x?a=1&b=2',
    },
    [`About #${name}`],
  );
  return {
    theme,
    title: `#${name}`,
    cover: { kicker: 'TikTok hashtag trends', title: `#${name}`, lines: [`#${name} in the US`], notes },
    slides: [
      {
        kicker: `#${name} · United States`,
        title: `#${name}`,
        takeaway: `#${name} is at its peak`,
        figures: [{ label: `Posts of #${name}`, value: '1.2K' }],
        charts: [
          {
            kind: 'line',
            title: `Popularity of #${name}`,
            labels: ['1 Dec', `2 Dec ${name}`, '3 Dec'],
            series: [
              { name: `#${name}`, values: [10, 100, 50], colorIndex: 0 },
              { name: '#other', values: [5, 20, 30], colorIndex: 1 },
            ],
            maxValue: 100,
          },
          {
            kind: 'bar',
            title: 'Countries',
            labels: [name, 'Japan'],
            series: [{ name: 'Score', values: [3, 2], colorIndex: 4 }],
          },
        ],
        table: { columns: ['Hashtag', 'Posts'], rows: [[`#${name}`, '3']] },
        notes,
      },
      { title: 'Lists', columns: [{ heading: name, lines: [name, 'b'] }], lines: [name], notes },
    ],
  };
}

describe('buildPptx', () => {
  it('writes a title slide, the slides, native charts with their points and series names, and notes', async () => {
    const pkg = await buildAndUnzip(deck('chatgpt'));
    expect(pkg.slides).toHaveLength(3);
    expect(pkg.notes).toHaveLength(3);
    expect(pkg.charts).toHaveLength(2);
    // the line chart: 2 series × 3 points, their names and the categories inside the chart
    const line = pkg.charts[0]!;
    expect(line).toContain('<c:lineChart>');
    expect(line.match(/<c:ser>/g)).toHaveLength(2);
    expect(line).toMatch(/<c:ptCount val="3"\/>/);
    expect(texts(line, 'c:v')).toEqual(expect.arrayContaining(['#chatgpt', '#other', '1 Dec', '10', '100', '50']));
    // each chart carries its own workbook, so PowerPoint can edit the data
    expect([...pkg.zip.file(/^ppt\/embeddings\/.*\.xlsx$/)]).toHaveLength(2);
    expect(pkg.charts[1]).toContain('<c:barDir val="bar"/>');
    const notes = texts(pkg.notes[1]!).join('\n');
    expect(notes).toContain('URL: http://localhost/x?a=1&b=2');
    expect(notes).toContain('Source: Demo data');
    expect(notes).toContain('Data as of: Nov 30, 2025');
    expect(notes).toContain('Filters: United States · Last 7 days');
  });

  it('uses the theme colours: the slide background and the app’s series colours in order', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const p = PPTX_PALETTES[theme];
      const pkg = await buildAndUnzip(deck('x', theme));
      expect(pkg.slides[1]).toContain(`<p:bg><p:bgPr><a:solidFill><a:srgbClr val="${p.surface}"/>`);
      const series = [...pkg.charts[0]!.matchAll(/<c:ser>[\s\S]*?<a:srgbClr val="([0-9A-F]{6})"/g)].map((m) => m[1]);
      expect(series).toEqual([p.series[0], p.series[1]]);
      expect(pkg.charts[1]).toContain(`<a:srgbClr val="${p.series[4]}"/>`);
    }
  });

  it('escapes a hostile hashtag name and drops the characters XML cannot hold', async () => {
    // the check below can fail: the parser rejects what pptxgenjs alone would write
    expect(xmlError('<a:t xmlns:a="urn:a">\u0001</a:t>')).toBeDefined();
    expect(xmlError('<a:t xmlns:a="urn:a"><script></a:t>')).toBeDefined();
    const pkg = await buildAndUnzip(deck(HOSTILE));
    for (const [path, xml] of pkg.parts) {
      expect({ path, error: xmlError(xml) }).toEqual({ path, error: undefined });
      // eslint-disable-next-line no-control-regex
      expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    }
    const clean = `<script>&"'x</script>`;
    expect(texts(pkg.slides[1]!)).toContain(`#${clean}`);
    expect(pkg.slides[1]).toContain('#&lt;script&gt;&amp;&quot;&apos;x&lt;/script&gt;');
    expect(texts(pkg.charts[0]!, 'c:v')).toContain(`#${clean}`);
    expect(texts(pkg.notes[0]!).join('\n')).toContain(`About #${clean}`);
    expect(pkg.parts.get('docProps/core.xml')).toContain('#&lt;script&gt;');
  });

  it('xmlSafe keeps tabs, line breaks and surrogate pairs', () => {
    expect(xmlSafe('a\tb\nc\r😀\u0000\uDC00')).toBe('a\tb\nc\r😀');
  });
});

/** The custom properties of the first rule whose selector is exactly `selector` (as theme-contrast.test.ts). */
function variables(selector: string): Map<string, string> {
  const match = new RegExp(`(^|\\n)\\s*${selector.replace('.', '\\.')}\\s*\\{([^}]*)\\}`).exec(css);
  if (!match) throw new Error(`no rule for ${selector}`);
  return new Map([...match[2]!.matchAll(/--([\w-]+):\s*#([0-9a-f]{6})\b/gi)].map((m) => [m[1]!, m[2]!.toUpperCase()]));
}

describe('PPTX_PALETTES', () => {
  it.each([
    ['light', ':root'],
    ['dark', '.dark'],
  ] as const)('%s equals index.css %s', (theme, selector) => {
    const v = variables(selector);
    const p = PPTX_PALETTES[theme];
    expect(p).toEqual({
      surface: v.get('color-surface'),
      surfaceMuted: v.get('color-surface-muted'),
      ink: v.get('color-ink'),
      inkMuted: v.get('color-ink-muted'),
      line: v.get('color-line'),
      accent: v.get('color-accent'),
      grid: v.get('chart-grid'),
      series: [1, 2, 3, 4, 5].map((i) => v.get(`chart-${i}`)),
    });
  });
});
