import { useId } from 'react';
import type { AnchorCandidate } from '../../core/annotation/model.js';
import type { PassageContext } from '../reader/passage-context.js';
import { PassageInContext } from './PassageInContext.js';

/** What an orphan's card can do with the places its quote was found. */
export interface OrphanActions {
  /** The words around a place, when the text is shown. */
  contextOf: (place: AnchorCandidate) => PassageContext | null;
  /** Shows a place in the text, so the reader can judge it. */
  show: (place: AnchorCandidate) => void;
  /** Points the annotation at a place, or at the passage selected now without one. */
  reattach: (place?: AnchorCandidate) => void;
}

interface OrphanPlacesProps {
  places: readonly AnchorCandidate[];
  quote: string;
  actions: OrphanActions;
}

/**
 * "Found 3 times: which one?": the places an orphan's quote was found, as good as each other, each with
 * the words around it (a button that shows it in the text) and "Attach here", in text order.
 */
export function OrphanPlaces({ places, quote, actions }: OrphanPlacesProps) {
  const id = useId();
  return (
    <div className="orphan-places" role="group" aria-labelledby={id}>
      <p id={id} className="orphan-places-title">
        {places.length === 1 ? 'Found once, out of its context: is this it?' : `Found ${places.length} times: which one?`}
      </p>
      <ol className="orphan-place-list">
        {places.map((place, index) => (
          <li key={`${place.start}:${place.end}`} className="orphan-place">
            <button type="button" className="context-button" onClick={() => actions.show(place)} title="Show in the text">
              <PassageInContext context={actions.contextOf(place) ?? { before: '', quote, after: '' }} />
            </button>
            <button type="button" className="quiet-button orphan-place-attach" onClick={() => actions.reattach(place)}>
              Attach here
              <span className="visually-hidden">
                {' '}
                ({index + 1} of {places.length})
              </span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
