import { useEffect } from 'react';
import { useLocation } from 'react-router';

/** A new view starts at the top; filter changes (same path, new search) keep the scroll position. */
export function useScrollToTop() {
  const { pathname } = useLocation();
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname]);
}
