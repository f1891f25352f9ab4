/** Collections named on the command line (`--collection NAME`), found whatever their letter case. */
import { apiSchemas, type CarrelService, type Collection } from '../../core/api.js';
import { CarrelError } from '../../core/errors.js';

/** The collection called `name` (letter case aside), or undefined. */
export async function collectionNamed(service: CarrelService, name: string): Promise<Collection | undefined> {
  const wanted = name.trim().normalize('NFC').toLowerCase();
  return (await service.listCollections({})).find((collection) => collection.name.normalize('NFC').toLowerCase() === wanted);
}

/** The collection called `name`; CarrelError('not-found') naming it when there is none. */
export async function existingCollection(service: CarrelService, name: string): Promise<Collection> {
  const found = await collectionNamed(service, name);
  if (!found) throw new CarrelError('not-found', `There is no collection called “${name.trim()}”. \`carrel import FILE --collection "${name.trim()}"\` makes one.`);
  return found;
}

/** The collection called `name`, made if there is none yet; a name no collection may have is refused as the reading room refuses it. */
export async function collectionCalled(service: CarrelService, name: string): Promise<Collection> {
  const found = await collectionNamed(service, name);
  if (found) return found;
  // The command line calls the service without the dispatcher: the contract's checks are made here.
  const parsed = apiSchemas.createCollection.args.safeParse({ name });
  if (!parsed.success) throw new CarrelError('bad-request', `--collection: ${parsed.error.issues[0]?.message ?? 'not a name a collection can have.'}`);
  return service.createCollection(parsed.data);
}
