import type { OwnActionRecord } from '../../../src/domain/own-action';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/engine/answer';
import { assess } from '../../../src/engine/assess';
import { assessTeam } from '../../../src/engine/aggregate';
import type { PreparedQuestionnaire } from '../../../src/engine/prepare';
import {
  compareCycles,
  compareOwnActions,
  inOrder,
  shownChange,
  trend,
} from '../../../src/features/compare/compare-cycles';
import type { CycleSnapshot } from '../../../src/state/queries/cycle-snapshots';
import { questionnaireOutcome } from '../../../src/state/cycle-results';
import type { Cycle } from '../../../src/domain/cycle';
import type { RoadmapEdit } from '../../../src/domain/roadmap-edit';
import type { Response } from '../../../src/domain/response';
import {
  bestAnswers,
  exampleCopy,
  exampleNextVersion,
  exampleQuestionnaire,
  prepare,
  value,
  worstAnswers,
} from '../../support/example';

const HASH = '0'.repeat(64);
const AT = '2026-01-01T00:00:00.000Z';

function cycle(id: string, createdAt: string, questionnaires: PreparedQuestionnaire[]): Cycle {
  return {
    id,
    name: `Cycle ${id}`,
    createdAt,
    updatedAt: createdAt,
    questionnaires: questionnaires.map((q) => ({
      id: q.definition.id,
      version: q.definition.version,
    })),
    targets: {},
  };
}

function responses(c: Cycle, questionnaire: PreparedQuestionnaire, answerSets: Answers[]) {
  return answerSets.map((answers, index) => {
    const response: Response = {
      id: `${c.id}-${index}`,
      cycleId: c.id,
      questionnaireId: questionnaire.definition.id,
      version: questionnaire.definition.version,
      contentHash: HASH,
      respondent: `Person ${index + 1}`,
      startedAt: AT,
      updatedAt: AT,
      origin: 'local',
    };
    return { response, answers };
  });
}

function snapshot(
  id: string,
  createdAt: string,
  answered: [PreparedQuestionnaire, Answers[]][],
  edits: Partial<RoadmapEdit>[] = [],
): CycleSnapshot {
  const c = cycle(
    id,
    createdAt,
    answered.map(([q]) => q),
  );
  return {
    cycle: c,
    outcomes: answered.map(([q, sets]) => questionnaireOutcome(q, responses(c, q, sets))),
    edits: edits.map((edit) => ({
      cycleId: c.id,
      itemKey: '',
      questionnaireId: 'example',
      updatedAt: AT,
      ...edit,
    })),
    ownActions: [],
    responses: [],
    versions: new Map(),
  };
}

describe('what the comparison screen shows', () => {
  it('compares a questionnaire both cycles answered, from the older cycle to the newer', () => {
    const older = snapshot('a', '2025-03-01T00:00:00.000Z', [
      [exampleQuestionnaire, [worstAnswers]],
    ]);
    const newer = snapshot('b', '2026-03-01T00:00:00.000Z', [
      [exampleQuestionnaire, [bestAnswers]],
    ]);
    const [first, second] = inOrder(newer, older);
    expect([first.cycle.id, second.cycle.id]).toEqual(['a', 'b']);

    const [entry] = compareCycles(first, second);
    expect(entry?.kind).toBe('compared');
    if (entry?.kind !== 'compared') return;
    expect(entry.comparison.overall).toMatchObject({ before: 0, after: 100, direction: 'up' });
    expect(entry.comparison.resolvedItems).toContain('rec:turn-on-mfa');
    expect(entry.earlier.respondents).toBe(1);
  });

  it("uses the team's consensus when several people answered, as the results screen does", () => {
    const team = [bestAnswers, worstAnswers];
    const older = snapshot('a', '2025-03-01T00:00:00.000Z', [
      [exampleQuestionnaire, [worstAnswers]],
    ]);
    const newer = snapshot('b', '2026-03-01T00:00:00.000Z', [[exampleQuestionnaire, team]]);
    const [entry] = compareCycles(older, newer);
    if (entry?.kind !== 'compared') throw new Error('expected a comparison');
    const consensus = assessTeam(exampleQuestionnaire, team).consensus;
    expect(entry.later.result).toEqual(consensus);
    expect(entry.later.respondents).toBe(2);
    expect(entry.comparison.overall.after).toBe(consensus.overall.score);
  });

  it('says which cycle lacks a questionnaire, and which has no answer to it', () => {
    const other = prepare({ ...exampleCopy(), id: 'other' });
    const older = snapshot('a', '2025-03-01T00:00:00.000Z', [
      [exampleQuestionnaire, [bestAnswers]],
      [other, [bestAnswers]],
    ]);
    const newer = snapshot('b', '2026-03-01T00:00:00.000Z', [[exampleQuestionnaire, [{}]]]);
    const entries = compareCycles(older, newer);
    expect(entries.map((e) => [e.questionnaireId, e.kind])).toEqual([
      ['example', 'not-answered'],
      ['other', 'only-in'],
    ]);
    expect(entries[0]).toMatchObject({ unanswered: ['later'] });
    expect(entries[1]).toMatchObject({ side: 'earlier' });
  });

  it('lists items marked done in the earlier cycle and whether the answers call for them again', () => {
    const partial = { ...bestAnswers, mfa: value(['files']), backups: value('partly') };
    const older = snapshot(
      'a',
      '2025-03-01T00:00:00.000Z',
      [[exampleQuestionnaire, [partial]]],
      [
        { itemKey: 'example/rec:turn-on-mfa', status: 'done' },
        { itemKey: 'example/rec:test-backups', status: 'done' },
        { itemKey: 'example/rec:backup-policy', status: 'in-progress' },
        { itemKey: 'other/rec:turn-on-mfa', questionnaireId: 'other', status: 'done' },
      ],
    );
    const newer = snapshot('b', '2026-03-01T00:00:00.000Z', [
      [exampleQuestionnaire, [{ ...bestAnswers, backups: value('no') }]],
    ]);
    const [entry] = compareCycles(older, newer);
    const done = entry?.done ?? [];
    expect(done.map((d) => [d.key, d.again])).toEqual(
      expect.arrayContaining([
        ['rec:turn-on-mfa', false],
        ['rec:test-backups', true],
      ]),
    );
    expect(done).toHaveLength(2);
    expect(done.every((d) => d.item !== undefined)).toBe(true);
  });

  it('compares across versions on the shared questions and passes on what was not compared', () => {
    const later = exampleNextVersion();
    const older = snapshot('a', '2025-03-01T00:00:00.000Z', [
      [exampleQuestionnaire, [worstAnswers]],
    ]);
    const newer = snapshot('b', '2026-03-01T00:00:00.000Z', [[later, [{ mfa: value([]) }]]]);
    const [entry] = compareCycles(older, newer);
    if (entry?.kind !== 'compared') throw new Error('expected a comparison');
    expect(entry.comparison.sameVersion).toBe(false);
    expect(entry.questionnaire.definition.version).toBe('1.1.0');
    expect(entry.comparison.notCompared.newQuestions).toEqual(['phishing']);
    expect(entry.comparison.notCompared.droppedQuestions).toEqual(['backups']);
  });
});

