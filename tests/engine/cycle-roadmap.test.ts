import { describe, expect, it } from 'vitest';
import type { ActionDecision, OwnAction } from '../../src/engine/action-inputs';
import type { CycleAction, ProposedAction } from '../../src/engine/cycle-action';
import { loadExamples, loadShipped, questionnaireIds } from '../support/content';
import { dontKnow, value } from '../support/example';
import {
  actionByKey,
  allNo,
  cycleRoadmap,
  placement,
  questionOf,
  scored,
  tinyQuestionnaire,
  type RecommendationSpec,
} from '../support/roadmap-builders';

/** `count` recommendations, all low effort and high impact (Now by effort × impact). */
const quickWins = (count: number, prefix = 'r'): RecommendationSpec[] =>
  Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i + 1}` }));

const horizonsOf = (roadmap: ReturnType<typeof cycleRoadmap>) =>
  Object.fromEntries(
    (['now', 'next', 'later'] as const).map((h) => [
      h,
      roadmap.actions.filter((a) => a.horizon === h).map((a) => a.key),
    ]),
  );

function proposed(action: CycleAction | undefined): ProposedAction {
  if (action?.kind !== 'proposed') throw new Error('not a proposed action');
  return action;
}

describe('the Now limit', () => {
  const ops = tinyQuestionnaire('ops', quickWins(8));

  it('keeps every Now action in Now when the staff band is not stated, and says no limit applied', () => {
    const roadmap = cycleRoadmap([scored(ops)]);
    expect(roadmap.actions.filter((a) => a.horizon === 'now')).toHaveLength(8);
    expect(roadmap.capacity).toBeNull();
  });

  it('treats a staff band the rules do not know as not stated', () => {
    expect(cycleRoadmap([scored(ops)], { staffBand: '7-9' }).capacity).toBeNull();
  });

  it('holds the K most urgent actions of a small agency in Now and moves the rest to Next', () => {
    const roadmap = cycleRoadmap([scored(ops)], { staffBand: '1-5' });
    expect(horizonsOf(roadmap)).toEqual({
      now: ['ops/rec:r1', 'ops/rec:r2', 'ops/rec:r3', 'ops/rec:r4'],
      next: ['ops/rec:r5', 'ops/rec:r6', 'ops/rec:r7', 'ops/rec:r8'],
      later: [],
    });
    expect(roadmap.capacity).toEqual({ band: '1-5', limit: 4, moved: 4 });
    const moved = actionByKey(roadmap, 'ops/rec:r5');
    expect(moved.horizonRule).toBe('capacity');
    expect(moved.capacityLimit).toBe(4);
  });

  it('gives a larger agency a larger Now, as the planning rules say', () => {
    const roadmap = cycleRoadmap([scored(ops)], { staffBand: '6-15' });
    expect(horizonsOf(roadmap).now).toHaveLength(6);
  });

  it('puts what did not fit in Now at the top of Next, before what was Next already', () => {
    const withNext = tinyQuestionnaire('ops', [
      ...quickWins(5),
      { id: 'n1', effort: 'medium', impact: 'high' },
    ]);
    const roadmap = cycleRoadmap([scored(withNext)], { staffBand: '1-5' });
    expect(horizonsOf(roadmap).next).toEqual(['ops/rec:r5', 'ops/rec:n1']);
  });

  it('keeps essential actions in Now even when they alone exceed the limit', () => {
    const essentials = tinyQuestionnaire('cyber', [
      ...Array.from({ length: 6 }, (_, i) => ({ id: `c${i + 1}`, critical: true })),
      ...quickWins(2),
    ]);
    const roadmap = cycleRoadmap([scored(essentials)], { staffBand: '1-5' });
    const now = roadmap.actions.filter((a) => a.horizon === 'now');
    expect(now).toHaveLength(6);
    expect(now.every((a) => a.essential)).toBe(true);
    expect(horizonsOf(roadmap).next).toEqual(['cyber/rec:r1', 'cyber/rec:r2']);
  });

  it('does not count done or not relevant actions toward the limit', () => {
    const decisions: ActionDecision[] = [
      { itemKey: 'ops/rec:r1', status: 'done' },
      { itemKey: 'ops/rec:r2', status: 'not-relevant' },
    ];
    const roadmap = cycleRoadmap([scored(ops)], { staffBand: '1-5', decisions });
    expect(horizonsOf(roadmap).now).toEqual([
      'ops/rec:r1',
      'ops/rec:r2',
      'ops/rec:r3',
      'ops/rec:r4',
      'ops/rec:r5',
      'ops/rec:r6',
    ]);
  });

  it('gives the room left first to work another action waits for, even across questionnaires', () => {
    // In "care", "x" waits for "y"; "x" is the same action as "ops/first", which comes before "y" in
    // cycle order. With one place left, "y" must take it, or "x" would sit before what it needs.
    const essentials = tinyQuestionnaire('cyber', [
      { id: 'c1', critical: true },
      { id: 'c2', critical: true },
      { id: 'c3', critical: true },
    ]);
    const ops = tinyQuestionnaire('ops', [{ id: 'first' }]);
    const care = tinyQuestionnaire('care', [
      { id: 'y', impact: 'medium' },
      { id: 'x', dependsOn: ['y'], sameAs: 'ops/first' },
    ]);
    const roadmap = cycleRoadmap([scored(essentials), scored(ops), scored(care)], {
      staffBand: '1-5',
    });
    expect(actionByKey(roadmap, 'ops/rec:first').dependsOn).toEqual(['care/rec:y']);
    expect(horizonsOf(roadmap).now).toEqual([
      'cyber/rec:c1',
      'cyber/rec:c2',
      'cyber/rec:c3',
      'care/rec:y',
    ]);
    expect(actionByKey(roadmap, 'ops/rec:first').horizon).toBe('next');
  });
});

describe("leadership's pins", () => {
  const ops = tinyQuestionnaire('ops', [
    ...quickWins(6),
    { id: 'l1', effort: 'medium', impact: 'low' },
  ]);

  it('puts a pinned action where leadership put it, and says so', () => {
    const roadmap = cycleRoadmap([scored(ops)], {
      decisions: [{ itemKey: 'ops/rec:r1', horizon: 'later' }],
    });
    expect(actionByKey(roadmap, 'ops/rec:r1')).toMatchObject({
      horizon: 'later',
      horizonRule: 'leadership',
      placedByLeadership: true,
    });
  });

  it('keeps an action pulled into Now there, counted toward the limit', () => {
    const roadmap = cycleRoadmap([scored(ops)], {
      staffBand: '1-5',
      decisions: [{ itemKey: 'ops/rec:l1', horizon: 'now' }],
    });
    expect(horizonsOf(roadmap)).toEqual({
      now: ['ops/rec:r1', 'ops/rec:r2', 'ops/rec:r3', 'ops/rec:l1'],
      next: ['ops/rec:r4', 'ops/rec:r5', 'ops/rec:r6'],
      later: [],
    });
  });

  it('keeps a pin when the questionnaire is scored again on other answers', () => {
    const decisions: ActionDecision[] = [{ itemKey: 'ops/rec:r3', horizon: 'later' }];
    const before = cycleRoadmap([scored(ops)], { decisions });
    const after = cycleRoadmap([scored(ops, allNo(ops, { [questionOf('r1')]: value('yes') }))], {
      decisions,
    });
    expect(actionByKey(before, 'ops/rec:r3').horizon).toBe('later');
    expect(actionByKey(after, 'ops/rec:r3').horizon).toBe('later');
    expect(after.actions.map((a) => a.key)).not.toContain('ops/rec:r1');
  });

  it('lets leadership move even an essential action out of Now', () => {
    const cyber = tinyQuestionnaire('cyber', [{ id: 'c1', critical: true }]);
    const roadmap = cycleRoadmap([scored(cyber)], {
      staffBand: '1-5',
      decisions: [{ itemKey: 'cyber/rec:c1', horizon: 'next' }],
    });
    expect(actionByKey(roadmap, 'cyber/rec:c1')).toMatchObject({
      horizon: 'next',
      horizonRule: 'leadership',
      essential: true,
    });
  });
});

describe("the organization's own actions", () => {
  const ops = tinyQuestionnaire('ops', quickWins(6));
  const own: OwnAction[] = [
    { id: 'a', title: 'Move to a shared calendar', horizon: 'now' },
    { id: 'b', title: 'Hire a part-time IT coordinator', horizon: 'now', status: 'planned' },
    { id: 'c', title: 'Replace the office printer', horizon: 'later' },
  ];

  it('count toward the Now limit but are never moved by it', () => {
    const roadmap = cycleRoadmap([scored(ops)], { staffBand: '1-5', ownActions: own });
    expect(horizonsOf(roadmap)).toEqual({
      now: ['ops/rec:r1', 'ops/rec:r2', 'own:a', 'own:b'],
      next: ['ops/rec:r3', 'ops/rec:r4', 'ops/rec:r5', 'ops/rec:r6'],
      later: ['own:c'],
    });
    expect(actionByKey(roadmap, 'own:b')).toMatchObject({
      kind: 'own',
      horizonRule: 'leadership',
      status: 'planned',
    });
  });

  it('stay in Now even when they alone fill it', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({
      id: `own${i}`,
      title: `Own action ${i}`,
      horizon: 'now' as const,
    }));
    const roadmap = cycleRoadmap([scored(ops)], { staffBand: '1-5', ownActions: many });
    expect(horizonsOf(roadmap).now).toEqual(many.map((a) => `own:${a.id}`));
  });

  it('keep text typed in any script as it was typed', () => {
    const typed = { id: 'ar', title: 'تدريب الموظفين على كلمات المرور', horizon: 'next' as const };
    const roadmap = cycleRoadmap([], { ownActions: [typed] });
    const action = actionByKey(roadmap, 'own:ar');
    expect(action.kind === 'own' && action.action.title).toBe(typed.title);
  });
});

describe('one action for recommendations that are the same (sameAs)', () => {
  // Multifactor authentication, proposed by three questionnaires.
  const maturity = tinyQuestionnaire('maturity', [
    { id: 'security-first-steps', effort: 'low', impact: 'medium', sameAs: 'cyber/mfa' },
  ]);
  const cyber = tinyQuestionnaire('cyber', [
    { id: 'mfa', effort: 'medium', impact: 'high', critical: true },
    { id: 'mfa-admin', effort: 'medium', impact: 'high', sameAs: 'cyber/mfa' },
  ]);
  const literacy = tinyQuestionnaire('literacy', [
    { id: 'password-manager-mfa', effort: 'high', impact: 'low', sameAs: 'cyber/mfa' },
  ]);
  const cycle = [scored(maturity), scored(cyber), scored(literacy)];

  it('lists the action once, under the canonical recommendation, with every member', () => {
    const roadmap = cycleRoadmap(cycle);
    expect(roadmap.actions.map((a) => a.key)).toEqual(['cyber/rec:mfa']);
    const action = proposed(roadmap.actions[0]);
    expect(action.members.map((m) => m.key)).toEqual([
      'cyber/rec:mfa',
      'maturity/rec:security-first-steps',
      'cyber/rec:mfa-admin',
      'literacy/rec:password-manager-mfa',
    ]);
  });

  it('keeps the reasons of each questionnaire with the member that gave them', () => {
    const action = proposed(cycleRoadmap(cycle).actions[0]);
    expect(
      action.members.map((m) => [
        m.questionnaireId,
        m.item.reasons.map((r) => r.type === 'question' && r.questionId),
      ]),
    ).toEqual([
      ['cyber', ['q-mfa']],
      ['maturity', ['q-security-first-steps']],
      ['cyber', ['q-mfa-admin']],
      ['literacy', ['q-password-manager-mfa']],
    ]);
  });

  it('is essential if any member is, with the earliest horizon, highest impact and lowest effort', () => {
    const action = proposed(cycleRoadmap(cycle).actions[0]);
    expect(action).toMatchObject({
      essential: true,
      critical: true,
      horizon: 'now',
      horizonRule: 'critical',
      impact: 'high',
      effort: 'low',
    });
  });

  it('takes the earliest horizon of its members even when none is essential', () => {
    const later = tinyQuestionnaire('cyber', [{ id: 'mfa', effort: 'high', impact: 'low' }]);
    const action = cycleRoadmap([scored(maturity), scored(later)]).actions[0];
    expect(action).toMatchObject({ key: 'cyber/rec:mfa', horizon: 'now', essential: false });
  });

  it('keeps the canonical key when the canonical questionnaire is not in the cycle', () => {
    const roadmap = cycleRoadmap([scored(maturity), scored(literacy)]);
    expect(roadmap.actions.map((a) => a.key)).toEqual(['cyber/rec:mfa']);
    expect(proposed(roadmap.actions[0]).members.map((m) => m.questionnaireId)).toEqual([
      'maturity',
      'literacy',
    ]);
  });

  it('shares one status, owner, date, note and funding among its members', () => {
    const decision: ActionDecision = {
      itemKey: 'cyber/rec:mfa',
      status: 'in-progress',
      owner: 'Office administrator',
      targetDate: '2026-09-30',
      note: 'Start with the executive director’s account',
      funding: { source: 'ircc-sdi' },
      updatedAt: '2026-05-01T10:00:00Z',
    };
    const action = cycleRoadmap(cycle, { decisions: [decision] }).actions[0];
    expect(action).toMatchObject({
      status: 'in-progress',
      owner: 'Office administrator',
      targetDate: '2026-09-30',
      note: 'Start with the executive director’s account',
      funding: { source: 'ircc-sdi' },
    });
  });

  it('still finds a status set on a member before the link existed', () => {
    const decisions: ActionDecision[] = [
      {
        itemKey: 'literacy/rec:password-manager-mfa',
        status: 'done',
        updatedAt: '2026-03-01T10:00:00Z',
      },
    ];
    const action = proposed(cycleRoadmap(cycle, { decisions }).actions[0]);
    expect(action.status).toBe('done');
    expect(action.decisionKey).toBe('literacy/rec:password-manager-mfa');
  });

  it('uses the most recently updated decision when members hold different ones', () => {
    const decisions: ActionDecision[] = [
      { itemKey: 'cyber/rec:mfa', status: 'planned', updatedAt: '2026-03-01T10:00:00Z' },
      {
        itemKey: 'maturity/rec:security-first-steps',
        status: 'in-progress',
        updatedAt: '2026-04-01T10:00:00-04:00',
      },
    ];
    const action = proposed(cycleRoadmap(cycle, { decisions }).actions[0]);
    expect(action.status).toBe('in-progress');
    expect(action.decisionKey).toBe('maturity/rec:security-first-steps');
  });

  it("prefers the action's own key when two decisions are equally recent", () => {
    const at = '2026-03-01T10:00:00Z';
    const decisions: ActionDecision[] = [
      { itemKey: 'maturity/rec:security-first-steps', status: 'done', updatedAt: at },
      { itemKey: 'cyber/rec:mfa', status: 'planned', updatedAt: at },
    ];
    expect(cycleRoadmap(cycle, { decisions }).actions[0]?.status).toBe('planned');
  });

  it('brings to Now what a member needs first when the merged action is essential', () => {
    const withVault = tinyQuestionnaire('literacy', [
      { id: 'password-manager-mfa', sameAs: 'cyber/mfa', dependsOn: ['vault'] },
      { id: 'vault', effort: 'high', impact: 'low' },
    ]);
    const roadmap = cycleRoadmap([scored(cyber), scored(withVault)]);
    expect(actionByKey(roadmap, 'cyber/rec:mfa').dependsOn).toEqual(['literacy/rec:vault']);
    expect(actionByKey(roadmap, 'literacy/rec:vault')).toMatchObject({
      horizon: 'now',
      horizonRule: 'required-by-critical',
      essential: true,
    });
  });

  it('points what depended on a member to the merged action', () => {
    const withDependent = tinyQuestionnaire('literacy', [
      { id: 'password-manager-mfa', sameAs: 'cyber/mfa' },
      { id: 'password-manager', effort: 'medium', dependsOn: ['password-manager-mfa'] },
    ]);
    const roadmap = cycleRoadmap([scored(cyber), scored(withDependent)]);
    expect(actionByKey(roadmap, 'literacy/rec:password-manager').dependsOn).toEqual([
      'cyber/rec:mfa',
    ]);
  });
});

describe('"find out" items', () => {
  const backups = tinyQuestionnaire('cyber', [
    { id: 'backups', orDontKnow: true },
    { id: 'updates' },
  ]);
  const answers = allNo(backups, {
    [questionOf('backups')]: dontKnow,
    [questionOf('updates')]: dontKnow,
  });

  it('folds a "find out" into the recommendation its "don\'t know" triggered, keeping it as a reason', () => {
    const roadmap = cycleRoadmap([scored(backups, answers)]);
    const action = proposed(actionByKey(roadmap, 'cyber/rec:backups'));
    expect(action.foldedFindOuts).toEqual(['cyber/find-out:q-backups']);
    expect(action.members[0]?.item.reasons).toMatchObject([
      { type: 'question', questionId: 'q-backups', status: 'dont-know' },
    ]);
    expect(roadmap.actions.map((a) => a.key)).not.toContain('cyber/find-out:q-backups');
  });

  it('keeps a "find out" that no recommendation explains as its own action', () => {
    const roadmap = cycleRoadmap([scored(backups, answers)]);
    expect(placement(roadmap)).toContain('now cyber/find-out:q-updates (find-out)');
  });
});

describe("the questionnaires' own roadmaps", () => {
  it('are left exactly as scored', () => {
    const cyber = tinyQuestionnaire('cyber', [
      { id: 'c1', critical: true },
      ...quickWins(6),
      { id: 'x', sameAs: 'cyber/r1' },
    ]);
    const source = scored(cyber);
    const before = structuredClone(source.result);
    cycleRoadmap([source], {
      staffBand: '1-5',
      decisions: [{ itemKey: 'cyber/rec:r2', horizon: 'later', status: 'done' }],
    });
    expect(source.result).toEqual(before);
  });

  it('add nothing for a questionnaire not answered yet', () => {
    const cyber = tinyQuestionnaire('cyber', quickWins(2));
    expect(cycleRoadmap([{ questionnaire: cyber, result: null }]).actions).toEqual([]);
  });
});

describe('the shipped example answer sets', () => {
  const examples = questionnaireIds.flatMap((id) =>
    loadExamples(id).map(({ name, example }) => ({ id, name, answers: example.answers })),
  );

  it.each(examples)(
    '$id/$name keeps every item of its questionnaire roadmap, and a Now sized for 6 to 15 staff',
    ({ id, answers }) => {
      const source = scored(loadShipped(id), answers);
      const roadmap = cycleRoadmap([source], { staffBand: '6-15' });
      const kept = roadmap.actions.flatMap((a) =>
        a.kind === 'proposed' ? [...a.members.map((m) => m.key), ...a.foldedFindOuts] : [],
      );
      expect(new Set(kept)).toEqual(
        new Set(source.result?.roadmap.map((item) => `${id}/${item.key}`)),
      );
      const now = roadmap.actions.filter((a) => a.horizon === 'now');
      expect(now.length).toBeLessThanOrEqual(Math.max(6, now.filter((a) => a.essential).length));
    },
  );
});
