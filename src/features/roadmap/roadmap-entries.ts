// The cycle's roadmap as one list: every item of every answered questionnaire with leadership's edit,
// grouped by horizon. Edits are found by questionnaire and item key, so they survive re-scoring.
import type { PreparedQuestionnaire } from '../../engine/prepare';
import type { QuestionnaireResult, RoadmapItem } from '../../engine/result';
import { HORIZONS } from '../../engine/roadmap';
import type { Horizon } from '../../engine/schema';
import { roadmapEditKey, type RoadmapEdit } from '../../domain/roadmap-edit';

export interface RoadmapSource {
  questionnaire: PreparedQuestionnaire;
  /** Null when nothing is answered yet; such a questionnaire adds no item. */
  result: QuestionnaireResult | null;
}

export interface RoadmapEntry {
  questionnaire: PreparedQuestionnaire;
  item: RoadmapItem;
  /** The key the item's edit is stored under: "<questionnaire id>/<item key>". */
  editKey: string;
  edit: RoadmapEdit | undefined;
}

/** Essential work: an item triggered by an unmet critical question, or one such an item needs first. */
const essential = (item: RoadmapItem): boolean =>
  item.critical || item.horizonRule === 'required-by-critical';

/**
 * Items ordered by horizon, then essential work first, then by priority inside their own
 * questionnaire's horizon, then by questionnaire order, so questionnaires interleave fairly. Each
 * questionnaire's own order is kept: the engine already lists essential work (and what it needs)
 * first, with dependencies before the items that need them.
 */
export function roadmapEntries(
  sources: readonly RoadmapSource[],
  edits: readonly RoadmapEdit[],
): RoadmapEntry[] {
  const editByKey = new Map(edits.map((edit) => [edit.itemKey, edit]));
  const entries = sources.flatMap(({ questionnaire, result }, order) =>
    (result?.roadmap ?? []).map((item) => {
      const editKey = roadmapEditKey(questionnaire.definition.id, item.key);
      return { order, entry: { questionnaire, item, editKey, edit: editByKey.get(editKey) } };
    }),
  );
  const rank = (horizon: Horizon) => HORIZONS.indexOf(horizon);
  return entries
    .sort(
      (a, b) =>
        rank(a.entry.item.horizon) - rank(b.entry.item.horizon) ||
        Number(essential(b.entry.item)) - Number(essential(a.entry.item)) ||
        a.entry.item.priority - b.entry.item.priority ||
        a.order - b.order,
    )
    .map(({ entry }) => entry);
}

/** Done or set aside as not relevant: nothing left to act on. */
export function isSettled(entry: RoadmapEntry): boolean {
  const status = entry.edit?.status;
  return status === 'done' || status === 'not-relevant';
}

export function byHorizon(entries: readonly RoadmapEntry[]): Record<Horizon, RoadmapEntry[]> {
  const grouped: Record<Horizon, RoadmapEntry[]> = { now: [], next: [], later: [] };
  for (const entry of entries) grouped[entry.item.horizon].push(entry);
  return grouped;
}

/** The entry of an item another one depends on, found in the same questionnaire. */
export function dependencyEntries(
  entry: RoadmapEntry,
  entries: readonly RoadmapEntry[],
): RoadmapEntry[] {
  return entry.item.dependsOn.flatMap((key) => {
    const found = entries.find(
      (candidate) => candidate.questionnaire === entry.questionnaire && candidate.item.key === key,
    );
    return found === undefined ? [] : [found];
  });
}
