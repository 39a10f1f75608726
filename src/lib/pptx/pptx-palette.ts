import type { PptxTheme } from './pptx-model';

/**
 * The app's colours (src/index.css, light and dark) as PowerPoint wants them: hex without '#'.
 * pptx-palette.test.ts keeps them equal to index.css.
 */
export interface PptxPalette {
  surface: string;
  surfaceMuted: string;
  ink: string;
  inkMuted: string;
  line: string;
  accent: string;
  grid: string;
  /** --chart-1 … --chart-5, the series colours in order (chart-colors.ts). */
  series: readonly string[];
}

export const PPTX_PALETTES: Record<PptxTheme, PptxPalette> = {
  light: {
    surface: 'FFFFFF',
    surfaceMuted: 'F1F5F9',
    ink: '0F172A',
    inkMuted: '475569',
    line: 'CBD5E1',
    accent: '0F766E',
    grid: 'E2E8F0',
    series: ['0F766E', 'C2410C', '6D28D9', 'BE185D', '1D4ED8'],
  },
  dark: {
    surface: '0B1120',
    surfaceMuted: '1E293B',
    ink: 'F1F5F9',
    inkMuted: 'A3B1C6',
    line: '334155',
    accent: '2DD4BF',
    grid: '1E293B',
    series: ['2DD4BF', 'FB923C', 'C4B5FD', 'F9A8D4', '93C5FD'],
  },
};
