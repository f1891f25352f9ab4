import { lazy, Suspense } from 'react';
import type { RegistryProps } from './RegistryList.js';
import { Sheet, useSheet } from '../ui/Sheet.js';

const RegistryList = lazy(() => import('./RegistryList.js').then((loaded) => ({ default: loaded.RegistryList })));

/**
 * "Manage people" and the "People registry" dialog it opens: everyone in the registry, "Add a person",
 * and for each person "Edit <name>", which opens their fields, aliases, merge and delete in place. A
 * Sheet, as Settings is: the focus goes in, stays, and comes back to the button.
 */
export function PeopleRegistry(props: RegistryProps) {
  const sheet = useSheet();
  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={sheet.show}>
        Manage people
      </button>
      <Sheet sheet={sheet} heading="People registry" className="registry-dialog">
        <Suspense fallback={<p role="status" className="status status-loading">Opening the registry…</p>}>
          <RegistryList {...props} />
        </Suspense>
      </Sheet>
    </>
  );
}
