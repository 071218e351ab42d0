/** Vite serves the demo pages (npm start) and Vitest runs the pure-logic tests in Node. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  server: { host: '127.0.0.1' },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
