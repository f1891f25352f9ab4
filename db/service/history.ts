/** Undo and redo across every annotation and document note, newest change first. */
import type { CarrelService } from '../../core/api.js';
import type { ServiceContext } from './context.js';
import { redoNext, undoLast } from './edits.js';

/** undo and redo; each answers what it did in the reader's words, and the document it touched. */
export function historyService({ store }: ServiceContext): Pick<CarrelService, 'undo' | 'redo'> {
  const { db } = store;
  return {
    undo: () => db.transaction(() => undoLast(db)).immediate(),
    redo: () => db.transaction(() => redoNext(db)).immediate(),
  };
}
