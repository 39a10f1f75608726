import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';

/**
 * Import zones, the layers bulletproof-react guards with import/no-restricted-paths, written with ESLint's
 * own no-restricted-imports: every import of ours is relative, so the folder a file is in and the number
 * of `../` an import starts with say where it lands.
 *
 *   app → features → components, stores, api, lib → contract;  server → src/contract only;  src ↛ server
 *
 * - A feature never imports another feature (what two features need lives in a shared folder), nor src/app.
 * - components, stores, api and lib never import a feature.
 * - src/contract (shared with the server) imports nothing of ours outside itself; its tests may also read
 *   the test fixtures.
 *
 * Flat config gives a file the options of the last block that sets a rule, so each file matches exactly one
 * of the blocks below, and that block lists every pattern that applies to it.
 */
const MAX_DEPTH = 4; // folders below a zone's root; deeper folders need a larger number here
const TS = '*.{ts,tsx}';
/** An import that climbs exactly `levels` folders, then names `rest` (a regex). */
const climbs = (levels, rest) => `^(?:\\.\\./){${levels}}${rest}`;
/** src/ never reaches into server/ (the server imports src/ only through src/contract). */
const srcRules = [{ group: ['**/server/**', '../server/*'], message: 'src/ must not import server code' }];
const sharedFolderRules = (name, depth) => [
  ...srcRules,
  {
    regex: climbs(depth + 1, 'features/'),
    message: `src/${name} is shared by the features: it never imports one (move the code here, or keep it in the feature)`,
  },
];
const importZones = (files, ignores, patterns) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});
const depths = Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => ({ depth, dirs: '*/'.repeat(depth) }));
const zoneBlocks = depths.flatMap(({ depth, dirs }) => [
  // src/*.tsx, src/app, src/test and any other folder of src/ without a zone of its own
  importZones([`src/${dirs}${TS}`], ['src/{features,components,stores,api,lib,contract}/**'], srcRules),
  importZones(
    [`src/features/*/${dirs}${TS}`],
    [],
    [
      ...srcRules,
      {
        regex: climbs(depth + 1, '[^./]'),
        message: 'A feature never imports another feature: move what both need to components/, stores/, api/ or lib/',
      },
      { regex: climbs(depth + 2, 'app/'), message: 'src/app imports the features, never the reverse' },
      {
        regex: climbs(depth + 2, 'features/'),
        message: 'A feature never imports another feature: move what both need to components/, stores/, api/ or lib/',
      },
    ],
  ),
  ...['components', 'stores', 'api', 'lib'].map((name) =>
    importZones([`src/${name}/${dirs}${TS}`], [], sharedFolderRules(name, depth)),
  ),
  importZones(
    [`src/contract/${dirs}${TS}`],
    ['src/contract/**/*.test.ts'],
    [{ regex: climbs(depth + 1, ''), message: 'src/contract imports nothing of ours outside src/contract' }],
  ),
  importZones(
    [`src/contract/${dirs}*.test.ts`],
    [],
    [
      {
        regex: climbs(depth + 1, '(?!test/|testing/)'),
        message: 'src/contract tests import nothing of ours outside src/contract but the test fixtures',
      },
    ],
  ),
  importZones(
    [`server/${dirs}*.ts`],
    [],
    [
      {
        regex: climbs(depth + 1, 'src/(?!contract/|entry-server)'),
        message: "server/ may only import src/contract and the app's server entry (src/entry-server.tsx)",
      },
    ],
  ),
]);

export default tseslint.config(
  { ignores: ['dist', 'dist-server', 'bench/results*', 'playwright-report', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    files: ['server/**/*.ts', 'tooling/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts', '*.config.ts', '*.config.js'],
    languageOptions: { globals: globals.node },
  },
  ...zoneBlocks,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // public/theme.js: a classic script (not a module) the page runs before the app, written in ES5 style
    // throughout (var, function, `catch (e)` bindings)
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: globals.browser },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
);
