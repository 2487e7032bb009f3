// What the comparison screen shows, worked out from two scored cycles (no React, no storage): for each
// questionnaire, the engine's comparison (src/engine/compare.ts) or why there is none, the roadmap
// items marked done in the earlier cycle, the organization's own actions of both cycles, and every
// cycle's overall scores for the trend chart.
import { isSettled } from '../../engine/action-inputs';
import { compareResults, type Comparison, type ScoreChange } from '../../engine/compare';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import type { QuestionnaireResult, RoadmapItem } from '../../engine/result';
import { roadmapEditKey } from '../../domain/roadmap-edit';
import type { Cycle } from '../../domain/cycle';
import type { CycleSnapshot } from '../../state/queries/cycle-snapshots';
import type { OwnActionRecord } from '../../domain/own-action';

export interface ComparedSide {
  questionnaire: PreparedQuestionnaire;
  result: QuestionnaireResult;
  /** How many people's answers the result stands on. */
  respondents: number;
}

/** An item leadership marked done in the earlier cycle. */
export interface DoneItem {
  /** The roadmap item key ("rec:…" or "find-out:…"). */
  key: string;
  /** The version the earlier cycle used, to name the item. */
  questionnaire: PreparedQuestionnaire;
  /** The item as the earlier result has it; undefined when the answers no longer trigger it. */
  item: RoadmapItem | undefined;
  /** Whether the later cycle's answers put it on the roadmap again; null when the later cycle has no result. */
  again: boolean | null;
}

interface Base {
  questionnaireId: string;
  /** The later version when both cycles have the questionnaire, else the one there is. */
  questionnaire: PreparedQuestionnaire;
  done: DoneItem[];
}

export type QuestionnaireComparison =
  | (Base & {
      kind: 'compared';
      earlier: ComparedSide;
      later: ComparedSide;
      comparison: Comparison;
    })
  /** The questionnaire is part of one cycle only. */
  | (Base & { kind: 'only-in'; side: 'earlier' | 'later' })
  /** Both cycles include it, but one or both has no answered response. */
  | (Base & { kind: 'not-answered'; unanswered: ('earlier' | 'later')[] });

/** The older cycle first: a comparison always reads from earlier to later. */
export function inOrder<T extends { cycle: Cycle }>(a: T, b: T): [T, T] {
  return a.cycle.createdAt <= b.cycle.createdAt ? [a, b] : [b, a];
}

function doneItems(
  earlier: CycleSnapshot,
  questionnaire: PreparedQuestionnaire,
  before: QuestionnaireResult | null,
  after: QuestionnaireResult | null,
): DoneItem[] {
  const prefix = roadmapEditKey(questionnaire.definition.id, '');
  const triggeredLater = new Set(after?.roadmap.map((item) => item.key) ?? []);
  return earlier.edits
    .filter((edit) => edit.status === 'done' && edit.itemKey.startsWith(prefix))
    .map((edit) => {
      const key = edit.itemKey.slice(prefix.length);
      return {
        key,
        questionnaire,
        item: before?.roadmap.find((item) => item.key === key),
        again: after === null ? null : triggeredLater.has(key),
      };
    })
    .sort((a, b) => order(a.item) - order(b.item) || a.key.localeCompare(b.key));
}

const HORIZON_ORDER = { now: 0, next: 1, later: 2 } as const;
const order = (item: RoadmapItem | undefined) =>
  item === undefined ? 3 : HORIZON_ORDER[item.horizon] * 1000 + item.priority;

/** Every questionnaire in either cycle, the later cycle's order first, each compared or explained. */
export function compareCycles(
  earlier: CycleSnapshot,
  later: CycleSnapshot,
): QuestionnaireComparison[] {
  const ids = [
    ...new Set([...later.outcomes, ...earlier.outcomes].map((o) => o.questionnaire.definition.id)),
  ];
  return ids.flatMap((questionnaireId): QuestionnaireComparison[] => {
    const before = earlier.outcomes.find((o) => o.questionnaire.definition.id === questionnaireId);
    const after = later.outcomes.find((o) => o.questionnaire.definition.id === questionnaireId);
    const done =
      before === undefined
        ? []
        : doneItems(earlier, before.questionnaire, before.result, after?.result ?? null);
    if (before === undefined || after === undefined) {
      const only = before ?? after;
      if (only === undefined) return [];
      return [
        {
          kind: 'only-in',
          questionnaireId,
          questionnaire: only.questionnaire,
          side: before === undefined ? 'later' : 'earlier',
          done,
        },
      ];
    }
    if (before.result === null || after.result === null) {
      return [
        {
          kind: 'not-answered',
          questionnaireId,
          questionnaire: after.questionnaire,
          unanswered: [
            ...(before.result === null ? (['earlier'] as const) : []),
            ...(after.result === null ? (['later'] as const) : []),
          ],
          done,
        },
      ];
    }
    const earlierSide = {
      questionnaire: before.questionnaire,
      result: before.result,
      respondents: before.team?.respondents ?? 1,
    };
    const laterSide = {
      questionnaire: after.questionnaire,
      result: after.result,
      respondents: after.team?.respondents ?? 1,
    };
    return [
      {
        kind: 'compared',
        questionnaireId,
        questionnaire: after.questionnaire,
        earlier: earlierSide,
        later: laterSide,
        comparison: compareResults(earlierSide, laterSide),
        done,
      },
    ];
  });
}

