/** The server modules the dev and preview servers load at run time (not bundled into vite.config.ts). */
export interface ServerModules {
  app: typeof import('../../server/app.ts');
  config: typeof import('../../server/config.ts');
  service: typeof import('../../server/collector/service.ts');
  /** The link-preview pictures (`/og/*`); without it, dev answers /api only. */
  og?: typeof import('../../server/og/og-route.ts');
}
