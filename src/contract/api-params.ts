import { z } from 'zod';
import { COUNTRY_CODE_PATTERN, INDUSTRY_ID_PATTERN, PERIODS } from './constants';

// Query parameters of our API, and the only ones that travel upstream. Only the server imports
// this module, so it can use zod's full API without weighing on the browser bundle.

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
  filter_by: z.literal('new_on_board', { message: 'filter_by only accepts new_on_board' }).optional(),
});

export const detailParamsSchema = z.object({
  hashtag_name: z
    .string({ message: 'hashtag_name is required' })
    .transform((v) => v.trim().replace(/^#/, ''))
    .pipe(z.string().min(1, 'hashtag_name must not be empty').max(200, 'hashtag_name is too long')),
  period: periodParam.default(7),
  country_code: countryParam.default('US'),
});

const dayParam = (name: string) =>
  z
    .string({ message: `${name} is required` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${name} must be a date as YYYY-MM-DD`)
    .refine((v) => {
      const ms = Date.parse(`${v}T00:00:00Z`);
      return Number.isFinite(ms) && new Date(ms).toISOString().startsWith(v);
    }, `${name} is not a calendar date`);

const booleanParam = (name: string) =>
  z
    .enum(['true', 'false', '1', '0'], { message: `${name} must be true or false` })
    .default('false')
    .transform((v) => v === 'true' || v === '1');

/** GET /api/history/hashtag: the hashtag's recorded ranks in a country and period (all industries). */
export const historyHashtagParamsSchema = detailParamsSchema;

/** GET /api/history/changes: what changed in one scope since a day. `industry`: an 11-digit id, `all` or empty. */
export const historyChangesParamsSchema = z.object({
  country_code: countryParam.default('US'),
  industry: z
    .string()
    .refine(
      (v) => v === '' || v === 'all' || INDUSTRY_ID_PATTERN.test(v),
      'industry must be an 11-digit id, all or empty',
    )
    .optional()
    .transform((v) => (v && v !== 'all' ? v : '')),
  period: periodParam.default(7),
  new: booleanParam('new'),
  since: dayParam('since'),
});

export type ListParams = z.output<typeof listParamsSchema>;
export type HistoryChangesParams = z.output<typeof historyChangesParamsSchema>;
export type DetailParams = z.output<typeof detailParamsSchema>;

/** The first issue as "field.path: message", for 400s and typed client errors. */
export function describeIssue(error: z.core.$ZodError): { path: string; message: string } {
  const issue = error.issues[0];
  const path = issue ? issue.path.map(String).join('.') : '';
  return { path, message: issue ? issue.message : 'invalid' };
}
