/** A stand-in until the TEI XML importer is written. */
import { CarrelError } from '../errors.js';
import type { Importer } from './model.js';

export const teiImporter: Importer = {
  source: 'tei',
  name: 'TEI XML',
  extensions: ['xml'],
  recognises: () => false,
  read: () => Promise.reject(new CarrelError('bad-request', 'Carrel cannot read TEI XML files yet.')),
};
