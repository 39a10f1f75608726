import { isIP } from 'node:net';
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * The key per-client limits count by. IPv4 as is (also when the socket reports it IPv4-mapped,
 * `::ffff:1.2.3.4`); IPv6 by its /64, since one host is routinely given a whole /64 and could
 * otherwise be a new client with every request.
 */
export function clientKey(address: string): string {
  const plain = address
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(plain);
  if (mapped?.[1]) return mapped[1];
  const family = isIP(plain);
  if (family === 4) return plain;
  if (family !== 6) return plain.slice(0, 64) || 'unknown';
  const [head = '', tail] = plain.toLowerCase().split('::');
  const front = head ? head.split(':') : [];
  const back = tail ? tail.split(':') : [];
  const groups =
    tail === undefined
      ? front
      : [...front, ...Array<string>(Math.max(0, 8 - front.length - back.length)).fill('0'), ...back];
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}

/** The socket's peer address when running on Node (`@hono/node-server`); undefined elsewhere (tests without one). */
function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

/**
 * Who is asking. The socket's address; with `trustProxy` (TRUST_PROXY=1, behind our own proxy) the
 * right-most `X-Forwarded-For` entry, the one our proxy appended (entries to its left are whatever the
 * client sent). Without `trustProxy` the header is ignored: anyone can write it.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req
      .header('x-forwarded-for')
      ?.split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .pop();
    if (forwarded) return clientKey(forwarded);
  }
  return clientKey(socketAddress(c) ?? 'unknown');
}
