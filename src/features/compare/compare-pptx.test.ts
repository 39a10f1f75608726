import { describe, expect, it } from 'vitest';
import { PPTX_PALETTES } from '../../lib/pptx/pptx-palette';
import { buildAndUnzip, texts } from '../../lib/pptx/pptx-test-support';
import { SEED_INFO } from '../../testing/fixtures';
import { comparePptx } from './compare-pptx';

const hashtags = ['chatgpt', 'ai', 'openai'].map((name, index) => ({
  name,
  index: index * 2, // as if the 2nd and 4th tags had failed: colours stay by URL position
  detail: { ...SEED_INFO, hashtag_name: name },
}));

describe('comparePptx', () => {
  it.each(['relative', 'posts'] as const)(
    '%s: one line per hashtag in its series colour, ages, figures',
    async (mode) => {
      const pkg = await buildAndUnzip(
        comparePptx({
          hashtags,
          scope: { country: 'US', period: 7 },
          mode,
          source: 'demo',
          url: 'http://x/compare',
          theme: 'light',
        }),
      );
      expect(pkg.slides).toHaveLength(4);
      expect(pkg.charts).toHaveLength(2);
      const line = pkg.charts[0]!;
      expect(line.match(/<c:ser>/g)).toHaveLength(3);
      expect(texts(line, 'c:v')).toEqual(expect.arrayContaining(['#chatgpt', '#ai', '#openai']));
      expect(line).toContain(`<c:ptCount val="${SEED_INFO.trend.length}"/>`);
      const colours = [...line.matchAll(/<c:ser>[\s\S]*?<a:srgbClr val="([0-9A-F]{6})"/g)].map((m) => m[1]);
      const p = PPTX_PALETTES.light.series;
      expect(colours).toEqual([p[0], p[2], p[4]]);
      expect(pkg.charts[1]!.match(/<c:ser>/g)).toHaveLength(3);
      expect(texts(pkg.slides[3]!)).toContain('Headline figures side by side');
      expect(texts(pkg.notes[1]!).join('\n')).toContain('URL: http://x/compare');
    },
  );
});
