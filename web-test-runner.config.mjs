/** Component tests in real Chromium (Debian's), TypeScript through esbuild with our tsconfig. */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { browserPath, CHROMIUM_ARGS } from './scripts/browser.mjs';
import { countingReporter } from './scripts/wtr-counting-reporter.mjs';
import { defaultReporter } from '@web/test-runner';

export default {
  files: ['src/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 120000,
  // axe on a whole widget takes seconds on a busy 2-core machine; a test that hangs still fails.
  testFramework: { config: { timeout: 30000 } },
  plugins: [
    esbuildPlugin({
      ts: true,
      json: true,
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: browserPath(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  reporters: [defaultReporter(), countingReporter('reports/browser.json')],
};
