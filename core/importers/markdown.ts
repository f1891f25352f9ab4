/** A stand-in until the Markdown importer is written. */
import { CarrelError } from '../errors.js';
import type { Importer } from './model.js';

export const markdownImporter: Importer = {
  source: 'markdown',
  name: 'Markdown',
  extensions: ['md'],
  recognises: () => false,
  read: () => Promise.reject(new CarrelError('bad-request', 'Carrel cannot read Markdown files yet.')),
};
