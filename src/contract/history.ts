import { z } from 'zod/mini';

/**
 * The history routes (issue 19): rank history of one hashtag and what changed in one scope since a
 * date, from the rankings the server has recorded. Both answer TikTok's envelope with the payload in
 * `data.info`, so the browser reads them with `getJson(path, params, historyHashtagDataSchema)` like
 * the detail route. Dates are UTC calendar days (`YYYY-MM-DD`); times are epoch milliseconds.
 */
export const HISTORY_HASHTAG_PATH = '/history/hashtag';
export const HISTORY_CHANGES_PATH = '/history/changes';

const integer = z.number().check(z.refine(Number.isInteger, 'expected an integer'));
const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'));

/** One recorded day. `rank` null: the ranking was recorded that day and the hashtag was not in its top 100 (a gap). */
export const historyPointSchema = z.object({
  date: day,
  /** When that day's last ranking was captured. */
  captured_at: z.number(),
  rank: z.nullable(integer),
  posts: z.nullable(z.number()),
  views: z.nullable(z.number()),
});

export const hashtagHistorySchema = z.object({
  hashtag_name: z.string(),
  country_code: z.string(),
  period: integer,
  /** First day anything was recorded for this country and period ("recorded since"); null: nothing yet. */
  recorded_since: z.nullable(day),
  /** Oldest first, one per recorded day. */
  points: z.array(historyPointSchema),
});
export const historyHashtagDataSchema = z.object({ info: hashtagHistorySchema });

export const snapshotRefSchema = z.object({ date: day, captured_at: z.number() });

/** A hashtag in the changes: `old_rank` null = new entry, `rank` null = left the top 100. */
export const rankChangeSchema = z.object({
  hashtag_name: z.string(),
  rank: z.nullable(integer),
  old_rank: z.nullable(integer),
  posts: z.nullable(z.number()),
  views: z.nullable(z.number()),
});

export const historyChangesSchema = z.object({
  country_code: z.string(),
  /** '' = all industries. */
  industry_id: z.string(),
  period: integer,
  new: z.boolean(),
  since: day,
  recorded_since: z.nullable(day),
  /** The ranking compared against: the last one recorded on or before `since`; null when none is that old. */
  from: z.nullable(snapshotRefSchema),
  /** The latest recorded ranking; null when the scope has none. */
  to: z.nullable(snapshotRefSchema),
  /** In `to`, not in `from`; by rank. */
  entered: z.array(rankChangeSchema),
  /** Better rank than in `from`; biggest move first. */
  climbers: z.array(rankChangeSchema),
  /** Worse rank than in `from`; biggest move first. */
  fallers: z.array(rankChangeSchema),
  /** In `from`, not in `to`; by old rank. */
  left: z.array(rankChangeSchema),
});
export const historyChangesDataSchema = z.object({ info: historyChangesSchema });

export type HistoryPoint = z.infer<typeof historyPointSchema>;
export type HashtagHistory = z.infer<typeof hashtagHistorySchema>;
export type RankChange = z.infer<typeof rankChangeSchema>;
export type HistoryChanges = z.infer<typeof historyChangesSchema>;
