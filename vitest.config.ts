import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'db/**/*.test.ts', 'cli/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts'],
    // These need the built dist/: npm run test:package runs them after the build (vitest.package.config.ts).
    exclude: [...configDefaults.exclude, 'electron/packaging.test.ts', '**/*.built.test.ts'],
    environment: 'node',
    // Properties check the same cases on every run (core/testing/property-seed.ts says how to search for new ones).
    setupFiles: ['core/testing/property-seed.ts'],
    // Time is the bench's: on a busy machine (CI may share its cores) a test that starts processes or
    // workers takes many times what it takes on a quiet one, and must fail on what it sees, not on time.
    testTimeout: 60_000,
  },
});
