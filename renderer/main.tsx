/** Entry point: fonts and tokens first, so the first paint is already in the reading face and theme. */
import './styles/fonts.css';
import './styles/tokens.css';
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { prefetchOpeningPlace } from './api/start-up.js';
import { App } from './app/App.js';

prefetchOpeningPlace();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
