/** `npm start`: serves the demo pages with Vite and prints the address. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'vite';

const server = await createServer({ server: { host: '127.0.0.1', port: Number(process.env.PORT) || 5173 } });
await server.listen();
const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
console.log(`
treatment-compare demo: ${base}demo/index.html
  a clinic's page (its facts and disclosure): ${base}demo/clinic.html
  counselor mode, for a consultation:         ${base}demo/counselor.html
  setup page for clinic web teams:            ${base}demo/setup.html
  API reference (from custom-elements.json):  ${base}demo/api.html
(Ctrl+C to stop)`);

// The setup page's code to copy needs the built CDN files' hashes: build them once, in the background.
if (!existsSync('dist/cdn/integrity.json')) {
  console.log("Building the CDN files once, for the setup page's code to copy (about a minute)...");
  spawn(process.execPath, ['scripts/build.mjs'], { stdio: 'ignore' }).on('exit', (code) =>
    console.log(
      code === 0 ? 'Built: the setup page can now give the code to copy (reload it).' : 'The build failed: run npm run build to see why.',
    ),
  );
}
