import { http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { API, apiJson } from '../testing/handlers';
import { recordRequests, server } from '../testing/server';
import { getJson } from './client';
import { dropEarlyResponses, takeEarlyResponse, untilAborted } from './early-response';

const URL_A = '/api/tiktok/popular-trend/hashtag/detail?hashtag_name=a&country_code=US&period=7';
/** getJson of URL_A, parsed with `schema`. */
const getA = <S extends z.ZodMiniType>(schema: S) =>
  getJson('/tiktok/popular-trend/hashtag/detail', { hashtag_name: 'a', country_code: 'US', period: 7 }, schema);

afterEach(() => dropEarlyResponses());

describe('early responses of the boot script', () => {
  it('are taken once, by exact URL', () => {
    const response = Promise.resolve(new Response('{}'));
    window.__earlyResponses = { [URL_A]: response };
    expect(takeEarlyResponse(`${URL_A}&x=1`)).toBeUndefined();
    expect(takeEarlyResponse(URL_A)).toBe(response);
    expect(takeEarlyResponse(URL_A)).toBeUndefined();
  });

  it('are gone once dropped', () => {
    window.__earlyResponses = { [URL_A]: Promise.resolve(new Response('{}')) };
    dropEarlyResponses();
    expect(takeEarlyResponse(URL_A)).toBeUndefined();
  });

  it('answer getJson for their URL instead of a new request', async () => {
    const requests = recordRequests();
    const body = JSON.stringify({ code: 0, msg: 'OK', request_id: 'r1', data: { info: { n: 1 } } });
    window.__earlyResponses = { [URL_A]: Promise.resolve(new Response(body, { status: 200 })) };
    const result = await getA(z.object({ info: z.object({ n: z.number() }) }));
    expect(result.data).toEqual({ info: { n: 1 } });
    expect(requests).toHaveLength(0);
  });

  it('untilAborted rejects with the reason when the signal aborts first', async () => {
    const controller = new AbortController();
    const pending = untilAborted(new Promise(() => {}), controller.signal);
    controller.abort(new Error('stop'));
    await expect(pending).rejects.toThrow('stop');
    await expect(untilAborted(Promise.resolve(1), new AbortController().signal)).resolves.toBe(1);
  });
});

describe('the answer the server embeds in the page', () => {
  function embed(body: string, attributes: Record<string, string>) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'page-data';
    for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
    script.textContent = body;
    document.head.append(script);
    return script;
  }
  const schema = z.object({ info: z.object({ text: z.string() }) });
  // As the server writes it: every "<" escaped, so "</script>" in the data cannot end the element.
  const BODY = JSON.stringify({ code: 0, msg: 'OK', data: { info: { text: '</script><b>x</b>' } } }).replace(
    /</g,
    '\\u003c',
  );

  it('answers getJson for exactly its URL, once, without a request', async () => {
    server.use(http.get(API.detail, () => apiJson({ code: 0, msg: 'OK', data: { info: { text: 'fetched' } } })));
    const requests = recordRequests();
    const script = embed(BODY, { 'data-url': URL_A });
    expect(takeEarlyResponse(`${URL_A}&x=1`)).toBeUndefined();
    const first = await getA(schema);
    expect(first.data.info.text).toBe('</script><b>x</b>');
    expect(first.stale).toBe(false);
    expect(requests).toHaveLength(0);
    expect(script.isConnected).toBe(false);
    const second = await getA(schema);
    expect(second.data.info.text).toBe('fetched');
    expect(requests).toHaveLength(1);
  });

  it('carries the stale mark of saved data', async () => {
    embed(BODY, { 'data-url': URL_A, 'data-stale': '1' });
    const result = await getA(schema);
    expect(result.stale).toBe(true);
  });

  it('is gone once dropped', () => {
    const script = embed(BODY, { 'data-url': URL_A });
    dropEarlyResponses();
    expect(script.isConnected).toBe(false);
    expect(takeEarlyResponse(URL_A)).toBeUndefined();
  });
});
