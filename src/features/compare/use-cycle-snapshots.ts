// Every cycle on the device, scored as the results screen scores it, with its roadmap edits. Live: it
// follows changes made in this tab or another. Questionnaire versions load once per set of versions.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import { cycleOutcomes, cycleVersionRefs, readCycleResponses } from '../../state/cycle-outcomes';
import { useQuestionnaires, type Loadable } from '../../state/use-questionnaire';
import { listCycles } from '../../storage/cycles';
import { listRoadmapEdits } from '../../storage/roadmap-edits';
import type { CycleSnapshot } from './compare-cycles';

async function readEverything() {
  const cycles = await listCycles();
  return Promise.all(
    cycles.map(async (cycle) => ({
      cycle,
      responses: await readCycleResponses(cycle),
      edits: await listRoadmapEdits(cycle.id),
    })),
  );
}

/** Newest cycle first. */
export function useCycleSnapshots(): Loadable<CycleSnapshot[]> {
  const stored = useLiveQuery(readEverything, []);
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
      value: stored.map(({ cycle, responses, edits }) => ({
        cycle,
        outcomes: cycleOutcomes(cycle, responses, byKey),
        edits,
      })),
    };
  }, [stored, versions]);
}
