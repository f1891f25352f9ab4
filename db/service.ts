/**
 * The contract of core/api.ts implemented over the store, one part per topic in db/service/. Each
 * method reads and writes through the repositories; the dispatcher has already validated the arguments.
 */
import type { CarrelService } from '../core/api.js';
import { systemIdsAndClock, type IdsAndClock } from './import-witness.js';
import type { Store } from './open.js';
import { annotationsService } from './service/annotations.js';
import { backupsService } from './service/backups.js';
import { categoriesService } from './service/categories.js';
import { collectionsService } from './service/collections.js';
import type { ServiceContext } from './service/context.js';
import { preparedExports, type PreparedExports } from './service/prepared-exports.js';
import { documentDeletionService } from './service/document-deletion.js';
import { documentImportService } from './service/document-import.js';
import { transcriptionEncodingService } from './service/transcription-encoding.js';
import { documentInfoService } from './service/document-info.js';
import { documentNotesService } from './service/document-notes.js';
import { documentsService } from './service/documents.js';
import { exportService } from './service/export.js';
import { historyService } from './service/history.js';
import { importService } from './service/import.js';
import { libraryPagesService } from './service/library-pages.js';
import { mentionsService } from './service/mentions.js';
import { peopleService } from './service/people.js';
import { personPassagesService } from './service/person-passages.js';
import { profileService, signatureName } from './service/profile.js';
import { projectionService } from './service/projection.js';
import { rolesService } from './service/roles.js';
import { searchService } from './service/search.js';

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
  /** Where prepareExport leaves exports for the shell to serve (a new, empty one by default). */
  preparedExports?: PreparedExports;
}

/** Builds the service over an open, migrated store. Unknown ids fail with CarrelError('not-found'). */
export function createService(store: Store, { version, userName, ids = systemIdsAndClock, preparedExports: waiting }: ServiceOptions): CarrelService {
  const context: ServiceContext = { store, ids, version, userName: creatorName(userName) };
  return {
    ...documentsService(context),
    ...libraryPagesService(context),
    ...backupsService(context),
    ...documentInfoService(context),
    ...documentDeletionService(context),
    ...collectionsService(context),
    ...documentImportService(context),
    ...transcriptionEncodingService(context),
    ...annotationsService(context),
    ...documentNotesService(context),
    ...historyService(context),
    ...categoriesService(context),
    ...profileService(context),
    ...peopleService(context),
    ...mentionsService(context),
    ...rolesService(context),
    ...personPassagesService(context),
    ...exportService(context, waiting ?? preparedExports(() => ids.now().getTime())),
    ...importService(context),
    ...projectionService(context),
    ...searchService(context),
  };
}

/** A system user name fit to sign annotations, never empty. */
function creatorName(userName: string | undefined): string {
  return signatureName(userName) ?? FALLBACK_USER_NAME;
}
