import type { ServerConfig } from '../../server/config';
import type { ServerModules } from './server-modules';

type HistoryService = Awaited<ReturnType<ServerModules['service']['startHistoryService']>>;

/**
 * The history store and collector of a dev or preview server: started once, on the first /api request,
 * and kept through reloads of the app module; the app shares their source (one cache, one rate limit).
 * A history that cannot start is logged and left out: the API still answers, without history.
 */
export function devHistory(env: Record<string, string | undefined>, log: (line: string) => void = console.error) {
  let started: Promise<HistoryService | undefined> | undefined;
  return (modules: ServerModules, config: ServerConfig): Promise<HistoryService | undefined> => {
    started ??= (async () => {
      const source = modules.app.createSource(config, {});
      return modules.service.startHistoryService({
        env,
        source,
        onFatal: (error) => log(`[history] ${error.message}`),
      });
    })().catch((error: unknown) => {
      log(`[history] not started: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    });
    return started;
  };
}
