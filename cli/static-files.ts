/** Reads files of the built renderer for the loopback host, never outside its folder. */
import { extname, join, normalize, sep } from 'node:path';
import type { BuiltFiles } from '../db/built-files.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
  /** Vite's hashed assets never change under the same name. */
  immutable: boolean;
}

/** The file for a URL path (`/` is index.html) among the renderer's `files`, or undefined when it is missing or outside their folder. */
export async function readStaticFile(files: BuiltFiles, urlPath: string): Promise<StaticFile | undefined> {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  } catch {
    return undefined;
  }
  const base = normalize(files.dir + sep);
  const path = normalize(join(base, relative));
  if (!path.startsWith(base) || relative.includes('\0')) return undefined;
  const contentType = CONTENT_TYPES[extname(path).toLowerCase()];
  if (!contentType) return undefined;
  try {
    const body = await files.read(path);
    return body && { body, contentType, immutable: files.isAsset(path) };
  } catch {
    return undefined;
  }
}
