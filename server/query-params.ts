import type { z } from 'zod';
import { describeIssue } from '../src/contract/api-params';
import { ApiFailure } from './api-failure';

/** Validate query parameters with a shared schema; the first problem becomes `400 {msg:"<param>: why"}`. */
export function parseQuery<S extends z.ZodType>(schema: S, query: Record<string, string>): z.output<S> {
  const result = schema.safeParse(query);
  if (result.success) return result.data;
  const { path, message } = describeIssue(result.error);
  throw new ApiFailure(400, path ? `${path}: ${message}` : message);
}
