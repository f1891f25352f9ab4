import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'db/**/*.test.ts', 'cli/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts'],
    // These need the built dist/: npm run test:package runs them after the build (vitest.package.config.ts).
    exclude: [...configDefaults.exclude, 'electron/packaging.test.ts', '**/*.built.test.ts'],
    environment: 'node',
  },
});
