/** A stand-in until the PDF importer is written. */
import { CarrelError } from '../errors.js';
import type { Importer } from './model.js';

export const pdfImporter: Importer = {
  source: 'pdf',
  name: 'PDF',
  extensions: ['pdf'],
  recognises: () => false,
  read: () => Promise.reject(new CarrelError('bad-request', 'Carrel cannot read PDF files yet.')),
};
