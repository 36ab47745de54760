import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Debian's Chromium, which the browser tests drive (no browser is downloaded). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** The built web app the server serves during browser tests. */
export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');

/**
 * Whether the browser tests can run here. In CI (CI=true) a missing Chromium fails the run;
 * elsewhere the tests are skipped with the reason printed. A missing build always fails: the
 * tests would otherwise pass on nothing.
 * @throws Error in CI without Chromium, or anywhere without apps/web/dist.
 */
export function canRunBrowserTests(): boolean {
  if (!fs.existsSync(path.join(WEB_DIST, 'index.html'))) {
    throw new Error(`${WEB_DIST}/index.html is missing: run \`npm run build:web\` before the browser tests`);
  }
  if (fs.existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI === 'true') throw new Error(`CI=true but ${CHROMIUM_PATH} is missing: browser tests may not be skipped in CI`);
  console.warn(`Skipping browser tests: ${CHROMIUM_PATH} is not installed (apt-get install chromium).`);
  return false;
}
