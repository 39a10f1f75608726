import { industryName } from './constants';
import { decodeEntities } from './decode-entities';
import type { HashtagDetail } from './schemas';

// The words a hashtag page shows about the hashtag itself, for the page (src/features/hashtag/hashtag-about.tsx)
// and its link preview (src/entry-server.tsx, the description in the page's <head>).

/** The hashtag's industry: our name for its id, else the provider's label, else undefined. */
export function hashtagIndustry(detail: HashtagDetail): string | undefined {
  const info = detail.industry_info;
  if (!info) return undefined;
  return industryName(String(info.id)) ?? (info.value ? decodeEntities(info.value) : undefined);
}

/** The provider's description as plain text (entities decoded), or '' when there is none. */
export function hashtagDescription(detail: HashtagDetail): string {
  return detail.description ? decodeEntities(detail.description).trim() : '';
}
