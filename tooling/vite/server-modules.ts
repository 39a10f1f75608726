/** The server modules the dev and preview servers load at run time (not bundled into vite.config.ts). */
export interface ServerModules {
  app: typeof import('../../server/app.ts');
  config: typeof import('../../server/config.ts');
  service: typeof import('../../server/collector/service.ts');
  /** The link-preview pictures (`/og/*`); without it, dev answers /api only. */
  og?: typeof import('../../server/og/og-route.ts');
  /** Server rendering of the app's pages; without it, dev answers /api (and /og) only. */
  pages?: {
    route: typeof import('../../server/pages/render-page.ts');
    entry: typeof import('../../src/entry-server.tsx');
    inProcess: typeof import('../../server/in-process-api.ts');
    /** index.html for a URL, as Vite's dev server transforms it. */
    template: (url: URL) => Promise<string>;
    /** The /embed pages' head (title, dark theme); their template is embed.html. */
    embeds: typeof import('../../server/embed/embed-pages.ts');
    /** embed.html for a URL, as Vite's dev server transforms it. */
    embedTemplate: (url: URL) => Promise<string>;
  };
}
