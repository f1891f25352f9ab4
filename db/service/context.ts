/** What every part of the service works with; createService (db/service.ts) builds it once. */
import type { IdsAndClock } from '../import-witness.js';
import type { Store } from '../open.js';

/** The open store, where ids and times come from, and who the reader is until they say otherwise. */
export interface ServiceContext {
  readonly store: Store;
  readonly ids: IdsAndClock;
  readonly version: string;
  /** The creator name annotations carry until the reader sets one in their profile. */
  readonly userName: string;
}