/** A score change as the screen shows it: whole points, the change between the rounded scores. */
export interface ShownChange {
  before: number | null;
  after: number | null;
  /** after − before in whole points; null when either side has no score. */
  points: number | null;
  direction: ScoreChange['direction'];
}

/**
 * Rounds both scores first and takes the change between them, so the figures on screen always add
 * up ("45 → 58, up 13 points") and a change under half a point reads as no change.
 */
export function shownChange(change: ScoreChange): ShownChange {
  const before = change.before === null ? null : Math.round(change.before);
  const after = change.after === null ? null : Math.round(change.after);
  if (before === null || after === null) {
    return { before, after, points: null, direction: 'unknown' };
  }
  const points = after - before;
  return { before, after, points, direction: points > 0 ? 'up' : points < 0 ? 'down' : 'same' };
}

export interface TrendLine {
  questionnaireId: string;
  /** The newest version seen, for the title. */
  questionnaire: PreparedQuestionnaire;
}

export interface TrendPoint {
  cycle: Cycle;
  /** Overall score (rounded) by questionnaire id; null when the cycle has it but nobody answered. */
  scores: Record<string, number | null>;
  /** Questionnaire ids whose score here is provisional: too few answers for a level. */
  provisional: string[];
}

/**
 * The overall score of each questionnaire in every cycle, oldest cycle first. A questionnaire appears
 * once some cycle scored it; a cycle that did not include it has no entry for it.
 */
export function trend(snapshots: readonly CycleSnapshot[]): {
  lines: TrendLine[];
  points: TrendPoint[];
} {
  const sorted = [...snapshots].sort((a, b) => a.cycle.createdAt.localeCompare(b.cycle.createdAt));
  const lines = new Map<string, TrendLine>();
  for (const { outcomes } of sorted) {
    for (const { questionnaire, result } of outcomes) {
      if (result === null || result.overall.score === null) continue;
      lines.set(questionnaire.definition.id, {
        questionnaireId: questionnaire.definition.id,
        questionnaire,
      });
    }
  }
  const points = sorted.map(({ cycle, outcomes }) => {
    const shown = outcomes.filter((o) => lines.has(o.questionnaire.definition.id));
    return {
      cycle,
      scores: Object.fromEntries(
        shown.map((o) => {
          const score = o.result?.overall.score ?? null;
          return [o.questionnaire.definition.id, score === null ? null : Math.round(score)];
        }),
      ),
      provisional: shown
        .filter((o) => o.result?.overall.score != null && o.result.overall.provisional)
        .map((o) => o.questionnaire.definition.id),
    };
  });
  return { lines: [...lines.values()], points };
}

/** The organization's own actions across two cycles. */
export interface OwnActionsCompared {
  /** Done in the earlier cycle (or set aside as not relevant). */
  settled: OwnActionRecord[];
  /** Not finished in the earlier cycle, and whether the later cycle carried it over. */
  unfinished: { action: OwnActionRecord; carried: boolean }[];
  /** Added in the later cycle, not carried over from the earlier one. */
  added: OwnActionRecord[];
}

export function compareOwnActions(
  earlier: CycleSnapshot,
  later: CycleSnapshot,
): OwnActionsCompared {
  const carriedIds = new Set(
    later.ownActions
      .filter((action) => action.carriedFrom?.cycleId === earlier.cycle.id)
      .map((action) => action.id),
  );
  return {
    settled: earlier.ownActions.filter((action) => isSettled(action.status)),
    unfinished: earlier.ownActions
      .filter((action) => !isSettled(action.status))
      .map((action) => ({ action, carried: carriedIds.has(action.id) })),
    added: later.ownActions.filter((action) => !carriedIds.has(action.id)),
  };
}
