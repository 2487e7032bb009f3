// The cycle roadmap as the roadmap screen, the CSV and a new cycle's carry-over read it: the cycle's
// questionnaires scored as the results screen scores them, leadership's decisions, the organization's
// own actions and its staff band, built into one list of actions (engine `buildCycleRoadmap`). The
// hook is live: it follows changes made in this tab or another.
import { useMemo } from 'react';
import { loadQuestionnaire } from '../../content/catalog';
import { PLANNING_RULES } from '../../content/planning-rules';
import type { Cycle } from '../../domain/cycle';
import type { OwnActionRecord } from '../../domain/own-action';
import type { OrganizationProfile } from '../../domain/profile';
import type { RoadmapEdit } from '../../domain/roadmap-edit';
import type { CycleRoadmap } from '../../engine/cycle-action';
import { buildCycleRoadmap } from '../../engine/cycle-roadmap';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import { getCycle, getProfile } from '../../storage';
import type { QuestionnaireOutcome } from '../cycle-results';
import { readCycleResponses, type ResponseWithAnswers } from './cycle-data';
import { cycleOutcomes, cycleVersionRefs } from './cycle-outcomes';
import { readOwnActions, readRoadmapEdits } from './roadmap-edits';
import { useQuestionnaires } from './questionnaire-sets';
import type { Loadable } from './questionnaires';
import { useLive } from './use-live';

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
    readRoadmapEdits(cycleId),
    readOwnActions(cycleId),
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
  const stored = useLive(
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
