import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { COUNTRY_CODE_PATTERN, INDUSTRY_ID_PATTERN, PERIODS, type Period } from '../../src/contract/constants';
import { normalizeName } from '../store/history-store';
import type { Scope } from '../store/types';

/**
 * ALERTS_FILE, in the format of the README:
 * { "rules": [ { "scope": { "country": "US", "industry": "all", "period": 7 }, "when": "new_entry" }, … ] }
 * `industry` defaults to all, `new` to false; `when` is "new_entry", "leaves", { "enters_top": N } or
 * { "moves": N } (places up or down); `hashtags` narrows a rule to those names.
 */
const scopeSchema = z
  .object({
    country: z
      .string({ error: 'country is required' })
      .regex(COUNTRY_CODE_PATTERN, 'country must be a two-letter upper-case code such as US'),
    industry: z
      .string()
      .refine((v) => v === 'all' || INDUSTRY_ID_PATTERN.test(v), 'industry must be "all" or an 11-digit industry id')
      .default('all'),
    period: z
      .number({ error: `period must be one of ${PERIODS.join(', ')}` })
      .refine((v) => (PERIODS as readonly number[]).includes(v), `period must be one of ${PERIODS.join(', ')}`),
    new: z.boolean({ error: 'new must be true or false' }).default(false),
  })
  .strict();

const places = (name: string) =>
  z
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(1, `${name} must be at least 1`)
    .max(100, `${name} must be at most 100`);

const WHEN_HELP = 'when must be "new_entry", "leaves", {"enters_top": N} or {"moves": N}';
// One object shape (not one per kind), so a wrong value inside it is reported at its own field.
const whenSchema = z.union([
  z.literal('new_entry'),
  z.literal('leaves'),
  z
    .object({ enters_top: places('enters_top').optional(), moves: places('moves').optional() })
    .strict()
    .refine((v) => (v.enters_top === undefined) !== (v.moves === undefined), WHEN_HELP)
    .transform((v): { enters_top: number } | { moves: number } =>
      v.enters_top !== undefined ? { enters_top: v.enters_top } : { moves: v.moves! },
    ),
]);

const ruleSchema = z
  .object({
    scope: scopeSchema,
    when: whenSchema,
    hashtags: z
      .array(z.string().trim().min(1, 'hashtags must not hold an empty name'))
      .min(1, 'hashtags, when given, must name at least one')
      .optional(),
  })
  .strict();

export const alertsFileSchema = z.object({ rules: z.array(ruleSchema) }).strict();

export type AlertWhen = z.output<typeof whenSchema>;

export interface AlertRule {
  /** Stable across restarts and reordering: a hash of the rule itself. */
  id: string;
  /** 1-based position in the file, for messages. */
  index: number;
  scope: Scope;
  when: AlertWhen;
  hashtags?: ReadonlySet<string>;
}

export class AlertsFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AlertsFileError';
  }
}

/**
 * A `when` that fits no kind: when it is an object, the object's own problem (its field and message)
 * says more than "fits no kind".
 */
function inUnion(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union') return issue;
  const inner = issue.errors.map((e) => e[0]).find((e) => e && (e.path.length > 0 || e.code === 'custom'));
  return inner ? { ...inner, path: [...issue.path, ...inner.path] } : issue;
}

/** Validates the file's JSON; the error names the rule (1-based) and the field. */
export function parseAlertRules(json: unknown, source = 'ALERTS_FILE'): AlertRule[] {
  const parsed = alertsFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = inUnion(parsed.error.issues[0]!);
    const [top, index, ...field] = issue.path.map(String);
    const where =
      top === 'rules' && index !== undefined
        ? `rule ${Number(index) + 1}${field.length ? `, field ${field.join('.')}` : ''}`
        : issue.path.length
          ? `field ${issue.path.join('.')}`
          : 'the file';
    const message =
      issue.code === 'invalid_union'
        ? WHEN_HELP
        : issue.code === 'unrecognized_keys'
          ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
          : issue.message;
    throw new AlertsFileError(`${source}: ${where}: ${message}`);
  }
  return parsed.data.rules.map((rule, i) => {
    const scope: Scope = {
      country: rule.scope.country,
      industry: rule.scope.industry === 'all' ? '' : rule.scope.industry,
      period: rule.scope.period as Period,
      newOnly: rule.scope.new,
    };
    const hashtags = rule.hashtags ? [...new Set(rule.hashtags.map(normalizeName))].sort() : undefined;
    const id = createHash('sha256')
      .update(JSON.stringify({ scope, when: rule.when, hashtags }))
      .digest('hex')
      .slice(0, 16);
    return { id, index: i + 1, scope, when: rule.when, ...(hashtags ? { hashtags: new Set(hashtags) } : {}) };
  });
}

/** Reads and validates ALERTS_FILE; unreadable or invalid → AlertsFileError (the start stops). */
export function loadAlertRules(path: string): AlertRule[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new AlertsFileError(
      `ALERTS_FILE: cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AlertsFileError(
      `ALERTS_FILE ${path}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return parseAlertRules(json, `ALERTS_FILE ${path}`);
}
