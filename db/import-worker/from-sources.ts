/**
 * A worker's entry when Carrel runs from its TypeScript sources (under vitest), never when built: the
 * import worker's (read-file.ts), or the module a starter names as `workerData.entry` (the integrity
 * check's).
 * Node cannot import the sources as they are, since their imports name `.js` files that exist only in
 * dist/ and some use syntax that only compiles (a constructor's parameter properties). So before
 * the entry loads, this thread's module loader is taught to find `x.ts` where `x.js` is missing and
 * to compile TypeScript as it loads (Node's own `stripTypeScriptTypes`). Only this file need be plain
 * erasable TypeScript, which Node runs as it is.
 */
import { readFileSync } from 'node:fs';
import { registerHooks, stripTypeScriptTypes } from 'node:module';
import { workerData } from 'node:worker_threads';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      const missing = error instanceof Error && 'code' in error && error.code === 'ERR_MODULE_NOT_FOUND';
      if (!missing || !specifier.startsWith('.') || !specifier.endsWith('.js')) throw error;
      return nextResolve(`${specifier.slice(0, -'.js'.length)}.ts`, context);
    }
  },
  load(url, context, nextLoad) {
    if (!url.startsWith('file:') || !url.endsWith('.ts') || url.includes('/node_modules/')) return nextLoad(url, context);
    const source = stripTypeScriptTypes(readFileSync(new URL(url), 'utf8'), { mode: 'transform', sourceUrl: url });
    return { format: 'module', source, shortCircuit: true };
  },
});

const { entry } = (workerData ?? {}) as { entry?: unknown };
await import(typeof entry === 'string' ? entry : './read-file.js');
