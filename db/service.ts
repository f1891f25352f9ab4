/**
 * The contract of core/api.ts implemented over the store, one part per topic in db/service/. Each
 * method reads and writes through the repositories; the dispatcher has already validated the arguments.
 */
import type { CarrelService } from '../core/api.js';
import { systemIdsAndClock, type IdsAndClock } from './import-witness.js';
import type { Store } from './open.js';
import { annotationsService } from './service/annotations.js';
import { categoriesService } from './service/categories.js';
import type { ServiceContext } from './service/context.js';
import { documentNotesService } from './service/document-notes.js';
import { documentsService } from './service/documents.js';
import { historyService } from './service/history.js';
import { mentionsService } from './service/mentions.js';
import { peopleService } from './service/people.js';
import { personPassagesService } from './service/person-passages.js';
import { profileService } from './service/profile.js';
import { rolesService } from './service/roles.js';

/** The name annotations carry when the shell knows no user name. */
export const FALLBACK_USER_NAME = 'Reader';

/**
 * What the shell tells the service: the app's version, the system user's name (the creator of
 * annotations until the reader sets their own), and where ids and times come from (tests fix them).
 */
export interface ServiceOptions {
  version: string;
  userName?: string;
  ids?: IdsAndClock;
}

/** Builds the service over an open, migrated store. Unknown ids fail with CarrelError('not-found'). */
export function createService(store: Store, { version, userName, ids = systemIdsAndClock }: ServiceOptions): CarrelService {
  const context: ServiceContext = { store, ids, version, userName: creatorName(userName) };
  return {
    ...documentsService(context),
    ...annotationsService(context),
    ...documentNotesService(context),
    ...historyService(context),
    ...categoriesService(context),
    ...profileService(context),
    ...peopleService(context),
    ...mentionsService(context),
    ...rolesService(context),
    ...personPassagesService(context),
  };
}

/** A system user name fit to sign annotations: trimmed, at most 80 characters, never empty. */
function creatorName(userName: string | undefined): string {
  // Cut by code points, as SQLite counts them, so that no character is split in half.
  const name = Array.from(userName?.trim() ?? '').slice(0, 80).join('').trim();
  return name === '' ? FALLBACK_USER_NAME : name;
}
