import { Hono } from 'hono';
import type { ServerConfig } from './config';

/** Placeholder until the real routes land (see the server brief). */
export function createApp(_config: ServerConfig = {}) {
  const app = new Hono();
  return app;
}
