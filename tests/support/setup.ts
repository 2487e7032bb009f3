// Runs before every test file: an in-memory IndexedDB (Dexie's live queries look for the global one),
// jest-dom matchers, and fetch of the app's own files (questionnaires) served from disk.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadAllTexts } from '../../src/lib/i18n';

const networkFetch = globalThis.fetch;
globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const path = url.replace(/^https?:\/\/[^/]+/, '');
  if (path.startsWith('/assessments/')) {
    const body = await readFile(
      join(process.cwd(), decodeURIComponent(path.split('?')[0] ?? '')),
      'utf8',
    );
    return new Response(body, { headers: { 'content-type': 'application/json' } });
  }
  return networkFetch(input, init);
};

// Screens load their charts and rarely used parts on demand. On a busy two-core machine that can take
// longer than testing-library's one-second default wait; what is checked stays the same, only the wait
// for it grows. Speed is measured by `npm run bench`, not by these waits.
configure({ asyncUtilTimeout: 5000 });

// The app fetches its interface texts before the first render (src/main.tsx) or with the screen that
// needs them; tests render directly, so every text is fetched once here.
await loadAllTexts();
