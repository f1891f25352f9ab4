/** A stand-in until the Word (DOCX) importer is written. */
import { CarrelError } from '../errors.js';
import type { Importer } from './model.js';

export const docxImporter: Importer = {
  source: 'docx',
  name: 'Word (DOCX)',
  extensions: ['docx'],
  recognises: () => false,
  read: () => Promise.reject(new CarrelError('bad-request', 'Carrel cannot read Word (DOCX) files yet.')),
};
