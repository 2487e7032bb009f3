// Browser entry point: mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { hashToRoute } from './state/route';
import { preloadResponseQuestionnaire } from './state/use-questionnaire';
import './app/styles.css';

const route = hashToRoute(location.hash);
if (route.name === 'take') preloadResponseQuestionnaire(route.responseId);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
