// Several questionnaire versions at once, for the screens that show a whole cycle (not the first
// screens, so apart from questionnaires.ts, which they load).
import { loadQuestionnaire } from '../../content/catalog';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import { useLoad, type Loadable } from './questionnaires';

/** Several questionnaire versions at once, e.g. every questionnaire of a cycle. */
export function useQuestionnaires(
  refs: readonly { id: string; version: string }[] | undefined,
): Loadable<PreparedQuestionnaire[]> {
  const key = refs?.map((r) => `${r.id}@${r.version}`).join(',');
  return useLoad(key, () =>
    Promise.all((refs ?? []).map((r) => loadQuestionnaire(r.id, r.version))),
  );
}
