// Browser entry point: mounts the app, or only a notice when another site frames it, or client mode.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { framedByAnotherOrigin } from './app/framing';
import { initialLanguage, loadCoreTexts } from './lib/i18n';
import { hashToRoute } from './routing/route';
import {
  keepQuestionnaireCopiesOnDevice,
  preloadResponseQuestionnaire,
} from './state/queries/questionnaires';
import { CLIENT_MODE_KEY, clientModeOn } from './state/client-mode-flag';
import './app/styles.css';

const root = document.getElementById('root');

const framed = framedByAnotherOrigin(window);
if (framed || clientModeOn()) {
  // Another site shows Boussole in a frame (say so, and neither open the database nor show a screen),
  // or a client holds the device (client mode, never the agency's screens). Either page is loaded only
  // then, so it adds nothing to a normal start.
  void import('./app/other-pages').then(
    ({ startOtherPage }) => root && startOtherPage(root, framed ? 'framed' : 'client-mode'),
  );
} else {
  // Published definitions never change, so copies kept in IndexedDB stay valid; a draft being edited
  // under `npm run dev` keeps its version number, so development always reads the file.
  if (import.meta.env.PROD) {
    keepQuestionnaireCopiesOnDevice();
  }

  const route = hashToRoute(location.hash);
  if (route.name === 'take') preloadResponseQuestionnaire(route.responseId);

  // The first screens' texts, in the reader's language only, come before the first render. Should
  // they fail to arrive the app renders anyway and i18next tries again as screens ask for them.
  const render = () => {
    if (root) {
      createRoot(root).render(
        <StrictMode>
          <App />
        </StrictMode>,
      );
    }
  };
  loadCoreTexts(initialLanguage()).then(render, render);
}

// Every open tab follows this device into client mode and out of it (the switch is made in one tab).
addEventListener('storage', (event) => {
  if (event.key === CLIENT_MODE_KEY && (event.oldValue === null) !== (event.newValue === null))
    location.reload();
});
