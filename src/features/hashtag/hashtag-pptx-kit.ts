import { ageBars, countryBars, interestBars } from '../../components/charts/audience-data';
import { trendSummary } from '../../components/charts/chart-summary';
import { countryName, periodLabel } from '../../contract/constants';
import { formatDataAsOf, latestPointTime } from '../../lib/data-as-of';
import { fileSlug } from '../../lib/download';
import { formatCompact, formatDay } from '../../lib/format';

/**
 * What hashtag-pptx.ts needs of the app, handed over by the page on the press rather than imported:
 * a module the lazy export imported would be split out of the detail page's chunks by the bundler
 * (one more request and ~0.5 KB gzip on a page with 0.5 KB of budget left). Everything here is
 * already loaded with the page.
 */
export const HASHTAG_PPTX_KIT = {
  ageBars,
  countryBars,
  interestBars,
  trendSummary,
  countryName,
  periodLabel,
  formatDataAsOf,
  latestPointTime,
  fileSlug,
  formatCompact,
  formatDay,
};
export type HashtagPptxKit = typeof HASHTAG_PPTX_KIT;
