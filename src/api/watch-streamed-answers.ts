import { STREAMED_ANSWERS_ID, STREAMED_ANSWER_ATTRIBUTE, type StreamedAnswer } from '../contract/streamed-answers';
import { expectAnswer } from './streamed-answers';

function parse<T>(text: string | null | undefined): T | undefined {
  try {
    return JSON.parse(text ?? '') as T;
  } catch {
    return undefined;
  }
}

/**
 * Reads the page's manifest of streamed answers and takes each one as its block arrives while the page
 * loads; once it has loaded, an answer that did not come is settled as not coming (its request then
 * goes to the network). Loaded only by a page that has a manifest (src/app/start.tsx).
 */
export function watchStreamedAnswers(doc: Document): void {
  const paths = parse<string[]>(doc.getElementById(STREAMED_ANSWERS_ID)?.textContent);
  if (!Array.isArray(paths)) return;
  const settle = new Map(paths.map((path) => [path, expectAnswer(path)]));
  const read = new WeakSet<Element>();
  const take = () => {
    for (const block of doc.querySelectorAll(`script[${STREAMED_ANSWER_ATTRIBUTE}]`)) {
      if (read.has(block)) continue;
      read.add(block);
      const answer = parse<StreamedAnswer>(block.textContent);
      if (answer)
        settle.get(answer.path)?.(new Response(answer.body, { status: answer.status, headers: answer.headers }));
    }
  };
  // what did not come by the end of the page, the network answers (settling twice changes nothing)
  const finish = () => {
    take();
    for (const done of settle.values()) done(undefined);
  };
  if (doc.readyState !== 'loading') return finish();
  take();
  const blocks = new MutationObserver(take);
  blocks.observe(doc.body, { childList: true });
  doc.addEventListener(
    'DOMContentLoaded',
    () => {
      blocks.disconnect();
      finish();
    },
    { once: true },
  );
}
