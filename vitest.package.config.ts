import { defineConfig } from 'vitest/config';

// Tests of the built dist/ run after `npm run build` (npm run test:package), apart from the unit tests:
// the packaging test packages it with electron-builder (a while on a small machine), and the
// *.built.test.ts files run its programs as separate processes (the crash test kills one).
export default defineConfig({
  test: {
    include: ['electron/packaging.test.ts', '**/*.built.test.ts'],
    exclude: ['node_modules/**', 'dist/**'],
    environment: 'node',
    hookTimeout: 300_000,
  },
});
