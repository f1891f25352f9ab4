/** Colour categories and tags: what the colour picker and tag completion offer. */
import type { CarrelService } from '../../core/api.js';
import { CarrelError } from '../../core/errors.js';
import { allTagsByUse } from '../repositories/annotations.js';
import { allCategories, categoryById, categoryByName, renameCategory } from '../repositories/categories.js';
import type { Db } from '../repositories/prepared.js';
import type { ServiceContext } from './context.js';

/** The colour a new annotation takes when the reader picks none. */
export const DEFAULT_CATEGORY = 'key-claim';

/** The category id, checked: CarrelError('bad-request') naming the colours there are when it is unknown. */
export function knownCategory(db: Db, id: string): string {
  if (categoryById(db, id)) return id;
  const names = allCategories(db).map((category) => category.name);
  throw new CarrelError('bad-request', `There is no colour called "${id}". Choose one of: ${names.join(', ')}.`);
}

/** listCategories, renameCategory and listTags. */
export function categoriesService({ store }: ServiceContext): Pick<CarrelService, 'listCategories' | 'renameCategory' | 'listTags'> {
  const { db } = store;
  return {
    listCategories: () => allCategories(db),

    renameCategory: ({ id, name }) =>
      db
        .transaction(() => {
          const trimmed = name.trim();
          const category = categoryById(db, id);
          if (!category) throw new CarrelError('not-found', `No colour with id ${id}.`);
          const taken = categoryByName(db, trimmed);
          if (taken && taken.id !== id) throw new CarrelError('conflict', `Another colour is already called "${taken.name}". Choose another name.`);
          if (trimmed.length === 0 || trimmed.length > 40) throw new CarrelError('bad-request', 'A colour name is 1 to 40 characters long.');
          renameCategory(db, id, trimmed);
          return { ...category, name: trimmed };
        })
        .immediate(),

    listTags: () => allTagsByUse(db),
  };
}
