import { afterEach, describe, expect, it, vi } from 'vitest';
import { streamedAnswerScript, streamedAnswersManifest } from '../contract/streamed-answers';
import { LIST_PAGE_TEXT } from '../testing/fixtures';
import { streamedAnswer } from './streamed-answers';
import { watchStreamedAnswers } from './watch-streamed-answers';
import { transportFor } from './transport';

const LIST = '/api/tiktok/popular-trend/hashtag?page=1&limit=20&period=7&country_code=US';
const DETAIL = '/api/tiktok/popular-trend/hashtag/detail?hashtag_name=chatgpt&country_code=US&period=7';

/** A page as the server streams it: its manifest, then the answers that came (parsed: readyState complete). */
function page(paths: string[], answers: string[]): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><body>${streamedAnswersManifest(paths)}${answers.join('')}</body></html>`,
    'text/html',
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('answers streamed after the page', () => {
  it('answers a request the page named from the page, as fetch would, once; then the network', async () => {
    const network = vi.fn(async () => new Response('{}'));
    vi.stubGlobal('fetch', network);
    const hostile = LIST_PAGE_TEXT.replace('{', '{"note":"</script><script>alert(1)</script>",');
    watchStreamedAnswers(
      page(
        [LIST],
        [
          streamedAnswerScript({
            path: LIST,
            status: 200,
            headers: { 'content-type': 'application/json', 'x-data-stale': '1' },
            body: hostile,
          }),
        ],
      ),
    );
    const response = await transportFor(undefined)(LIST, {});
    expect(response.status).toBe(200);
    expect(response.headers.get('x-data-stale')).toBe('1');
    // the text as the server read it: a 19-digit id is still its digits, a hostile text still text
    expect(await response.text()).toBe(hostile);
    expect(network).not.toHaveBeenCalled();
    // asked again (a retry, a refetch): the network
    await transportFor(undefined)(LIST, {});
    expect(network).toHaveBeenCalledWith(LIST, {});
  });

  it('passes an error on as the API sent it', async () => {
    const body = JSON.stringify({ code: 502, msg: 'The trends provider did not answer' });
    watchStreamedAnswers(page([DETAIL], [streamedAnswerScript({ path: DETAIL, status: 502, headers: {}, body })]));
    const response = (await streamedAnswer(DETAIL))!;
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({ code: 502, msg: 'The trends provider did not answer' });
  });

  it('sends a request whose answer never came to the network, and knows nothing of other requests', async () => {
    watchStreamedAnswers(page([DETAIL], []));
    await expect(streamedAnswer(DETAIL)).resolves.toBeUndefined();
    expect(streamedAnswer(LIST)).toBeUndefined();
  });
});
