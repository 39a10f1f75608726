import { describe, expect, it } from 'vitest';
import css from '../../index.css?raw';

/**
 * WCAG AA for the theme colours, read from src/index.css itself so a future colour change that
 * breaks contrast fails here: text >= 4.5:1, chart series and focus rings (non-text) >= 3:1,
 * in light, dark and print.
 */

/** The custom properties of the first rule whose selector list is exactly `selector`. */
function variables(selector: string, source = css): Map<string, string> {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/,\s*/g, ',\\s*');
  const match = new RegExp(`(^|\\n)\\s*${escaped}\\s*\\{([^}]*)\\}`).exec(source);
  if (!match) throw new Error(`no rule for ${selector} in index.css`);
  return new Map(
    [...match[2]!.matchAll(/--([\w-]+):\s*(#[0-9a-f]{3,8})\b/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]),
  );
}

function printBlock(): string {
  const start = css.indexOf('@media print');
  if (start < 0) throw new Error('no @media print block');
  return css.slice(start);
}

function luminance(hex: string): number {
  let h = hex.replace('#', '');
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  const [r, g, b] = [0, 2, 4]
    .map((i) => parseInt(h.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const light = variables(':root');
const themes = {
  light,
  // dark and print only override: anything they leave out is the light value
  dark: new Map([...light, ...variables('.dark')]),
  print: new Map([...light, ...variables(':root, .dark', printBlock())]),
};

const TEXT = ['color-ink', 'color-ink-muted', 'color-accent-ink', 'color-up', 'color-down', 'color-warn'];
const BACKGROUNDS = ['color-surface', 'color-surface-muted'];
const NON_TEXT = [
  'chart-1',
  'chart-2',
  'chart-3',
  'chart-4',
  'chart-5',
  'color-focus',
  'color-accent',
  'color-control',
];

describe('contrast()', () => {
  it('matches the WCAG reference values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#fff', '#ffffff')).toBe(1);
  });
});

describe.each(Object.entries(themes))('%s theme colours', (_name, vars) => {
  const get = (key: string) => {
    const value = vars.get(key);
    if (!value) throw new Error(`--${key} is not defined`);
    return value;
  };

  it.each(TEXT.flatMap((fg) => BACKGROUNDS.map((bg) => [fg, bg])))('text --%s on --%s is at least 4.5:1', (fg, bg) => {
    expect(contrast(get(fg!), get(bg!))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(NON_TEXT)('--%s against the surface is at least 3:1', (key) => {
    expect(contrast(get(key), get('color-surface'))).toBeGreaterThanOrEqual(3);
  });

  it('the primary button (surface text on accent) is at least 4.5:1', () => {
    expect(contrast(get('color-surface'), get('color-accent'))).toBeGreaterThanOrEqual(4.5);
  });

  it('the five series colours are distinct', () => {
    expect(new Set(['chart-1', 'chart-2', 'chart-3', 'chart-4', 'chart-5'].map(get)).size).toBe(5);
  });
});

describe('print', () => {
  it('is light whatever the screen theme', () => {
    expect(themes.print.get('color-surface')).toBe('#ffffff');
    expect(luminance(themes.print.get('color-ink')!)).toBeLessThan(0.05);
  });
});
