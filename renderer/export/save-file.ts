import type { PreparedExport } from '../../core/api.js';
import { EXPORT_PATH } from '../../core/export/download.js';

/**
 * Hands a prepared export to the browser's download, under its own name: a click on an <a download>
 * pointing at EXPORT_PATH beside the page, which the loopback host (or app:// in Electron) writes in
 * chunks as the store makes them, so a large export is never held whole, here or there. Chromium saves it
 * to the downloads folder (or asks, as the reader set it); Electron asks where to save. Nothing here
 * touches the disk itself: the renderer has no file system, by design.
 */
export function saveFile({ ticket, fileName }: PreparedExport): void {
  const link = document.createElement('a');
  link.href = `${EXPORT_PATH}${ticket}`;
  link.download = fileName;
  // Not added to the page: a modal dialog makes the page inert, and a detached link is clicked all the same.
  link.click();
}
