/** Chicago-style citations. STUB: helper A implements. */
import type { DocumentMeta } from '../document/model.js';

/** A Chicago-style note citation for a document. */
export function chicagoNote(meta: DocumentMeta): string {
  void meta;
  throw new Error('not implemented');
}
