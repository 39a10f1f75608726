import { countryName, industryName, periodLabel, rankChangeWords } from '../../contract/constants';
import type { HashtagListItem } from '../../contract/schemas';
import { csvBlob, toCsv } from '../../lib/csv';
import { downloadBlob, fileSlug } from '../../lib/download';
import type { ExplorerFilters } from './url-state';

/** The filters every exported row was fetched under. */
export interface ResultsCsvFilters {
  /** ISO-2 code, e.g. "US"; written as its friendly name. */
  country: string;
  /** Days, e.g. 7; written as "7 days". */
  period: number;
  /** 11-digit industry id when the list is filtered by one; only used in the file name. */
  industry?: string;
}

export const RESULTS_CSV_HEADER = [
  'rank',
  'hashtag',
  'industry',
  'posts',
  'views',
  'rank change',
  'promoted',
  'country',
  'period',
] as const;

function industryOf(item: HashtagListItem): string {
  const info = item.industry_info;
  if (!info) return '';
  return industryName(String(info.id)) ?? info.value;
}

/**
 * The explorer's current results as CSV (RFC 4180, CRLF, header row): rank, hashtag (without "#"),
 * industry name, exact posts and views, rank change in words ("up 3", "down 2", "no change", "new";
 * empty when unknown), promoted ("yes"/"no"), country name and period ("7 days").
 * Rows are written in the order given, so sorting and searching on screen carry over.
 */
export function resultsCsv(rows: readonly HashtagListItem[], filters: ResultsCsvFilters): string {
  const country = countryName(filters.country);
  const period = periodLabel(filters.period);
  return toCsv(
    RESULTS_CSV_HEADER,
    rows.map((item) => [
      item.rank,
      item.hashtag_name,
      industryOf(item),
      item.publish_cnt,
      item.video_views,
      rankChangeWords(item.rank_diff_type, item.rank_diff) ?? '',
      item.is_promoted ? 'yes' : 'no',
      country,
      period,
    ]),
  );
}

/** "trending-hashtags-us-7-days[-<industry>].csv" */
export function resultsCsvFileName(filters: ResultsCsvFilters): string {
  const industry = filters.industry ? (industryName(filters.industry) ?? filters.industry) : undefined;
  return `${fileSlug('trending hashtags', filters.country, periodLabel(filters.period), ...(industry ? [industry] : []))}.csv`;
}

/** `hashtags-us-7-days-page-1.csv`, with the industry and "new" when the list is narrowed by them. */
export function explorerCsvFileName(
  filters: Pick<ExplorerFilters, 'country' | 'period' | 'industry' | 'newOnly' | 'page'>,
): string {
  const industry = filters.industry ? (industryName(filters.industry) ?? filters.industry) : undefined;
  return `${fileSlug(
    'hashtags',
    filters.country,
    periodLabel(filters.period),
    ...(industry ? [industry] : []),
    ...(filters.newOnly ? ['new'] : []),
    'page',
    String(filters.page),
  )}.csv`;
}

/** Downloads `rows` (the rows shown, sorted and filtered as on screen) as the explorer's CSV file. */
export function downloadResultsCsv(rows: readonly HashtagListItem[], filters: ExplorerFilters): void {
  downloadBlob(csvBlob(resultsCsv(rows, filters)), explorerCsvFileName(filters));
}
