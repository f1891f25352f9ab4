import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExportFormat } from '../api.js';
import { exportBundle, exportStream } from './index.js';
import { TELEGRAM_SEED, telegramBundle } from './testing/telegram-bundle.js';

/** The golden files: what each format makes of the telegram, for a reader of the repository to see. */
const GOLDEN: Readonly<Record<ExportFormat, string>> = {
  markdown: 'telegram.md',
  jsonld: 'telegram.jsonld',
  csv: 'telegram.csv',
  tei: 'telegram.tei.xml',
  html: 'telegram.html',
};
const FOLDER = new URL('./golden/', import.meta.url);
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const bundle = telegramBundle(readFileSync(TELEGRAM_SEED));

describe('golden files of the telegram export', () => {
  for (const [format, name] of Object.entries(GOLDEN) as [ExportFormat, string][]) {
    it(`writes ${format} exactly as golden/${name} shows (UPDATE_GOLDEN=1 rewrites it)`, () => {
      const content = exportBundle(format, bundle).content;
      const file = new URL(name, FOLDER);
      if (UPDATE) {
        mkdirSync(FOLDER, { recursive: true });
        writeFileSync(file, content);
      }
      if (!existsSync(file)) throw new Error(`golden/${name} is missing: run the tests with UPDATE_GOLDEN=1 to write it, then read it before committing`);
      expect(content).toBe(readFileSync(file, 'utf8'));
    });

    it(`streams ${format} in chunks that together are golden/${name}`, () => {
      const { chunks } = exportStream(format, bundle);
      expect([...chunks].join('')).toBe(readFileSync(new URL(name, FOLDER), 'utf8'));
    });
  }
});
