/**
 * Collections: a seminar's reading list, an archive box. A document may be in several; deleting a
 * collection leaves its documents in the library. Collections are not in the undo history: each change
 * is one click to make again.
 */
import type { CarrelService, Collection } from '../../core/api.js';
import { CarrelError } from '../../core/errors.js';
import {
  addMembership,
  allCollections,
  collectionById,
  deleteCollectionRow,
  insertCollection,
  removeMembership,
  renameCollectionRow,
} from '../repositories/collections.js';
import { documentById } from '../repositories/documents.js';
import type { Db } from '../repositories/prepared.js';
import type { ServiceContext } from './context.js';
import { noDocument } from './not-found.js';

type CollectionMethods = 'listCollections' | 'createCollection' | 'renameCollection' | 'deleteCollection' | 'addToCollection' | 'removeFromCollection';

/** The collection methods. Unknown ids fail with CarrelError('not-found'), a name taken with 'conflict'. */
export function collectionsService({ store, ids }: ServiceContext): Pick<CarrelService, CollectionMethods> {
  const { db } = store;
  const write = <T>(work: () => T): T => db.transaction(work).immediate();
  return {
    listCollections: () => allCollections(db),

    createCollection: ({ name }) =>
      write(() => {
        refuseTakenName(db, name);
        const id = ids.newId();
        insertCollection(db, { id, name, created: ids.now().toISOString() });
        return existing(db, id);
      }),

    renameCollection: ({ id, name }) =>
      write(() => {
        existing(db, id);
        refuseTakenName(db, name, id);
        renameCollectionRow(db, id, name);
        return existing(db, id);
      }),

    deleteCollection: ({ id }) =>
      write(() => {
        existing(db, id);
        deleteCollectionRow(db, id);
        return { id };
      }),

    addToCollection: ({ collectionId, documentId }) =>
      write(() => {
        existing(db, collectionId);
        if (!documentById(db, documentId)) throw noDocument(documentId);
        addMembership(db, collectionId, documentId);
        return existing(db, collectionId);
      }),

    removeFromCollection: ({ collectionId, documentId }) =>
      write(() => {
        existing(db, collectionId);
        if (!documentById(db, documentId)) throw noDocument(documentId);
        removeMembership(db, collectionId, documentId);
        return existing(db, collectionId);
      }),
  };
}

/** The collection with this id; CarrelError('not-found') when there is none. */
export function existing(db: Db, id: string): Collection {
  const collection = collectionById(db, id);
  if (!collection) throw new CarrelError('not-found', `No collection with id ${id}. It may have been deleted.`);
  return collection;
}

/** The collection called `name`, whatever its letter case in any script, or undefined. */
export function collectionNamed(db: Db, name: string): Collection | undefined {
  const wanted = folded(name);
  return allCollections(db).find((collection) => folded(collection.name) === wanted);
}

/** Refuses a name another collection has (`except`: the one being renamed), whatever its case. */
function refuseTakenName(db: Db, name: string, except?: string): void {
  const taken = collectionNamed(db, name);
  if (taken && taken.id !== except) throw new CarrelError('conflict', `There is already a collection called “${taken.name}”.`);
}

/** Case folded beyond ASCII, as the schema's NOCASE does not: “Ящик 3” and “ящик 3” are one name. */
function folded(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
