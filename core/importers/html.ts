/** A stand-in until the HTML importer is written. */
import { CarrelError } from '../errors.js';
import type { Importer } from './model.js';

export const htmlImporter: Importer = {
  source: 'html',
  name: 'HTML',
  extensions: ['html'],
  recognises: () => false,
  read: () => Promise.reject(new CarrelError('bad-request', 'Carrel cannot read HTML files yet.')),
};
