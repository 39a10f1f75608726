/**
 * Deterministic randomness for the demo data set. Everything is derived from a string key, so the
 * same request gives the same answer in every process, on every day (no Math.random, no clock).
 */

/** 32-bit FNV-1a with a final avalanche: cheap, stable across platforms, good enough spread. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items in random order (all of them when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[];
}

/**
 * mulberry32: a tiny PRNG whose whole state is one 32-bit integer. A class (methods shared on the
 * prototype) because the generator builds thousands of these per chart and closures would each allocate.
 */
class Mulberry32 implements Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)] as T;
  }

  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, count);
  }
}

export function createRandom(seed: number): Random {
  return new Mulberry32(seed);
}

/** A Random seeded from the parts of a key, e.g. `randomFor('item', 'US', 7, 'skincare')`. */
export function randomFor(...parts: ReadonlyArray<string | number>): Random {
  return createRandom(hashString(parts.join('|')));
}

/** A decimal string of `length` digits (first digit `lead`), e.g. TikTok's 19-digit video ids. */
export function digitString(random: Random, lead: number, length: number): string {
  let out = String(lead);
  while (out.length < length) out += String(random.int(0, 9));
  return out;
}

/** Stable short hex token, used for avatar seeds and request ids. */
export function hexToken(text: string, length: number): string {
  let out = '';
  for (let round = 0; out.length < length; round++) {
    out += hashString(`${round}:${text}`).toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
}
