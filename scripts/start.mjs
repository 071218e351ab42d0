/** `npm start`: serves the demo pages with Vite and prints the address. */
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
