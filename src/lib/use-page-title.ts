import { useEffect } from 'react';

const APP_NAME = 'Hashtag Trends';

/** Sets document.title to "<title> · Hashtag Trends" (left alone when the server's page already says it). */
export function usePageTitle(title: string | undefined) {
  useEffect(() => {
    const text = title ? `${title} · ${APP_NAME}` : APP_NAME;
    if (document.title !== text) document.title = text;
  }, [title]);
}
