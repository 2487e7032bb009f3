// Cycles on the device, scored as the results screen scores them, with their roadmap edits and own
// actions. Live: they follow changes made in this tab or another. Questionnaire versions load once per
// set of versions.
import { useMemo } from 'react';
import { loadQuestionnaire } from '../../content/catalog';
import type { Cycle } from '../../domain/cycle';
import type { OwnActionRecord } from '../../domain/own-action';
import type { RoadmapEdit } from '../../domain/roadmap-edit';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import { listCycles } from '../../storage';
import type { QuestionnaireOutcome } from '../cycle-results';
import { cycleOutcomes, cycleVersionRefs } from './cycle-outcomes';
import { readCycleResponses, type ResponseWithAnswers } from './cycle-data';
import { readOwnActions, readRoadmapEdits } from './roadmap-edits';
import type { Loadable } from './questionnaires';
import { useQuestionnaires } from './questionnaire-sets';
import { useLive } from './use-live';

/** A cycle scored: one outcome per questionnaire it includes, and leadership's roadmap edits. */
export interface CycleSnapshot {
  cycle: Cycle;
  outcomes: readonly QuestionnaireOutcome[];
  edits: readonly RoadmapEdit[];
  /** The organization's own actions of the cycle, in the order they were added. */
  ownActions: readonly OwnActionRecord[];
  /** Every response of the cycle with its answers, answered or not yet. */
  responses: readonly ResponseWithAnswers[];
  /** The questionnaire versions the cycle's responses were scored on, by "id@version". */
  versions: ReadonlyMap<string, PreparedQuestionnaire>;
}

async function readCycles(cycleIds: readonly string[] | undefined) {
  const cycles = (await listCycles()).filter(
    (cycle) => cycleIds === undefined || cycleIds.includes(cycle.id),
  );
  // The cycles' questionnaire versions load (shared, once) while their answers are read; a version
  // that fails to load is reported by useQuestionnaires below.
  for (const ref of cycles.flatMap((cycle) => cycle.questionnaires)) {
    loadQuestionnaire(ref.id, ref.version).catch(() => undefined);
  }
  return Promise.all(
    cycles.map(async (cycle) => ({
      cycle,
      responses: await readCycleResponses(cycle),
      edits: await readRoadmapEdits(cycle.id),
      ownActions: await readOwnActions(cycle.id),
    })),
  );
}

/**
 * Newest cycle first: the cycles in `cycleIds`, or every cycle without it. Reading and scoring waits
 * (stays "loading") while `enabled` is false. Reading a cycle costs a read of all its answers: ten
 * years of a busy agency are tens of thousands of them.
 */
export function useCycleSnapshots(
  cycleIds?: readonly string[],
  enabled = true,
): Loadable<CycleSnapshot[]> {
  const idsKey = cycleIds?.join(',');
  const read = useLive(
    async () =>
      enabled
        ? { idsKey, cycles: await readCycles(idsKey?.split(',').filter(Boolean)) }
        : undefined,
    [enabled, idsKey],
  );
  // Until the query for these ids has answered, an earlier answer (other ids) may still be here.
  const stored = read?.idsKey === idsKey ? read?.cycles : undefined;
  const refs = useMemo(() => {
    if (stored === undefined) return undefined;
    const unique = new Map<string, { id: string; version: string }>();
    for (const { cycle, responses } of stored) {
      for (const ref of cycleVersionRefs(cycle, responses)) {
        unique.set(`${ref.id}@${ref.version}`, ref);
      }
    }
    return [...unique.values()].sort((a, b) =>
      `${a.id}@${a.version}`.localeCompare(`${b.id}@${b.version}`),
    );
  }, [stored]);
  const versions = useQuestionnaires(refs);

  return useMemo((): Loadable<CycleSnapshot[]> => {
    if (stored === undefined || versions.status === 'loading') return { status: 'loading' };
    if (versions.status === 'error') return versions;
    const byKey = new Map<string, PreparedQuestionnaire>(
      versions.value.map((q) => [`${q.definition.id}@${q.definition.version}`, q]),
    );
    return {
      status: 'ready',
      value: stored.map(({ cycle, responses, edits, ownActions }) => ({
        cycle,
        outcomes: cycleOutcomes(cycle, responses, byKey),
        edits,
        ownActions,
        responses,
        versions: byKey,
      })),
    };
  }, [stored, versions]);
}
