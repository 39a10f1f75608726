import { ageLabel, countryFlag, countryName, isKnownCountry } from '../../contract/constants';
import type { HashtagDetail } from '../../contract/schemas';
import type { BarDatum } from './chart-data';
import { decodeEntities } from '../../contract/decode-entities';

/** Age buckets in age order, labelled 18–24 / 25–34 / 35+ (scores are percentages). */
export function ageBars(detail: HashtagDetail): BarDatum[] {
  return [...detail.audience_ages]
    .sort((a, b) => a.age_level - b.age_level)
    .map((a) => ({ id: String(a.age_level), label: ageLabel(a.age_level), value: a.score }));
}

/** Interests, highest first (scores are relative weights). */
export function interestBars(detail: HashtagDetail): BarDatum[] {
  return [...detail.audience_interests]
    .sort((a, b) => b.score - a.score)
    .map((i) => ({ id: String(i.interest_info.id), label: decodeEntities(i.interest_info.value), value: i.score }));
}

/** Countries, highest first, with friendly names and flags (`label` is the ISO-2 code). */
export function countryBars(detail: HashtagDetail): BarDatum[] {
  return [...detail.audience_countries]
    .sort((a, b) => b.score - a.score)
    .map((c) => {
      const code = (c.country_info.label ?? '').toUpperCase();
      const label = isKnownCountry(code) ? countryName(code) : c.country_info.value;
      const icon = countryFlag(code);
      return { id: code || String(c.country_info.id), label, value: c.score, ...(icon ? { icon } : {}) };
    });
}
