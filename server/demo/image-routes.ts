import { Hono } from 'hono';
import { CACHE_DEMO_IMAGE } from '../cache-control';
import { ApiFailure } from '../api-failure';
import { avatarSvg, coverSvg } from './placeholder-images';

/** SVG can carry script: these images get a CSP of their own that allows nothing but inline styles. */
const SVG_HEADERS = {
  'Content-Type': 'image/svg+xml; charset=utf-8',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
  'Cache-Control': CACHE_DEMO_IMAGE,
};

function svgFile(file: string, pattern: RegExp): string {
  const match = pattern.exec(file);
  if (!match?.[1]) throw new ApiFailure(404, 'no such demo image');
  return match[1];
}

/** `/api/demo/cover/<19-digit id>.svg` and `/api/demo/avatar/<hex seed>.svg`. */
export function demoImageRoutes() {
  const routes = new Hono();
  routes.get('/cover/:file', (c) => c.body(coverSvg(svgFile(c.req.param('file'), /^(\d{1,20})\.svg$/)), 200, SVG_HEADERS));
  routes.get('/avatar/:file', (c) => c.body(avatarSvg(svgFile(c.req.param('file'), /^([0-9a-f]{1,32})\.svg$/)), 200, SVG_HEADERS));
  return routes;
}
