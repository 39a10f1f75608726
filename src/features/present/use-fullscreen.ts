import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useHydrated } from '../../lib/use-hydrated';

/** How long after leaving fullscreen an Escape keydown is taken as the one that left it. */
const ESCAPE_GRACE_MS = 500;

/**
 * Fullscreen for one element. Browsers leave fullscreen on Escape by themselves, and some still
 * deliver that keydown to the page afterwards: `justExited()` lets the deck ignore it, so one
 * Escape leaves fullscreen and only a second one leaves the deck.
 */
export function useFullscreen(ref: RefObject<HTMLElement | null>) {
  // What the browser can do is known after hydration: the server's page has the button disabled, and
  // React does not correct attributes while it hydrates.
  const hydrated = useHydrated();
  const [active, setActive] = useState(false);
  const exitedAt = useRef(Number.NEGATIVE_INFINITY);

  useEffect(() => {
    const onChange = () => {
      const now = !!document.fullscreenElement;
      if (!now) exitedAt.current = performance.now();
      setActive(now);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const supported = hydrated && document.fullscreenEnabled === true;

  const toggle = useCallback(() => {
    // Rejections (no user gesture, a policy) leave the deck as it was: nothing to report.
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void ref.current?.requestFullscreen?.().catch(() => undefined);
  }, [ref]);

  const exit = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, []);

  const justExited = useCallback(() => performance.now() - exitedAt.current < ESCAPE_GRACE_MS, []);

  return { active, supported, toggle, exit, justExited };
}
