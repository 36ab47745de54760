import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { loadConfig, startServer, type RunningServer } from '@ctip/server';
import { createTestDatabase, type TestDatabase } from '@ctip/server/testing';
import { CHROMIUM_PATH, WEB_DIST } from './environment';

/** A real ctip server on a fresh database, and Chromium pointed at it. */
export interface BrowserHarness {
  url: string;
  browser: Browser;
  database: TestDatabase;
  /** A fresh browser context (cookies and storage of its own) that records every request it makes. */
  newRecordedPage(): Promise<{ context: BrowserContext; page: Page; requests: string[] }>;
  close(): Promise<void>;
}

/** Options of {@link startBrowserHarness}. */
export interface BrowserHarnessOptions {
  /**
   * Load the demo data set, then serve outside demo mode, as an installation that kept its demo
   * accounts would: administrators must then change the published password and enrol a second factor.
   */
  isDemoModeOffAfterSeeding?: boolean;
}

/**
 * Starts the server in-process on a fresh database (PostgreSQL when TEST_DATABASE_URL is set,
 * else SQLite) serving apps/web/dist, and launches Chromium headless with background networking
 * off, so that any request the page makes is the app's own.
 */
export async function startBrowserHarness(options: BrowserHarnessOptions = {}): Promise<BrowserHarness> {
  const database = await createTestDatabase(process.env.TEST_DATABASE_URL ? 'postgres' : 'sqlite');
  const configOf = (isDemo: boolean) =>
    loadConfig({
      CTIP_DEMO: isDemo ? 'true' : 'false',
      CTIP_DATA_DIR: database.dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      CTIP_LOG_LEVEL: 'silent',
      ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
    });
  let server: RunningServer | null = null;
  let browser: Browser | null = null;
  try {
    if (options.isDemoModeOffAfterSeeding) {
      const seeding = await startServer(configOf(true), { webRoot: null, print: () => {} });
      await seeding.close();
    }
    server = await startServer(configOf(!options.isDemoModeOffAfterSeeding), { webRoot: WEB_DIST, print: () => {} });
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  } catch (error) {
    await browser?.close();
    await server?.close();
    await database.drop();
    throw error;
  }
  const running = server;
  const launched = browser;
  return {
    url: running.url,
    browser: launched,
    database,
    async newRecordedPage() {
      const context = await launched.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
      const requests: string[] = [];
      context.on('request', (request) => requests.push(request.url()));
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      return { context, page, requests };
    },
    async close() {
      await launched.close();
      await running.close();
      await database.drop();
    },
  };
}
