/**
 * Set-up shared by the browser tests: the web app built with Vite into a temporary
 * directory, Debian's chromium launched headless through playwright-core, the real server
 * on loopback, a page that records its errors, the clean-up, and the extraction fixture
 * several pages start from (the 'death' outcome with two studies entered).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { build } from 'vite';
import { createApp, startServer, type RunningServer } from '../../src/server/index.js';
import type { SqliteStore } from '../../src/store/index.js';

const CHROMIUM = '/usr/bin/chromium';
const WEB = fileURLToPath(new URL('../../web/', import.meta.url));

/** Fails with a clear message when Debian's chromium is not installed. */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`The browser tests need Debian's chromium at ${CHROMIUM} (apt-get install -y chromium); it is not installed.`);
  }
}

/** Builds the web app with Vite into outDir (emptied first). */
export async function buildWebApp(outDir: string): Promise<void> {
  await build({ configFile: join(WEB, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

export interface Workspace {
  /** A new temporary directory (the caller removes it). */
  work: string;
  /** Where screenshots go: METASIFT_SCREENSHOTS when set, else work/screenshots. */
  shots: string;
  /** The built web app, work/dist. */
  dist: string;
}

/**
 * What a browser test starts from: checks that chromium is there (before anything is
 * built), makes a temporary directory named from prefix and the screenshot directory,
 * and builds the web app into work/dist. The directory is removed if the build fails.
 */
export async function prepareWorkspace(prefix: string): Promise<Workspace> {
  requireChromium();
  const work = await mkdtemp(join(tmpdir(), prefix));
  try {
    const shots = process.env.METASIFT_SCREENSHOTS ?? join(work, 'screenshots');
    await mkdir(shots, { recursive: true });
    const dist = join(work, 'dist');
    await buildWebApp(dist);
    return { work, shots, dist };
  } catch (e) {
    await rm(work, { recursive: true, force: true });
    throw e;
  }
}

/** Launches Debian's chromium headless; throws requireChromium's error when it is missing. */
export async function launchChromium(): Promise<Browser> {
  requireChromium();
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** The app (createApp's options, staticDir the built web app) served on 127.0.0.1, any free port. */
export function serveApp(options: Parameters<typeof createApp>[0]): Promise<RunningServer> {
  return startServer(createApp(options), { port: 0, host: '127.0.0.1' });
}

/** A page in a new browser context, its uncaught errors collected in errors, opened at url. */
export async function openPage(browser: Browser, url: string, options: BrowserContextOptions): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, errors };
}

/**
 * Closes what a browser test opened (the browser, then the servers, then the stores) and
 * removes its temporary directory. Any of them may be missing when beforeAll failed part way.
 */
export async function closeAll(opened: { browser?: Browser; servers?: ({ close(): Promise<void> } | undefined)[]; stores?: (SqliteStore | undefined)[]; work?: string }): Promise<void> {
  await opened.browser?.close();
  for (const s of opened.servers ?? []) await s?.close();
  for (const s of opened.stores ?? []) s?.close();
  if (opened.work) await rm(opened.work, { recursive: true, force: true });
}

export interface LocalApp extends Workspace {
  browser: Browser;
  store: SqliteStore;
  server: RunningServer;
  page: Page;
  errors: string[];
}

/**
 * The app in local mode (the owner) against the real server: the workspace prepared,
 * chromium launched, the project made by makeStore at work/project.sqlite and served,
 * and a page opened at route with the given context options. What was opened is closed
 * again if a step fails.
 */
export async function startLocalApp(prefix: string, makeStore: (path: string) => SqliteStore, route: string, options: BrowserContextOptions): Promise<LocalApp> {
  const ws = await prepareWorkspace(prefix);
  let browser: Browser | undefined;
  let store: SqliteStore | undefined;
  let server: RunningServer | undefined;
  try {
    browser = await launchChromium();
    store = makeStore(join(ws.work, 'project.sqlite'));
    server = await serveApp({ store, staticDir: ws.dist });
    const { page, errors } = await openPage(browser, server.url + route, options);
    return { ...ws, browser, store, server, page, errors };
  } catch (e) {
    await closeAll({ browser, servers: [server], stores: [store], work: ws.work });
    throw e;
  }
}

/** Closes what startLocalApp opened; app is undefined when it failed. */
export function closeLocalApp(app: LocalApp | undefined): Promise<void> {
  return closeAll({ browser: app?.browser, servers: [app?.server], stores: [app?.store], work: app?.work });
}

/**
 * Defines the binary outcome 'death' (by reviewer 'me', who must exist) and enters two
 * studies with their MSC and Control arms: Shi 2012 (6/30 vs 12/30) and Xu 2019 (3/25 vs 8/26).
 */
export function enterDeathOutcome(s: SqliteStore): void {
  s.extraction.defineOutcome({ name: 'death', type: 'binary', unit: 'events', lowerIsBetter: true, timepoint: '12 months' }, { by: 'me' });
  for (const [label, a, n1, c, n2] of [['Shi 2012', 6, 30, 12, 30], ['Xu 2019', 3, 25, 8, 26]] as const) {
    const { id } = s.extraction.addStudy({ label, by: 'me' });
    s.extraction.enterArm(id, 'death', 'MSC', { group: 'msc', value: { type: 'events', events: a, n: n1 } }, { extractor: 'me' });
    s.extraction.enterArm(id, 'death', 'Control', { group: 'control', value: { type: 'events', events: c, n: n2 } }, { extractor: 'me' });
  }
}
