/** Whether the page can take over the first screen the host rendered, and what the host sent with it. */
import { placeHref, readPlace } from '../reader/place.js';
import { SENT_ID, type FirstScreenSent } from './sent.js';

function isSent(value: unknown): value is FirstScreenSent {
  return (
    typeof value === 'object' &&
    value !== null &&
    'place' in value &&
    typeof value.place === 'object' &&
    value.place !== null &&
    'compact' in value &&
    typeof value.compact === 'boolean' &&
    'stored' in value &&
    typeof value.stored === 'object' &&
    value.stored !== null &&
    'answers' in value &&
    Array.isArray(value.answers)
  );
}

/** What the host sent, read from the page's JSON block (which is then removed), or undefined. */
function readSent(): FirstScreenSent | undefined {
  const block = document.getElementById(SENT_ID);
  block?.remove();
  try {
    const value: unknown = JSON.parse(block?.textContent ?? '');
    return isSent(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What the host sent, when the page opens at the place it rendered: the address names no document, or
 * the same document and transcription, and no comparison (the host renders reading, not comparing). The
 * address is then set to that place, so that the page's first render reads it as the host's did.
 * Otherwise (a link to another place, or a page served without a first screen) the host's HTML is
 * cleared and the page renders on its own.
 */
export function takeOverFirstScreen(root: HTMLElement): FirstScreenSent | undefined {
  const sent = readSent();
  const wanted = readPlace();
  const rendered = sent?.place;
  const same =
    rendered !== undefined &&
    wanted.compare === undefined &&
    (wanted.documentId === undefined || (wanted.documentId === rendered.documentId && (wanted.witnessId ?? rendered.witnessId) === rendered.witnessId));
  if (!sent || !same || root.firstElementChild === null) {
    root.replaceChildren();
    return undefined;
  }
  if (wanted.witnessId === undefined && rendered.documentId !== undefined) {
    const fragment = new URLSearchParams(location.hash.slice(1));
    for (const [name, value] of new URLSearchParams(placeHref(rendered).slice(1))) fragment.set(name, value);
    history.replaceState(history.state, '', `#${fragment.toString()}`);
  }
  return sent;
}
