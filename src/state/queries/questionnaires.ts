// Questionnaire versions from the catalog (src/content), loaded for the screens.
import { useEffect, useState } from 'react';
import { keepDefinitionCopiesIn, loadQuestionnaire } from '../../content/catalog';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import { getDefinitionCopy, getResponse, keepDefinitionCopy } from '../../storage';

export type Loadable<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: Error };

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

/** Loads with `load` whenever `key` changes; shows "loading" until the result for the current key is in. */
export function useLoad<T>(key: string | undefined, load: () => Promise<T>): Loadable<T> {
  const [state, setState] = useState<{ key: string; result: Loadable<T> } | null>(null);
  useEffect(() => {
    if (key === undefined) return;
    let live = true;
    load().then(
      (value) => {
        if (live) setState({ key, result: { status: 'ready', value } });
      },
      (error: unknown) => {
        if (live) setState({ key, result: { status: 'error', error: asError(error) } });
      },
    );
    return () => {
      live = false;
    };
    // `key` identifies what `load` loads
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state !== null && state.key === key ? state.result : { status: 'loading' };
}

export function useQuestionnaire(
  id: string | undefined,
  version: string | undefined,
): Loadable<PreparedQuestionnaire> {
  const key = id === undefined || version === undefined ? undefined : `${id}@${version}`;
  return useLoad(key, () => loadQuestionnaire(id ?? '', version ?? ''));
}

/**
 * Starts loading the questionnaire of a response as the app starts on its page, before the screen
 * has rendered and read the response: its definition file then arrives sooner. Failures are left to
 * the screen, which loads the same (shared) promise and says what went wrong.
 */
export function preloadResponseQuestionnaire(responseId: string): void {
  getResponse(responseId)
    .then((response) => response && loadQuestionnaire(response.questionnaireId, response.version))
    .catch(() => undefined);
}

/**
 * Opened definitions are kept on the device and read from there next time (production builds: a
 * published version never changes, while a draft under `npm run dev` keeps its version number).
 */
export function keepQuestionnaireCopiesOnDevice(): void {
  keepDefinitionCopiesIn({ get: getDefinitionCopy, keep: keepDefinitionCopy });
}
