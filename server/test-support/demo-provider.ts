import { listParamsSchema } from '../../src/contract/api-params';
import { demoHashtagList } from '../demo/hashtag-list';
import { jsonText, type UpstreamHandler } from './fake-upstream';

/** A provider for tests that answers list requests (any page size) with the demo generator's charts. */
export const demoProvider: UpstreamHandler = (url) => {
  const params = listParamsSchema.parse(Object.fromEntries(url.searchParams));
  return jsonText(JSON.stringify({ code: 0, msg: 'OK', request_id: 'test', data: demoHashtagList(params) }));
};
