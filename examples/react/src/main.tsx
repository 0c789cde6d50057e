import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Registers <offer-search>, <offer-map>, <event-list> and <job-board>.
import 'willkommen-widgets/define';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
