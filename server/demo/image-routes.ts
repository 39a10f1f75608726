import { Hono } from 'hono';
import { CACHE_DEMO_IMAGE } from '../cache-control';
import { ApiFailure } from '../api-failure';
import { avatarPng, coverSvg } from './placeholder-images';

/** SVG can carry script: these images get a CSP of their own that allows nothing but inline styles. */
const SVG_HEADERS = {
  'Content-Type': 'image/svg+xml; charset=utf-8',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
  'Cache-Control': CACHE_DEMO_IMAGE,
};

const PNG_HEADERS = { 'Content-Type': 'image/png', 'Cache-Control': CACHE_DEMO_IMAGE };

function imageFile(file: string, pattern: RegExp): string {
  const match = pattern.exec(file);
  if (!match?.[1]) throw new ApiFailure(404, 'no such demo image');
  return match[1];
}

/** `/api/demo/cover/<19-digit id>.svg` and `/api/demo/avatar/<hex seed>.png`. */
export function demoImageRoutes() {
  const routes = new Hono();
  routes.get('/cover/:file', (c) =>
    c.body(coverSvg(imageFile(c.req.param('file'), /^(\d{1,20})\.svg$/)), 200, SVG_HEADERS),
  );
  routes.get('/avatar/:file', async (c) =>
    c.body(await avatarPng(imageFile(c.req.param('file'), /^([0-9a-f]{1,32})\.png$/)), 200, PNG_HEADERS),
  );
  return routes;
}
