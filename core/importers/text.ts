/** A stand-in until the Text importer is written. */
import { CarrelError } from '../errors.js';
import type { Importer } from './model.js';

export const textImporter: Importer = {
  source: 'text',
  name: 'Text',
  extensions: ['txt'],
  recognises: () => false,
  read: () => Promise.reject(new CarrelError('bad-request', 'Carrel cannot read Text files yet.')),
};
