// Lint rules, and the one-way layering that docs/ARCHITECTURE.md explains ("Which way imports go"): core
// imports nothing of ours nor any platform; renderer reaches only core; db never reaches the shells;
// nothing imports a shell.
import tseslint from 'typescript-eslint';

const shells = ['**/electron/**', '**/renderer/**', '**/cli/**'];
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'http', 'crypto', 'child_process', 'url'];
/** What core/importers reads files with: heavy, and never part of the page's bundle. */
const importerLibraries = ['pdfjs-dist', 'pdfjs-dist/*', 'mammoth', 'linkedom', '@mozilla/readability', 'dompurify', '@xmldom/xmldom', 'chardet', 'iconv-lite', 'jszip'];

/** Core modules that build zod schemas when loaded. */
const schemaModules = ['**/core/api.js', '**/core/annotation/model.js', '**/core/document/model.js', '**/core/document/meta-edits.js', '**/core/people/model.js', '**/core/import/**'];

/** One restriction block per folder: the patterns it may not import. */
function layer(files, patterns, message) {
  return {
    files,
    // Tests may read fixtures from disk and build stores; the layering binds the shipped code.
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  layer(
    ['core/**/*.ts'],
    [...shells, '**/db/**', ...nodeBuiltins, 'electron', 'better-sqlite3', 'react', 'react-dom'],
    'core/ is pure: no platform, no store, no UI.',
  ),
  layer(
    ['db/**/*.ts'],
    [...shells, 'electron', 'react', 'react-dom'],
    'db/ serves the shells; it never imports them.',
  ),
  layer(
    ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ['**/db/**', '**/electron/**', '**/cli/**', ...nodeBuiltins, 'electron', 'better-sqlite3', '**/core/importers/**', ...importerLibraries],
    'renderer/ is sandboxed: it talks to the store only through CarrelApi, and sends files as they are (they are read on the main side).',
  ),
  {
    // The page reads the contract's and the models' types only: their values are zod schemas, which would
    // be bundled and built as the room loads (tens of milliseconds of its start).
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['zod', ...schemaModules],
              allowTypeImports: true,
              message: 'renderer/ imports only types from modules of schemas; take a constant from a module without them (core/annotation/limits.ts, say).',
            },
          ],
        },
      ],
    },
  },
  layer(['electron/**/*.ts', 'electron/**/*.cts'], ['**/renderer/**', '**/cli/**', 'react', 'react-dom'], 'electron/ is the shell: db and core only.'),
  layer(['cli/**/*.ts'], ['**/renderer/**', '**/electron/**', 'react', 'react-dom'], 'cli/ uses db and core only.'),
);
