/**
 * `npm run bench`: builds the production app, starts it, measures, prints a table and writes
 * bench/results.json. Exits 1 when a budget fails.
 *
 *   npm run bench                              everything (build first)
 *   npm run bench -- --no-build                reuse dist/ and dist-server/
 *   npm run bench -- --only=js,lighthouse      some sections: js, lighthouse, interaction, html, og, pptx, proxy, neighbour, store
 *   npm run bench -- --lighthouse-runs=1       Lighthouse runs per page × preset (median run reported; default 3)
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { assertChromium, chromiumVersion, launchChromium } from './chromium';
import { runInteraction } from './interaction';
import { jsDiagnosis, runJsPerPage } from './js-per-page';
import { lighthouseDiagnosis, runLighthouse } from './lighthouse';
import { runNoisyNeighbour } from './noisy-neighbour';
import { runHtmlPages } from './html-pages';
import { runOgImages } from './og-images';
import { runPptxBuild } from './pptx';
import { runProxyLoad } from './proxy-load';
import {
  errorRow,
  formatTable,
  machineInfo,
  oneLine,
  SECTIONS,
  writeResults,
  type Result,
  type Section,
} from './report';
import { ROOT, startServer, type RunningServer } from './server';
import { runStoreBench } from './store';

interface Options {
  build: boolean;
  sections: Section[];
  lighthouseRuns: number;
}

/** A section that fails to run is one failed row naming its error, and the other sections still run. */
async function runSection(section: Section, metric: string, run: () => Promise<Result[]>): Promise<Result[]> {
  try {
    return await run();
  } catch (error) {
    return [errorRow(section, metric, error)];
  }
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { build: true, sections: [...SECTIONS], lighthouseRuns: 3 };
  for (const arg of argv) {
    if (arg === '--no-build') options.build = false;
    else if (arg.startsWith('--only=')) {
      const wanted = arg
        .slice('--only='.length)
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const unknown = wanted.filter((s) => !(SECTIONS as readonly string[]).includes(s));
      if (unknown.length) throw new Error(`unknown section(s) ${unknown.join(', ')}; known: ${SECTIONS.join(', ')}`);
      options.sections = wanted as Section[];
    } else if (arg.startsWith('--lighthouse-runs=')) {
      const n = Number(arg.slice('--lighthouse-runs='.length));
      if (!Number.isInteger(n) || n < 1) throw new Error(`--lighthouse-runs needs a positive integer, got ${arg}`);
      options.lighthouseRuns = n;
    } else if (arg === '--help' || arg === '-h') {
      console.log(
        'usage: npm run bench -- [--no-build] [--only=js,lighthouse,interaction,html,og,pptx,proxy,neighbour,store] [--lighthouse-runs=3]',
      );
      process.exit(0);
    } else throw new Error(`unknown argument ${arg} (try --help)`);
  }
  return options;
}

const log = (message: string) => console.error(`[bench] ${message}`);

/** A few real names from the demo list, for the detail and compare pages. */
async function demoNames(origin: string): Promise<string[]> {
  try {
    const res = await fetch(`${origin}/api/tiktok/popular-trend/hashtag?country_code=US&period=7&page=1&limit=3`);
    const body = (await res.json()) as { data?: { list?: { hashtag_name?: unknown }[] } };
    const names = (body.data?.list ?? []).map((i) => i.hashtag_name).filter((n): n is string => typeof n === 'string');
    if (names.length) return names;
  } catch {
    // fall through to fixed names
  }
  return ['chatgpt', 'fitness', 'recipe'];
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const wants = (s: Section) => options.sections.includes(s);
  const needsBrowser = wants('js') || wants('interaction') || wants('pptx');
  const needsApp = needsBrowser || wants('lighthouse') || wants('og') || wants('html');
  if (needsBrowser || wants('lighthouse')) assertChromium();

  // The store section runs the store in-process: nothing to build for it.
  if (options.build && options.sections.some((s) => s !== 'store')) {
    log('npm run build');
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    if (build.status !== 0) {
      log('the build failed');
      return 1;
    }
  }

  const results: Result[] = [];
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  try {
    if (needsApp) {
      // Demo mode: deterministic data, no provider.
      server = await startServer();
      log(`production server (demo data) on ${server.origin}`);
      const names = await demoNames(server.origin);
      if (needsBrowser) browser = await launchChromium();
      if (wants('js') && browser) {
        log('JavaScript per page');
        results.push(...(await runJsPerPage(browser, server.origin, names)));
      }
      if (wants('lighthouse')) {
        log(`Lighthouse (${options.lighthouseRuns} run(s) per page × preset)`);
        const detail = `/hashtag/${encodeURIComponent(names[0] ?? 'chatgpt')}`;
        results.push(
          ...(await runLighthouse(
            server.origin,
            [
              { label: 'explorer', path: '/' },
              { label: 'detail', path: detail },
            ],
            options.lighthouseRuns,
          )),
        );
      }
      if (wants('interaction') && browser) {
        log('interaction: filter change → rows painted');
        results.push(...(await runInteraction(browser, server.origin)));
      }
      if (wants('html')) {
        log('server-rendered pages: render time, HTML under load');
        results.push(...(await runSection('html', 'server-rendered pages', () => runHtmlPages(server!.origin, names))));
      }
      if (wants('pptx') && browser) {
        log('PowerPoint: the 13-slide deck, press → file');
        const [run, origin] = [browser, server.origin];
        results.push(...(await runSection('pptx', 'PowerPoint build', () => runPptxBuild(run, origin))));
      }
      if (wants('og')) {
        log('link-preview pictures: first drawing, size, cache');
        results.push(...(await runOgImages(server.origin, names)));
      }
    }
  } finally {
    await browser?.close();
    await server?.stop();
  }

  if (wants('proxy')) {
    log('proxy under load (fake upstream, autocannon)');
    results.push(...(await runSection('proxy', 'proxy under load', runProxyLoad)));
  }

  if (wants('neighbour')) {
    log('noisy neighbour (one client floods distinct uncached queries, a second one asks)');
    results.push(...(await runSection('neighbour', 'noisy neighbour', runNoisyNeighbour)));
  }

  if (wants('store')) {
    log('store: a year of snapshots of 50 scopes (takes minutes)');
    results.push(...(await runSection('store', 'store under a year of history', runStoreBench)));
  }

  const out = resolve(ROOT, 'bench/results.json');
  writeResults(
    out,
    machineInfo(needsBrowser || wants('lighthouse') ? chromiumVersion() : 'not used'),
    results,
    options.sections,
  );

  console.log(`\n${formatTable(results)}\n`);
  try {
    const errors = results.flatMap((r) => {
      const error = (r.details as { error?: unknown } | undefined)?.error;
      return typeof error === 'string' ? [`${r.section} ${r.metric}: ${oneLine(error, 400)}`] : [];
    });
    const diagnosis = [...errors, ...jsDiagnosis(results), ...lighthouseDiagnosis(results)];
    if (diagnosis.length) console.log(`Details:\n${diagnosis.join('\n')}\n`);
  } catch (error) {
    console.log(`(could not print the details: ${String(error)})`);
  }
  const failed = results.filter((r) => r.pass === false);
  console.log(`${failed.length ? `${failed.length} budget(s) failed` : 'all budgets pass'}; results in ${out}`);
  return failed.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
