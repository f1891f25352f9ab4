/** Renderer JavaScript as shipped, gzipped: what a cold start has to parse. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped bytes of every script in the built renderer. */
export function rendererScriptBytes(rendererDir = 'dist/renderer'): { raw: number; gzipped: number } {
  const assets = join(rendererDir, 'assets');
  let raw = 0;
  let gzipped = 0;
  for (const name of readdirSync(assets).filter((n) => n.endsWith('.js'))) {
    const bytes = readFileSync(join(assets, name));
    raw += bytes.length;
    gzipped += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzipped };
}
