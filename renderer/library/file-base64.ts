import type { MAX_DOCUMENT_BASE64 } from '../../core/api.js';

// The contract's bound on a file, checked before the file is read. Typed as the contract's constant (as
// base64 characters, four for every three bytes), so that the two cannot drift apart.
const MAX_BASE64: typeof MAX_DOCUMENT_BASE64 = 139_810_136;
const MAX_FILE_BYTES = (MAX_BASE64 / 4) * 3;
// The contract rounds the bound up to whole base64 quads, a byte or two past its 100 MB: say the 100.
const MAX_MEGABYTES = Math.floor(MAX_FILE_BYTES / 1024 / 1024);

/**
 * The file's bytes as base64, read here because the renderer has no file system: how importDocument takes
 * a file. A file larger than the contract takes is refused before it is read, with a sentence.
 */
export function readAsBase64(file: File): Promise<string> {
  if (file.size > MAX_FILE_BYTES) return Promise.reject(new Error(`“${file.name}” is larger than ${MAX_MEGABYTES} MB, more than Carrel imports.`));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/u, ''));
    reader.onerror = () => reject(new Error(`“${file.name}” could not be read: ${reader.error?.message ?? 'the browser refused it'}.`));
    reader.readAsDataURL(file);
  });
}
