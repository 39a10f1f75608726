// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import * as app from '../../server/app';
import * as service from '../../server/collector/service';
import * as config from '../../server/config';
import { devHistory } from './dev-history';

const demo = config.configFromEnv({});

describe('devHistory', () => {
  it('starts the history service once, on the source the app is built from', async () => {
    const env = { HISTORY: 'off' };
    const startHistoryService = vi.fn(service.startHistoryService);
    const createSource = vi.fn(app.createSource);
    const modules = { app: { ...app, createSource }, config, service: { ...service, startHistoryService } };
    const history = devHistory(env);
    const first = await history(modules, demo);
    const again = await history(modules, demo);
    expect(again).toBe(first);
    expect(first?.history).toBeUndefined(); // HISTORY=off: the service runs without a store
    expect(startHistoryService).toHaveBeenCalledTimes(1);
    const deps = startHistoryService.mock.calls[0]![0];
    expect(deps.env).toBe(env);
    expect(deps.source).toBe(createSource.mock.results[0]?.value);
  });

  it('leaves the history out, and says why, when it cannot start; a failed migration later is logged', async () => {
    const log = vi.fn();
    const startHistoryService = vi.fn(async (deps: service.HistoryServiceDeps) => {
      deps.onFatal?.(new Error('migration 3 failed'));
      throw new Error('cannot open ./data');
    });
    const modules = { app, config, service: { ...service, startHistoryService } };
    const history = devHistory({}, log);
    expect(await history(modules, demo)).toBeUndefined();
    expect(await history(modules, demo)).toBeUndefined();
    expect(startHistoryService).toHaveBeenCalledTimes(1);
    expect(log.mock.calls).toEqual([['[history] migration 3 failed'], ['[history] not started: cannot open ./data']]);
  });
});
