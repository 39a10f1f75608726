import { useEffect } from 'react';

const APP_NAME = 'Hashtag Trends';

/** Sets document.title to "<title> · Hashtag Trends". */
export function usePageTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · ${APP_NAME}` : APP_NAME;
  }, [title]);
}
