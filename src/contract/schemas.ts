import { z } from 'zod/mini';

// Response schemas shared by the server (upstream text) and the browser (our /api). Written with
// zod/mini: the same validation as classic zod at a fraction of its size on every page.

// zod probes `new Function('')` to decide whether to compile parsers; under our CSP
// (script-src 'self', no unsafe-eval) that probe is a logged CSP violation. Parse without it.
z.config({ jitless: true });

/**
 * Ids arrive as numeric strings or as bare JSON numbers. A number is only accepted when it is a safe
 * integer: a bigger one has already been rounded by JSON.parse and must be parsed losslessly upstream.
 */
export const idSchema = z.union([
  z.string().check(z.regex(/^\d+$/, 'expected a numeric id')),
  z.pipe(
    z.number().check(
      z.refine((n) => n >= 0, 'expected a numeric id'),
      z.refine(Number.isSafeInteger, 'id beyond 2^53 was rounded: parse the text losslessly'),
    ),
    z.transform(String),
  ),
]);

const count = z.number().check(z.nonnegative());
const integer = z.number().check(z.refine(Number.isInteger, 'expected an integer'));
const withDefault = <T extends z.ZodMiniType>(schema: T, value: z.output<T>) => z._default(schema, value as never);

export const labelledOptionSchema = z.object({
  // numeric ids (industries, GeoNames) or codes ("US")
  id: z.union([idSchema, z.string()]),
  value: z.string(),
  label: z.optional(z.string()),
});

export const trendPointSchema = z.object({ time: z.number(), value: z.number() });

export const creatorSchema = z.object({
  nick_name: z.optional(z.string()),
  avatar_url: z.optional(z.string()),
});

export const hashtagListItemSchema = z.object({
  hashtag_id: idSchema,
  hashtag_name: z.string(),
  country_info: z.optional(labelledOptionSchema),
  industry_info: z.optional(labelledOptionSchema),
  is_promoted: withDefault(z.boolean(), false),
  trend: withDefault(z.array(trendPointSchema), []),
  creators: z.optional(z.array(creatorSchema)),
  publish_cnt: count,
  video_views: count,
  rank: integer,
  rank_diff: z.optional(integer),
  rank_diff_type: z.optional(integer),
});

export const paginationSchema = z.object({
  page: integer,
  size: integer,
  total: integer,
  has_more: z.boolean(),
});

export const hashtagListDataSchema = z.object({
  list: z.array(hashtagListItemSchema),
  pagination: paginationSchema,
});

export const audienceAgeSchema = z.object({ age_level: integer, score: z.number() });
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
  video_url: z.optional(z.string()),
});
export const relatedItemSchema = z.object({
  item_id: idSchema,
  cover_uri: z.optional(z.string()),
});

export const hashtagDetailSchema = z.object({
  hashtag_id: idSchema,
  hashtag_name: z.string(),
  video_url: z.optional(z.string()),
  description: z.optional(z.string()),
  country_info: z.optional(labelledOptionSchema),
  industry_info: z.optional(labelledOptionSchema),
  is_promoted: withDefault(z.boolean(), false),
  trend: withDefault(z.array(trendPointSchema), []),
  publish_cnt: count,
  video_views: count,
  publish_cnt_all: z.optional(count),
  video_views_all: z.optional(count),
  longevity: z.optional(z.object({ popular_days: z.number(), current_popularity: z.number() })),
  audience_ages: withDefault(z.array(audienceAgeSchema), []),
  audience_interests: withDefault(z.array(audienceInterestSchema), []),
  audience_countries: withDefault(z.array(audienceCountrySchema), []),
  related_hashtags: withDefault(z.array(relatedHashtagSchema), []),
  related_items: withDefault(z.array(relatedItemSchema), []),
});

export const hashtagDetailDataSchema = z.object({ info: hashtagDetailSchema });

/** TikTok's own envelope: the one shape our API sends. */
function envelope<T extends z.ZodMiniType>(data: T) {
  return z.object({
    code: z.literal(0),
    msg: withDefault(z.string(), 'OK'),
    request_id: z.optional(z.string()),
    data,
  });
}
export const hashtagListResponseSchema = envelope(hashtagListDataSchema);
export const hashtagDetailResponseSchema = envelope(hashtagDetailDataSchema);

export const errorBodySchema = z.object({
  code: z.number(),
  msg: z.string(),
  request_id: z.optional(z.string()),
});

export type HashtagListItem = z.infer<typeof hashtagListItemSchema>;
export type HashtagList = z.infer<typeof hashtagListDataSchema>;
export type HashtagDetail = z.infer<typeof hashtagDetailSchema>;
export type TrendPoint = z.infer<typeof trendPointSchema>;
export type Pagination = z.infer<typeof paginationSchema>;
export type ErrorBody = z.infer<typeof errorBodySchema>;
