/**
 * Video covers and creator avatars for demo mode, drawn as SVG from the id alone. Serving them
 * ourselves keeps demo mode free of external requests (and of TikTok's expiring signed URLs).
 * Only digits and hex reach these functions (the routes validate), so there is nothing to escape.
 */
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

/** A round avatar with a simple face-like pattern. */
export function avatarSvg(seed: string): string {
  const random = randomFor('avatar', seed);
  const background = `hsl(${hue(seed, 'bg')} 60% 55%)`;
  const accent = `hsl(${hue(seed, 'fg')} 70% 85%)`;
  const eyeY = random.int(38, 46);
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96" role="img" aria-label="Creator avatar">',
    `<circle cx="48" cy="48" r="48" fill="${background}"/>`,
    `<circle cx="48" cy="${random.int(46, 54)}" r="${random.int(24, 30)}" fill="${accent}"/>`,
    `<circle cx="39" cy="${eyeY}" r="3" fill="#1f2937"/><circle cx="57" cy="${eyeY}" r="3" fill="#1f2937"/>`,
    `<path d="M38 ${eyeY + 14} Q48 ${eyeY + 14 + random.int(2, 8)} 58 ${eyeY + 14}" stroke="#1f2937" stroke-width="3" fill="none" stroke-linecap="round"/>`,
    '</svg>',
  ].join('');
}
