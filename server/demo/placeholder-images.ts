/**
 * Video covers (SVG) and creator avatars (PNG) for demo mode, drawn from the id alone. Serving them
 * ourselves keeps demo mode free of external requests (and of TikTok's expiring signed URLs).
 * Only digits and hex reach these functions (the routes validate), so there is nothing to escape.
 */
import { encodePng } from './png';
import { hashString, randomFor } from './random';

const hue = (text: string, salt: string) => hashString(`${salt}:${text}`) % 360;

/** A 9:16 cover: gradient, a few soft shapes and a play mark. */
export function coverSvg(itemId: string): string {
  const random = randomFor('cover', itemId);
  const h1 = hue(itemId, 'a');
  const h2 = (h1 + 40 + random.int(0, 120)) % 360;
  const blobs = Array.from({ length: 3 }, () => {
    const cx = random.int(20, 250);
    const cy = random.int(40, 440);
    const r = random.int(30, 110);
    return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="hsl(${random.int(0, 359)} 70% 70%)" opacity="0.35"/>`;
  }).join('');
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="270" height="480" viewBox="0 0 270 480" role="img" aria-label="Video cover">',
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${h1} 65% 45%)"/><stop offset="1" stop-color="hsl(${h2} 70% 30%)"/></linearGradient></defs>`,
    '<rect width="270" height="480" fill="url(#g)"/>',
    blobs,
    '<circle cx="135" cy="240" r="34" fill="rgba(0,0,0,0.35)"/>',
    '<path d="M124 222 L152 240 L124 258 Z" fill="#fff"/>',
    `<text x="12" y="466" font-family="sans-serif" font-size="14" fill="rgba(255,255,255,0.8)">…${itemId.slice(-6)}</text>`,
    '</svg>',
  ].join('');
}

type Rgb = readonly [number, number, number];

function hslToRgb(h: number, s: number, l: number): Rgb {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}

/** Side of the avatar in pixels: 2× the 28 CSS px it is shown at. */
export const AVATAR_PX = 56;
const SAMPLES = 2; // per axis and pixel, for smooth edges (the image is drawn at 2× already)
/** Avatars recently drawn, by seed: a page of rows asks for the same few dozen again and again. */
const drawn = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
const DRAWN_MAX = 1000;

/**
 * A round avatar with a simple face, as PNG: like TikTok's raster avatars, and unlike SVG, which
 * the browser renders as a document of its own on the main thread for every image.
 */
export function avatarPng(seed: string): Promise<Uint8Array<ArrayBuffer>> {
  const cached = drawn.get(seed);
  if (cached) return cached;
  const png = drawAvatar(seed);
  if (drawn.size >= DRAWN_MAX) drawn.delete(drawn.keys().next().value as string);
  drawn.set(seed, png);
  return png;
}

function drawAvatar(seed: string): Promise<Uint8Array<ArrayBuffer>> {
  const random = randomFor('avatar', seed);
  const background = hslToRgb(hue(seed, 'bg'), 0.6, 0.55);
  const accent = hslToRgb(hue(seed, 'fg'), 0.7, 0.85);
  const ink: Rgb = [31, 41, 55];
  const eyeY = random.int(38, 46);
  const face = { y: random.int(46, 54), r: random.int(24, 30) };
  const smile = eyeY + 6 + random.int(0, 3);
  const inCircle = (x: number, y: number, cx: number, cy: number, r: number) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  // Shapes on a 96-unit canvas, last match wins; undefined = transparent.
  const colorAt = (x: number, y: number): Rgb | undefined => {
    if (!inCircle(x, y, 48, 48, 48)) return undefined;
    let color = background;
    if (inCircle(x, y, 48, face.y, face.r)) color = accent;
    if (inCircle(x, y, 39, eyeY, 3) || inCircle(x, y, 57, eyeY, 3)) color = ink;
    const d = Math.hypot(x - 48, y - smile);
    if (d >= 10.5 && d <= 13.5 && y > smile + 6) color = ink;
    return color;
  };
  const rgba = new Uint8Array(AVATAR_PX * AVATAR_PX * 4);
  const unit = 96 / AVATAR_PX;
  for (let py = 0; py < AVATAR_PX; py++) {
    for (let px = 0; px < AVATAR_PX; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const color = colorAt((px + (sx + 0.5) / SAMPLES) * unit, (py + (sy + 0.5) / SAMPLES) * unit);
          if (!color) continue;
          r += color[0];
          g += color[1];
          b += color[2];
          covered++;
        }
      }
      const i = (py * AVATAR_PX + px) * 4;
      if (covered === 0) continue;
      rgba.set(
        [
          Math.round(r / covered),
          Math.round(g / covered),
          Math.round(b / covered),
          Math.round((255 * covered) / SAMPLES ** 2),
        ],
        i,
      );
    }
  }
  return encodePng(AVATAR_PX, AVATAR_PX, rgba);
}
