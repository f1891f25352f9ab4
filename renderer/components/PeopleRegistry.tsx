import { lazy, Suspense, useRef, useState } from 'react';
import type { RegistryProps } from './RegistryList.js';

const RegistryList = lazy(() => import('./RegistryList.js').then((loaded) => ({ default: loaded.RegistryList })));

/**
 * "Manage people" and the "People registry" dialog it opens: everyone in the registry, "Add a person",
 * and for each person "Edit <name>", which opens their fields, aliases, merge and delete in place. A
 * native modal <dialog>, as Settings is: the focus goes in, stays, and comes back to the button.
 */
export function PeopleRegistry(props: RegistryProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);

  return (
    <>
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        Manage people
      </button>
      <dialog
        ref={dialog}
        className="settings-dialog registry-dialog"
        aria-labelledby="registry-heading"
        onClose={() => setOpen(false)}
        onClick={(event) => {
          if (event.target === dialog.current) dialog.current.close();
        }}
      >
        <div className="settings-content">
          <div className="settings-head">
            <h2 id="registry-heading" className="settings-heading">
              People registry
            </h2>
            <button type="button" className="quiet-button" onClick={() => dialog.current?.close()}>
              Close
            </button>
          </div>
          {open && (
            <Suspense fallback={<p role="status" className="status status-loading">Opening the registry…</p>}>
              <RegistryList {...props} />
            </Suspense>
          )}
        </div>
      </dialog>
    </>
  );
}
