import { z } from 'zod';
import { COUNTRY_CODE_PATTERN, INDUSTRY_ID_PATTERN, PERIODS } from './constants';

// zod probes `new Function('')` to decide whether to compile parsers; under our CSP
// (script-src 'self', no unsafe-eval) that probe is a logged CSP violation. Parse without it.
z.config({ jitless: true });

/**
 * Ids arrive as numeric strings or as bare JSON numbers. A number is only accepted when it is a safe
 * integer: a bigger one has already been rounded by JSON.parse and must be parsed losslessly upstream.
 */
export const idSchema = z.union([
  z.string().regex(/^\d+$/, 'expected a numeric id'),
  z
    .number()
    .int()
    .nonnegative('expected a numeric id')
    .refine(Number.isSafeInteger, 'id beyond 2^53 was rounded: parse the text losslessly')
    .transform(String),
]);

const count = z.number().nonnegative();

export const labelledOptionSchema = z.object({
  id: idSchema.or(z.string()),
  value: z.string(),
  label: z.string().optional(),
});

export const trendPointSchema = z.object({ time: z.number(), value: z.number() });

export const creatorSchema = z.object({
  nick_name: z.string().optional(),
  avatar_url: z.string().optional(),
});

export const hashtagListItemSchema = z.object({
  hashtag_id: idSchema,
  hashtag_name: z.string(),
  country_info: labelledOptionSchema.optional(),
  industry_info: labelledOptionSchema.optional(),
  is_promoted: z.boolean().default(false),
  trend: z.array(trendPointSchema).default([]),
  creators: z.array(creatorSchema).optional(),
  publish_cnt: count,
  video_views: count,
  rank: z.number().int(),
  rank_diff: z.number().int().optional(),
  rank_diff_type: z.number().int().optional(),
});

export const paginationSchema = z.object({
  page: z.number().int(),
  size: z.number().int(),
  total: z.number().int(),
  has_more: z.boolean(),
});

export const hashtagListDataSchema = z.object({
  list: z.array(hashtagListItemSchema),
  pagination: paginationSchema,
});

export const audienceAgeSchema = z.object({ age_level: z.number().int(), score: z.number() });
export const audienceInterestSchema = z.object({
  interest_info: labelledOptionSchema,
  score: z.number(),
});
export const audienceCountrySchema = z.object({
  country_info: labelledOptionSchema,
  score: z.number(),
});
export const relatedHashtagSchema = z.object({
  hashtag_id: idSchema,
  hashtag_name: z.string(),
  video_url: z.string().optional(),
});
export const relatedItemSchema = z.object({
  item_id: idSchema,
  cover_uri: z.string().optional(),
});

export const hashtagDetailSchema = z.object({
  hashtag_id: idSchema,
  hashtag_name: z.string(),
  video_url: z.string().optional(),
  description: z.string().optional(),
  country_info: labelledOptionSchema.optional(),
  industry_info: labelledOptionSchema.optional(),
  is_promoted: z.boolean().default(false),
  trend: z.array(trendPointSchema).default([]),
  publish_cnt: count,
  video_views: count,
  publish_cnt_all: count.optional(),
  video_views_all: count.optional(),
  longevity: z
    .object({ popular_days: z.number(), current_popularity: z.number() })
    .optional(),
  audience_ages: z.array(audienceAgeSchema).default([]),
  audience_interests: z.array(audienceInterestSchema).default([]),
  audience_countries: z.array(audienceCountrySchema).default([]),
  related_hashtags: z.array(relatedHashtagSchema).default([]),
  related_items: z.array(relatedItemSchema).default([]),
});

export const hashtagDetailDataSchema = z.object({ info: hashtagDetailSchema });

/** TikTok's own envelope: the one shape our API sends. */
function envelope<T extends z.ZodType>(data: T) {
  return z.object({
    code: z.literal(0),
    msg: z.string().default('OK'),
    request_id: z.string().optional(),
    data,
  });
}
export const hashtagListResponseSchema = envelope(hashtagListDataSchema);
export const hashtagDetailResponseSchema = envelope(hashtagDetailDataSchema);

export const errorBodySchema = z.object({
  code: z.number(),
  msg: z.string(),
  request_id: z.string().optional(),
});

export type HashtagListItem = z.infer<typeof hashtagListItemSchema>;
export type HashtagList = z.infer<typeof hashtagListDataSchema>;
export type HashtagDetail = z.infer<typeof hashtagDetailSchema>;
export type TrendPoint = z.infer<typeof trendPointSchema>;
export type Pagination = z.infer<typeof paginationSchema>;
export type ErrorBody = z.infer<typeof errorBodySchema>;

// ---- Query parameters of our API (and the only ones that travel upstream) ----

const intParam = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `${name} must be a whole number`)
    .transform(Number)
    .pipe(z.number().int().min(min, `${name} must be at least ${min}`).max(max, `${name} must be at most ${max}`));

const periodParam = z
  .string()
  .refine((v) => (PERIODS as readonly number[]).includes(Number(v)) && /^\d+$/.test(v), {
    message: `period must be one of ${PERIODS.join(', ')}`,
  })
  .transform(Number);

const countryParam = z
  .string()
  .regex(COUNTRY_CODE_PATTERN, 'country_code must be a two-letter upper-case ISO code such as US');

export const listParamsSchema = z.object({
  page: intParam('page', 1, 1000).default(1),
  limit: intParam('limit', 1, 100).default(20),
  period: periodParam.default(7),
  country_code: countryParam.default('US'),
  industry_id: z
    .string()
    .refine((v) => v === '' || INDUSTRY_ID_PATTERN.test(v), 'industry_id must be an 11-digit id or empty')
    .optional()
    .transform((v) => v || undefined),
  filter_by: z
    .literal('new_on_board', { message: 'filter_by only accepts new_on_board' })
    .optional(),
});

export const detailParamsSchema = z.object({
  hashtag_name: z
    .string({ message: 'hashtag_name is required' })
    .transform((v) => v.trim().replace(/^#/, ''))
    .pipe(z.string().min(1, 'hashtag_name must not be empty').max(200, 'hashtag_name is too long')),
  period: periodParam.default(7),
  country_code: countryParam.default('US'),
});

export type ListParams = z.output<typeof listParamsSchema>;
export type DetailParams = z.output<typeof detailParamsSchema>;

/** The first issue as "field.path: message", for 400s and typed client errors. */
export function describeIssue(error: z.ZodError): { path: string; message: string } {
  const issue = error.issues[0];
  const path = issue ? issue.path.map(String).join('.') : '';
  return { path, message: issue ? issue.message : 'invalid' };
}
