import { Cron } from 'croner';
import { COUNTRY_CODE_PATTERN, INDUSTRY_ID_PATTERN, PERIODS, type Period } from '../../src/contract/constants';
import { scopeKey, type Scope } from '../store/types';

export interface CollectorConfig {
  /** Cron pattern in UTC (COLLECT_CRON, default `0 6 * * *`); null = no in-process schedule (`off`). */
  cron: string | null;
  /** TRACK_SCOPES: always collected. */
  trackScopes: Scope[];
  /** TRACK_MAX_SCOPES (default 50): tracked plus recently opened scopes, at most. */
  maxScopes: number;
  /** TRENDS_API_DAILY_BUDGET: provider calls a day (all instances together); undefined = no cap. */
  dailyBudget?: number;
}

export const DEFAULT_CRON = '0 6 * * *';
/** A new installation tracks the explorer's default country in every period. */
export const DEFAULT_TRACK_SCOPES = 'US:all:7,US:all:30,US:all:120';
export const DEFAULT_MAX_SCOPES = 50;
/** Scopes people opened this recently are collected too. */
export const OPENED_WINDOW_DAYS = 7;

export class CollectorConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CollectorConfigError';
  }
}

/** `US:all:7`, `GB:all:30`, `US:14000000000:7`, `US:all:7:new` (new to the top 100 only). */
export function parseScope(text: string): Scope {
  const [country = '', industry = '', period = '', flag, ...rest] = text.trim().split(':');
  const fail = (why: string) =>
    new CollectorConfigError(
      `TRACK_SCOPES: "${text.trim()}" ${why} (expected COUNTRY:INDUSTRY:PERIOD[:new], e.g. US:all:7)`,
    );
  if (rest.length > 0 || (flag !== undefined && flag !== 'new')) throw fail('has extra parts');
  if (!COUNTRY_CODE_PATTERN.test(country)) throw fail('has no two-letter upper-case country code');
  if (industry !== 'all' && industry !== '' && !INDUSTRY_ID_PATTERN.test(industry))
    throw fail('has an industry that is neither all nor an 11-digit id');
  if (!(PERIODS as readonly number[]).includes(Number(period)) || !/^\d+$/.test(period))
    throw fail(`has a period other than ${PERIODS.join(', ')}`);
  return {
    country,
    industry: industry === 'all' ? '' : industry,
    period: Number(period) as Period,
    newOnly: flag === 'new',
  };
}

export function parseScopes(text: string): Scope[] {
  const scopes = text
    .split(',')
    .filter((part) => part.trim())
    .map(parseScope);
  return [...new Map(scopes.map((s) => [scopeKey(s), s])).values()];
}

function positiveInt(env: Record<string, string | undefined>, name: string): number | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1)
    throw new CollectorConfigError(`${name} must be a whole number of at least 1, got "${raw}"`);
  return Number(raw);
}

/** Reads the collector's variables; a bad value throws a CollectorConfigError naming it (the start stops). */
export function collectorConfigFromEnv(env: Record<string, string | undefined>): CollectorConfig {
  const cronText = env.COLLECT_CRON?.trim() || DEFAULT_CRON;
  let cron: string | null = null;
  if (cronText.toLowerCase() !== 'off') {
    try {
      new Cron(cronText, { timezone: 'UTC', paused: true }).stop();
    } catch (error) {
      throw new CollectorConfigError(
        `COLLECT_CRON: "${cronText}" is not a cron pattern (${error instanceof Error ? error.message : String(error)}); use e.g. "0 6 * * *" or off`,
      );
    }
    cron = cronText;
  }
  return {
    cron,
    trackScopes: parseScopes(env.TRACK_SCOPES ?? DEFAULT_TRACK_SCOPES),
    maxScopes: positiveInt(env, 'TRACK_MAX_SCOPES') ?? DEFAULT_MAX_SCOPES,
    dailyBudget: positiveInt(env, 'TRENDS_API_DAILY_BUDGET'),
  };
}
