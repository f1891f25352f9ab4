/**
 * An export as a download: where the page fetches it (beside itself, so the loopback host and app://
 * alike), the ticket that names it there, and the headers it is served with.
 */
import type { ExportStream } from './index.js';

/** Where the page downloads an export prepareExport made ready: EXPORT_PATH + ticket, relative to the page. */
export const EXPORT_PATH = 'exports/';

/** A ticket's shape: 16 random bytes in base64url. */
export const EXPORT_TICKET = /^[A-Za-z0-9_-]{22}$/u;

/**
 * Content-Type and Content-Disposition for `file`. The name goes twice (RFC 6266): plainly, with anything
 * outside printable ASCII or special in a quoted string made "_", for old readers; and exactly, in
 * RFC 8187's UTF-8 form, which browsers prefer.
 */
export function downloadHeaders({ fileName, mediaType }: Pick<ExportStream, 'fileName' | 'mediaType'>): Record<string, string> {
  const plain = fileName.replace(/[^\x20-\x7e]|["\\%]/gu, '_');
  const exact = encodeURIComponent(fileName).replace(/['()*]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return { 'Content-Type': mediaType, 'Content-Disposition': `attachment; filename="${plain}"; filename*=UTF-8''${exact}` };
}
