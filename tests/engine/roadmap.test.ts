import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess';
import type { RoadmapItem } from '../../src/engine/result';
import { EFFORT_IMPACT_HORIZON } from '../../src/engine/roadmap';
import {
  bestAnswers,
  dontKnow,
  exampleCopy,
  exampleQuestionnaire,
  prepare,
  value,
} from '../support/example';

const summary = (roadmap: RoadmapItem[]) =>
  roadmap.map((item) => `${item.horizon} ${item.priority} ${item.key} (${item.horizonRule})`);

describe('building the roadmap', () => {
  it('has nothing to recommend when every answer is the best one', () => {
    expect(assess(exampleQuestionnaire, bestAnswers).roadmap).toEqual([]);
  });

  it('puts a recommendation triggered by an unmet critical question in Now', () => {
    const result = assess(exampleQuestionnaire, { ...bestAnswers, mfa: value(['files', 'admin']) });
    expect(summary(result.roadmap)).toEqual(['now 1 rec:turn-on-mfa (critical)']);
    expect(result.roadmap[0]?.critical).toBe(true);
  });

  it('places a non-critical recommendation by effort and impact', () => {
    // backups "partly" passes its critical threshold (0.5), so these are not critical gaps.
    const result = assess(exampleQuestionnaire, { ...bestAnswers, backups: value('partly') });
    expect(summary(result.roadmap)).toEqual([
      'later 1 rec:backup-policy (effort-impact)',
      'later 2 rec:test-backups (dependency)',
    ]);
  });

  it('never places an item earlier than one it depends on', () => {
    // test-backups (medium/high → Next) depends on backup-policy (high/medium → Later).
    const result = assess(exampleQuestionnaire, { ...bestAnswers, backups: value('partly') });
    const testBackups = result.roadmap.find((item) => item.key === 'rec:test-backups');
    expect(testBackups?.horizon).toBe('later');
    expect(testBackups?.dependsOn).toEqual(['rec:backup-policy']);
  });

  it('treats every recommendation triggered by the unmet critical question as critical', () => {
    const result = assess(exampleQuestionnaire, { ...bestAnswers, backups: value('no') });
    expect(summary(result.roadmap)).toEqual([
      'now 1 rec:backup-policy (critical)',
      'now 2 rec:test-backups (critical)',
    ]);
  });

  it('pulls what a critical item depends on into Now, dependency first', () => {
    const definition = exampleCopy();
    definition.recommendations[2] = {
      ...definition.recommendations[2],
      trigger: { op: 'answer-is', question: 'website', values: ['nobody'] },
    };
    const result = assess(prepare(definition), {
      ...bestAnswers,
      backups: value('no'),
      website: value('nobody'),
    });
    expect(summary(result.roadmap)).toEqual([
      'now 1 rec:backup-policy (required-by-critical)',
      'now 2 rec:test-backups (critical)',
    ]);
  });

  it('pulls the whole chain a critical item needs into Now, past a step already placed in Now', () => {
    // turn-on-mfa (critical) needs test-backups, which the content places in Now, which needs
    // backup-policy (Later by effort and impact). Stopping at test-backups would leave backup-policy
    // in Later, and the dependency rule would then push both the others out of Now.
    const definition = exampleCopy();
    definition.recommendations[0] = {
      ...definition.recommendations[0],
      dependsOn: ['test-backups'],
    };
    definition.recommendations[1] = { ...definition.recommendations[1], horizon: 'now' };
    const result = assess(prepare(definition), {
      ...bestAnswers,
      mfa: value(['files', 'admin']),
      backups: value('partly'),
    });
    expect(summary(result.roadmap)).toEqual([
      'now 1 rec:backup-policy (required-by-critical)',
      'now 2 rec:test-backups (required-by-critical)',
      'now 3 rec:turn-on-mfa (critical)',
    ]);
  });

  it('lets the content override the horizon', () => {
    const result = assess(exampleQuestionnaire, {
      ...bestAnswers,
      training: value(0),
      'staff-count': value(8),
    });
    expect(summary(result.roadmap)).toEqual([
      'next 1 rec:training-plan (effort-impact)',
      'later 1 rec:digital-role (override)',
    ]);
  });

  it('triggers on a dimension score and says which score', () => {
    const result = assess(exampleQuestionnaire, { ...bestAnswers, training: value(1) });
    const item = result.roadmap.find((i) => i.key === 'rec:training-plan');
    expect(item?.reasons).toEqual([
      {
        type: 'dimension',
        dimensionId: 'skills',
        score: 25,
        condition: { op: 'dimension-below', dimension: 'skills', value: 60 },
      },
    ]);
  });

  it('gives each recommendation the answers that triggered it as its reasons', () => {
    const result = assess(exampleQuestionnaire, { ...bestAnswers, mfa: value(['admin']) });
    expect(result.roadmap[0]?.reasons).toEqual([
      {
        type: 'question',
        questionId: 'mfa',
        status: 'answered',
        value: ['admin'],
        condition: { op: 'answer-excludes', question: 'mfa', option: 'email' },
      },
    ]);
  });

  it('turns each "don\'t know" into a "find out" item in Now', () => {
    const result = assess(exampleQuestionnaire, { ...bestAnswers, website: dontKnow });
    expect(summary(result.roadmap)).toEqual(['now 1 find-out:website (find-out)']);
    expect(result.roadmap[0]).toMatchObject({
      kind: 'find-out',
      questionId: 'website',
      effort: 'low',
    });
  });

  it('orders Now with critical items first, then by impact and effort', () => {
    const result = assess(exampleQuestionnaire, {
      ...bestAnswers,
      website: dontKnow,
      mfa: value([]),
      backups: dontKnow,
    });
    expect(summary(result.roadmap)).toEqual([
      'now 1 rec:turn-on-mfa (critical)',
      'now 2 find-out:backups (find-out)',
      'now 3 find-out:website (find-out)',
    ]);
  });

  it('ignores a dependency that was not triggered (it is already in place)', () => {
    const definition = exampleCopy();
    definition.recommendations[0] = {
      ...definition.recommendations[0],
      dependsOn: ['training-plan'],
    };
    const result = assess(prepare(definition), { ...bestAnswers, mfa: value([]) });
    expect(result.roadmap.find((item) => item.key === 'rec:turn-on-mfa')?.dependsOn).toEqual([]);
  });

  it('documents a horizon for every effort and impact', () => {
    expect(EFFORT_IMPACT_HORIZON.low.high).toBe('now');
    expect(EFFORT_IMPACT_HORIZON.medium.high).toBe('next');
    expect(EFFORT_IMPACT_HORIZON.high.low).toBe('later');
  });
});
