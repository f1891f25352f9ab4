import type { ExportedFile } from '../../core/api.js';

/** How long the file stays readable after the click: Chromium reads the blob after `click()` returns. */
const KEEP_MS = 60_000;

/**
 * Hands an exported file to the browser's download, under its own name: a Blob and a click on an
 * <a download>. Chromium saves it to the downloads folder (or asks, as the reader set it); Electron asks
 * where to save. Nothing here touches the disk itself: the renderer has no file system, by design.
 */
export function saveFile({ fileName, mediaType, content }: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([content], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  // Not added to the page: a modal dialog makes the page inert, and a detached link is clicked all the same.
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), KEEP_MS);
}
