/**
 * The reading room itself, loaded by the entry point (main.tsx): it takes over the first screen the host
 * rendered, or renders the room on its own when the host sent none.
 */
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { holdFirstScreenAnswers } from './api/first-screen-answers.js';
import { prefetchOpeningPlace } from './api/start-up.js';
import { App } from './app/App.js';
import { hostWindow } from './app/desk-layout.js';
import { hostStoredState } from './settings/use-stored-state.js';
import { completeHead } from './first-screen/deferred-head.js';
import { takeOverFirstScreen } from './first-screen/take-over.js';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
const sent = takeOverFirstScreen(root);
if (sent) {
  // The host rendered this place: its text is on screen already, and the page takes it over as it is.
  // Nothing is asked for before the take-over: the highlights over the screen came with it
  // (first-screen/render.tsx), and the rest (the people, the notes' outlines) is asked for by the effects
  // after it. Asked for before it, the calls and their answers made the keys work some 6 ms later.
  holdFirstScreenAnswers(sent.answers);
  hostWindow(sent.compact);
  hostStoredState(sent.stored);
  hydrateRoot(root, app);
} else {
  completeHead();
  prefetchOpeningPlace();
  createRoot(root).render(app);
}
