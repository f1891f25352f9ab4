import { defineConfig } from 'vitest/config';

// The packaging test packages the built dist/ with electron-builder, so it runs after `npm run build`
// (npm run test:package), apart from the unit tests; packaging takes a while on a small machine.
export default defineConfig({
  test: {
    include: ['electron/packaging.test.ts'],
    environment: 'node',
    hookTimeout: 300_000,
  },
});
