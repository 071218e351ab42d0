/**
 * Makes sure the tests have a browser. On Debian or Ubuntu, as root, installs Debian's `chromium`
 * when none is found; otherwise stops with one line saying what to install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { findBrowser } from './browser.mjs';

const found = findBrowser();
if (found) {
  console.log(`browser: ${found}`);
  process.exit(0);
}
if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which is not an executable file.`);
  process.exit(1);
}
const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
const debianLike = /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!debianLike || !isRoot) {
  console.error(
    'No Chromium found: install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to a Chrome or Chromium binary.',
  );
  process.exit(1);
}
console.log("No Chromium found: installing Debian's chromium package...");
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
const installed = findBrowser();
if (!installed) {
  console.error('Installing chromium did not give a browser on PATH; set CHROME_PATH.');
  process.exit(1);
}
console.log(`browser: ${installed}`);
