/**
 * Finds a Chromium-family browser for the tests: CHROME_PATH first, then the usual names on PATH.
 * Never downloads one (test tools cannot fetch browsers on these machines).
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** Flags that keep headless Chromium quiet as root on a machine without network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browser's path, or undefined when there is none. */
export function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : undefined;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

/** The browser's path; throws one plain line when there is none. */
export function browserPath() {
  const path = findBrowser();
  if (!path) throw new Error('No Chromium found: run `node scripts/ensure-browser.mjs` or set CHROME_PATH.');
  return path;
}
