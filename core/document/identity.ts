/** Which witnesses are of the same document. STUB: helper A implements. */
import type { DocumentMeta } from './model.js';

/** A stable key shared by every witness of one document (e.g. "telegram:8600:1950-05-14"), or undefined when the witness does not say enough. */
export function documentKey(meta: DocumentMeta): string | undefined {
  void meta;
  throw new Error('not implemented');
}

/** Merges witnesses' metadata into the document's: earlier witnesses (the archive record first) win per field; lists are unioned. */
export function mergeMeta(metas: readonly DocumentMeta[]): DocumentMeta {
  void metas;
  throw new Error('not implemented');
}
