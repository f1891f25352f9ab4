import { useId, useState } from 'react';
import type { Collection, DocumentDetail } from '../../core/api.js';
import { api } from '../api/client.js';
import { shownValue } from '../api/use-revised-api.js';
import { useApi } from '../api/use-api.js';
import { NewCollection } from './CollectionsDialog.js';
import { useFollowLibrary, useLibrary } from './library-context.js';
import './Collections.css';

/**
 * "Collections" in a document's information: a box for each collection, ticked where the document is
 * (a document may be in several), and a new collection made with the document in it.
 */
export function DocumentCollections({ document }: { document: DocumentDetail }) {
  const id = useId();
  const library = useLibrary();
  const [loaded, reload] = useApi('listCollections', {});
  useFollowLibrary(reload);
  const collections = shownValue(loaded) ?? [];
  const [error, setError] = useState<string>();
  // The reader's ticks, shown at once: the document's own list follows once the store has answered.
  const [ticked, setTicked] = useState<Record<string, boolean>>({});

  const put = (collection: Collection, inIt: boolean) => {
    setError(undefined);
    setTicked((all) => ({ ...all, [collection.id]: inIt }));
    const change = inIt ? api.addToCollection : api.removeFromCollection;
    change({ collectionId: collection.id, documentId: document.id }).then(
      () => library.changed(document.id),
      (failure: unknown) => {
        setTicked((all) => ({ ...all, [collection.id]: !inIt }));
        setError(failure instanceof Error ? failure.message : String(failure));
      },
    );
  };

  return (
    <section className="info-collections" aria-labelledby={`${id}-collections`}>
      <h3 id={`${id}-collections`} className="info-subheading">
        Collections
      </h3>
      {collections.length > 0 && (
        <ul className="info-collection-list">
          {collections.map((collection) => (
            <li key={collection.id}>
              <label className="info-collection">
                <input type="checkbox" checked={ticked[collection.id] ?? document.collectionIds.includes(collection.id)} onChange={(event) => put(collection, event.target.checked)} />
                {collection.name}
              </label>
            </li>
          ))}
        </ul>
      )}
      <NewCollection label={collections.length === 0 ? 'Put it in a new collection' : 'Or in a new collection'} onCreated={(created) => put(created, true)} />
      {error !== undefined && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </section>
  );
}
