// The cycle roadmap as the roadmap screen, the CSV and a new cycle's carry-over read it: the cycle's
// questionnaires scored as the results screen scores them, leadership's decisions, the organization's
// own actions and its staff band, built into one list of actions (engine `buildCycleRoadmap`). The
// hook is live: it follows changes made in this tab or another.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { loadQuestionnaire } from '../content/catalog';
import { buildCycleRoadmap } from '../engine/cycle-roadmap';
import type { CycleRoadmap } from '../engine/cycle-action';
import type { PreparedQuestionnaire } from '../engine/prepare';
import type { OwnActionRecord, RoadmapEdit } from '../storage/action-records';
import { getCycle } from '../storage/cycles';
import { listOwnActions } from '../storage/own-actions';
import { getProfile } from '../storage/profile';
import type { Cycle, OrganizationProfile } from '../storage/records';
import { listRoadmapEdits } from '../storage/roadmap-edits';
import { cycleOutcomes, cycleVersionRefs, readCycleResponses } from './cycle-outcomes';
import type { QuestionnaireOutcome } from './cycle-results';
import type { ResponseWithAnswers } from './data-hooks';
import { PLANNING_RULES } from '../content/planning-rules';
import { useQuestionnaires, type Loadable } from './use-questionnaire';

/** What is stored for a cycle's roadmap, read together so it is consistent. */
interface StoredRoadmap {
  cycle: Cycle;
  responses: ResponseWithAnswers[];
  edits: RoadmapEdit[];
  ownActions: OwnActionRecord[];
  profile: OrganizationProfile | null;
}

export interface CycleRoadmapView {
  cycle: Cycle;
  profile: OrganizationProfile | null;
  /** One per questionnaire of the cycle, in its order; `result` null when nobody answered. */
  outcomes: QuestionnaireOutcome[];
  roadmap: CycleRoadmap;
  ownActions: OwnActionRecord[];
  /**
   * Decisions carried over from an earlier cycle whose action this cycle's answers do not propose
   * (not yet answered, or no longer needed): shown apart so nothing carried over goes unseen.
   */
  waitingCarried: RoadmapEdit[];
}

async function readStored(cycleId: string): Promise<StoredRoadmap | null> {
  const cycle = await getCycle(cycleId);
  if (cycle === undefined) return null;
  const [responses, edits, ownActions, profile] = await Promise.all([
    readCycleResponses(cycle),
    listRoadmapEdits(cycleId),
    listOwnActions(cycleId),
    getProfile(),
  ]);
  return { cycle, responses, edits, ownActions, profile: profile ?? null };
}

const refKey = (ref: { id: string; version: string }) => `${ref.id}@${ref.version}`;

function buildView(
  stored: StoredRoadmap,
  versions: ReadonlyMap<string, PreparedQuestionnaire>,
): CycleRoadmapView {
  const { cycle, responses, edits, ownActions, profile } = stored;
  const outcomes = cycleOutcomes(cycle, responses, versions);
  const roadmap = buildCycleRoadmap({
    questionnaires: outcomes.map(({ questionnaire, result }) => ({ questionnaire, result })),
    decisions: edits,
    ownActions,
    planning: { rules: PLANNING_RULES, staffBand: profile?.staffBand },
  });
  const proposedKeys = new Set(
    roadmap.actions.flatMap((action) =>
      action.kind === 'proposed' ? [action.key, ...action.members.map((m) => m.key)] : [],
    ),
  );
  const waitingCarried = edits.filter(
    (edit) => edit.carriedFrom !== undefined && !proposedKeys.has(edit.itemKey),
  );
  return { cycle, profile, outcomes, roadmap, ownActions, waitingCarried };
}

/** The cycle's roadmap, live; `null` when the cycle is not stored. */
export function useCycleRoadmap(cycleId: string | undefined): Loadable<CycleRoadmapView | null> {
  const stored = useLiveQuery(
    async () => (cycleId === undefined ? undefined : { cycleId, data: await readStored(cycleId) }),
    [cycleId],
  );
  const current = stored?.cycleId === cycleId ? stored?.data : undefined;
  const refsKey =
    current === undefined || current === null
      ? undefined
      : cycleVersionRefs(current.cycle, current.responses).map(refKey).join(',');
  const refs = useMemo(
    () =>
      refsKey?.split(',').map((key) => {
        const at = key.lastIndexOf('@');
        return { id: key.slice(0, at), version: key.slice(at + 1) };
      }),
    [refsKey],
  );
  const versions = useQuestionnaires(refs);
  return useMemo((): Loadable<CycleRoadmapView | null> => {
    if (current === undefined) return { status: 'loading' };
    if (current === null) return { status: 'ready', value: null };
    if (versions.status !== 'ready') return versions;
    const byKey = new Map(versions.value.map((q) => [refKey(q.definition), q]));
    return { status: 'ready', value: buildView(current, byKey) };
  }, [current, versions]);
}

/** Reads and builds a cycle's roadmap once (exports); rejects when a questionnaire cannot load. */
export async function loadCycleRoadmap(cycleId: string): Promise<CycleRoadmapView | null> {
  const stored = await readStored(cycleId);
  if (stored === null) return null;
  const loaded = await Promise.all(
    cycleVersionRefs(stored.cycle, stored.responses).map((ref) =>
      loadQuestionnaire(ref.id, ref.version),
    ),
  );
  return buildView(stored, new Map(loaded.map((q) => [refKey(q.definition), q])));
}

/** A cycle's own actions, in the order they were added (the comparison reads them). */
export const readOwnActions = (cycleId: string): Promise<OwnActionRecord[]> =>
  listOwnActions(cycleId);