describe("the organization's own actions across two cycles", () => {
  const own = (cycleId: string, id: string, fields: Partial<OwnActionRecord> = {}) => ({
    cycleId,
    id,
    title: `Action ${id}`,
    horizon: 'now' as const,
    createdAt: AT,
    updatedAt: AT,
    ...fields,
  });

  it('lists what was done, what was left unfinished and whether it was carried over, and what is new', () => {
    const earlier = {
      ...snapshot('a', '2025-03-01T00:00:00.000Z', []),
      ownActions: [
        own('a', 'laptops', { status: 'done' }),
        own('a', 'shredder', { status: 'in-progress' }),
        own('a', 'website'),
        own('a', 'policy', { status: 'not-relevant' }),
      ],
    };
    const later = {
      ...snapshot('b', '2026-03-01T00:00:00.000Z', []),
      ownActions: [own('b', 'shredder', { carriedFrom: { cycleId: 'a' } }), own('b', 'router')],
    };
    const compared = compareOwnActions(earlier, later);
    expect(compared.settled.map((a) => a.id)).toEqual(['laptops', 'policy']);
    expect(compared.unfinished.map(({ action, carried }) => [action.id, carried])).toEqual([
      ['shredder', true],
      ['website', false],
    ]);
    expect(compared.added.map((a) => a.id)).toEqual(['router']);
  });
});

describe('a change as shown on screen', () => {
  it('rounds both scores first, so the figures add up', () => {
    expect(shownChange({ before: 45.4, after: 57.6, change: 12.2, direction: 'up' })).toEqual({
      before: 45,
      after: 58,
      points: 13,
      direction: 'up',
    });
  });

  it('reads a change under half a point as no change', () => {
    expect(shownChange({ before: 50.2, after: 49.9, change: -0.3, direction: 'down' })).toEqual({
      before: 50,
      after: 50,
      points: 0,
      direction: 'same',
    });
  });

  it('has no change when either side has no score', () => {
    expect(shownChange({ before: null, after: 40, change: null, direction: 'unknown' })).toEqual({
      before: null,
      after: 40,
      points: null,
      direction: 'unknown',
    });
  });
});

describe('the trend across every cycle', () => {
  it('gives each questionnaire its overall score per cycle, oldest cycle first', () => {
    const other = prepare({ ...exampleCopy(), id: 'other' });
    const snapshots = [
      snapshot('c', '2026-03-01T00:00:00.000Z', [[exampleQuestionnaire, [bestAnswers]]]),
      snapshot('a', '2024-03-01T00:00:00.000Z', [
        [exampleQuestionnaire, [worstAnswers]],
        [other, [{}]],
      ]),
      snapshot('b', '2025-03-01T00:00:00.000Z', [[other, [bestAnswers]]]),
    ];
    const { lines, points } = trend(snapshots);
    expect(lines.map((l) => l.questionnaireId)).toEqual(['example', 'other']);
    expect(points.map((p) => [p.cycle.id, p.scores])).toEqual([
      ['a', { example: 0, other: null }],
      ['b', { other: 100 }],
      ['c', { example: 100 }],
    ]);
    expect(assess(exampleQuestionnaire, bestAnswers).overall.score).toBe(100);
  });

  it('says which scores are provisional: too few answers for a level', () => {
    const { points } = trend([
      snapshot('a', '2024-03-01T00:00:00.000Z', [
        [exampleQuestionnaire, [{ mfa: value(['email', 'files', 'admin']) }]],
      ]),
      snapshot('b', '2025-03-01T00:00:00.000Z', [[exampleQuestionnaire, [bestAnswers]]]),
    ]);
    expect(points.map((p) => [p.scores, p.provisional])).toEqual([
      [{ example: 100 }, ['example']],
      [{ example: 100 }, []],
    ]);
  });

  it('leaves out a questionnaire no cycle has a score for', () => {
    const { lines, points } = trend([
      snapshot('a', '2024-03-01T00:00:00.000Z', [[exampleQuestionnaire, [{}]]]),
    ]);
    expect(lines).toEqual([]);
    expect(points.map((p) => p.scores)).toEqual([{}]);
  });
});
