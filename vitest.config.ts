import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'db/**/*.test.ts', 'cli/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts'],
    // It needs the built dist/: npm run test:package runs it after the build (vitest.package.config.ts).
    exclude: [...configDefaults.exclude, 'electron/packaging.test.ts'],
    environment: 'node',
  },
});
