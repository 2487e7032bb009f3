// Browser entry point: mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { keepDefinitionCopiesIn } from './content/catalog';
import { getDefinitionCopy, keepDefinitionCopy } from './storage/definition-copies';
import { hashToRoute } from './state/route';
import { preloadResponseQuestionnaire } from './state/use-questionnaire';
import './app/styles.css';

// Published definitions never change, so copies kept in IndexedDB stay valid; a draft being edited
// under `npm run dev` keeps its version number, so development always reads the file.
if (import.meta.env.PROD) {
  keepDefinitionCopiesIn({ get: getDefinitionCopy, keep: keepDefinitionCopy });
}

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
