/**
 * The first screen rendered on the main side (the loopback host, or app:// in Electron) by the same React
 * components as the page, so that the text is on screen as soon as the HTML is, as a static page's would
 * be, and the page then takes it over (hydrates it: room.tsx). Built apart by `vite build --ssr` into
 * dist/first-screen/, and loaded by db/first-screen.ts; it asks the store through the same contract.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import type { ApiArgs, ApiMethod, ApiResult } from '../../core/api.js';
import { callKey, holdFirstScreenAnswers, releaseFirstScreenAnswers, type FirstScreenAnswer } from '../api/first-screen-answers.js';
import { App } from '../app/App.js';
import { FIRST_VIEW, libraryPageQuery } from '../library/library-view.js';
import { firstScreenHighlights, firstScreenText } from '../reader/first-screen.js';
import { hostPlace, type Place } from '../reader/place.js';
import { storedLook } from '../settings/reading-settings.js';
import { hostStoredState } from '../settings/use-stored-state.js';
import { hostWindow } from '../app/desk-layout.js';
import type { FirstScreenSent, Remembered } from './sent.js';

/** The store, as the host reaches it: an answer, or a rejection for a refusal. */
export type AskStore = <M extends ApiMethod>(method: M, args: ApiArgs<M>) => Promise<ApiResult<M>>;

/** The first screen: its HTML, and what the page needs to take it over. */
export interface FirstScreen {
  markup: string;
  sent: FirstScreenSent;
}

/**
 * Renders the room as it opens where the page last was (the first document when that one is gone): the
 * library, and the document's transcription that was open, or its first. What the first screen shows is
 * asked for, and the highlights over it with the notes' colours, which the host does not paint but sends
 * for the page to paint as soon as it has taken the screen over (use-annotations.ts): asked for by the
 * page, their answers waited some 80 ms behind its other work. The notes and people come to the page
 * afterwards, as they do when a document is opened from the library.
 */
export async function renderFirstScreen(ask: AskStore, { place: wanted, compact, look }: Remembered): Promise<FirstScreen> {
  const answers: FirstScreenAnswer[] = [];
  const answer: AskStore = async (method, args) => {
    const value = await ask(method, args);
    answers.push([callKey(method, args), value]);
    return value;
  };
  const [opening] = await Promise.all([
    ask('openingDocument', wanted.documentId === undefined ? {} : { documentId: wanted.documentId }),
    answer('listLibrary', libraryPageQuery(FIRST_VIEW, 0)),
    answer('listCollections', {}),
  ]);
  const { document } = opening;
  // Held under the arguments the page's App asks with: the place rendered, which may not be the one wanted.
  answers.push([callKey('openingDocument', document ? { documentId: document.id } : {}), opening]);
  const witness = document?.witnesses.find((candidate) => candidate.id === wanted.witnessId) ?? document?.witnesses[0];
  const place: Place = { documentId: document?.id, witnessId: witness?.id };
  await Promise.all([
    document && answer('getDocument', { documentId: document.id }),
    // The beginning of a long text, as the page's own first render asks (reader/first-screen.ts): the rest
    // comes to the page once it has taken over.
    witness && answer('getWitness', firstScreenText(witness.id)),
    witness && answer('listHighlights', firstScreenHighlights(witness.id)),
    witness && answer('listCategories', {}),
  ]);
  // A render is synchronous: the answers and the place are the host's for exactly its length.
  holdFirstScreenAnswers(answers);
  hostPlace(place);
  hostWindow(compact);
  const stored = storedLook(look);
  hostStoredState(stored);
  try {
    const markup = renderToString(
      <StrictMode>
        <App />
      </StrictMode>,
    );
    return { markup, sent: { place, compact, stored, answers } };
  } finally {
    releaseFirstScreenAnswers();
    hostPlace({});
    hostWindow(false);
    hostStoredState({});
  }
}
