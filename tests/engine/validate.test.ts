import { describe, expect, it } from 'vitest';
import { validateQuestionnaire } from '../../src/engine/validate';
import { exampleCopy, exampleRaw } from '../support/example';

function problems(raw: unknown): string[] {
  const result = validateQuestionnaire(raw);
  return result.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

describe('validating a questionnaire definition', () => {
  it('accepts the example definition', () => {
    expect(problems(exampleRaw)).toEqual([]);
  });

  it('names a missing French text by its path', () => {
    const broken = exampleCopy();
    (broken.questions[1] as { prompt: { fr?: string } }).prompt.fr = '  ';
    expect(problems(broken)).toEqual(['$.questions[1].prompt.fr: French text is empty']);
  });

  it('rejects a question in a dimension that does not exist', () => {
    const broken = exampleCopy();
    broken.questions[2] = { ...broken.questions[2], dimension: 'privacy' };
    expect(problems(broken)).toContain(
      '$.questions[2].dimension: refers to dimension "privacy", which does not exist',
    );
  });

  it('rejects a trigger that names a question that does not exist', () => {
    const broken = exampleCopy();
    broken.recommendations[0] = {
      ...broken.recommendations[0],
      trigger: { op: 'score-below', question: 'firewall', value: 1 },
    };
    expect(problems(broken)).toContain(
      '$.recommendations[0].trigger.question: refers to question "firewall", which does not exist',
    );
  });

  it('rejects a weight so large that weighted sums would overflow', () => {
    const broken = exampleCopy();
    broken.questions[1] = { ...broken.questions[1], weight: 1e308 };
    broken.dimensions[0] = { ...broken.dimensions[0], weight: 1e308 };
    const found = problems(broken);
    expect(found.some((p) => p.startsWith('$.questions[1].weight'))).toBe(true);
    expect(found.some((p) => p.startsWith('$.dimensions[0].weight'))).toBe(true);
  });

  it('rejects duplicate ids', () => {
    const broken = exampleCopy();
    broken.questions.push({ ...broken.questions[3] });
    expect(problems(broken)).toContain('$.questions[7].id: duplicate question id "website"');
  });

  it('rejects a dependency cycle and names its members', () => {
    const broken = exampleCopy();
    broken.recommendations[2] = { ...broken.recommendations[2], dependsOn: ['test-backups'] };
    expect(problems(broken)).toContain(
      '$.recommendations[1].dependsOn: dependency cycle: test-backups → backup-policy → test-backups',
    );
  });

  it('rejects a dependency on a recommendation that does not exist', () => {
    const broken = exampleCopy();
    broken.recommendations[0] = { ...broken.recommendations[0], dependsOn: ['hire-ciso'] };
    expect(problems(broken)).toContain(
      '$.recommendations[0].dependsOn[0]: depends on recommendation "hire-ciso", which does not exist',
    );
  });

  it('rejects a recommendation that no answers can trigger', () => {
    const broken = exampleCopy();
    broken.recommendations[0] = {
      ...broken.recommendations[0],
      trigger: {
        op: 'all',
        conditions: [
          { op: 'answer-is', question: 'backups', values: ['yes'] },
          { op: 'answer-is', question: 'backups', values: ['no'] },
        ],
      },
    };
    expect(problems(broken)).toEqual([
      '$.recommendations[0].trigger: recommendation "turn-on-mfa" can never be triggered by any set of answers',
    ]);
  });

  it('finds a trigger reachable only through a display condition and a dimension score', () => {
    const reachable = exampleCopy();
    reachable.recommendations[0] = {
      ...reachable.recommendations[0],
      trigger: {
        op: 'all',
        conditions: [
          { op: 'answer-is', question: 'training-budget', values: ['no'] },
          { op: 'dimension-at-least', dimension: 'security', value: 90 },
        ],
      },
    };
    expect(problems(reachable)).toEqual([]);
  });

  it('rejects an answer a condition names that the question does not offer', () => {
    const broken = exampleCopy();
    broken.recommendations[1] = {
      ...broken.recommendations[1],
      trigger: { op: 'answer-is', question: 'backups', values: ['sometimes'] },
    };
    expect(problems(broken)).toContain(
      '$.recommendations[1].trigger: question "backups" (yes-partly-no) has no answer "sometimes"; possible: "yes", "partly", "no"',
    );
  });

  it('rejects a display condition that looks at a later question', () => {
    const broken = exampleCopy();
    broken.questions[1] = {
      ...broken.questions[1],
      showIf: { op: 'answer-is', question: 'training', values: [4] },
    };
    expect(problems(broken)[0]).toMatch(
      /^\$\.questions\[1\]\.showIf\.question: refers to question "training", which is not listed before/,
    );
  });

  it('requires a critical cap when a question is critical', () => {
    const broken = exampleCopy();
    delete broken.criticalCap;
    expect(problems(broken)).toContain(
      '$.criticalCap: critical questions need a criticalCap saying which level an unmet one caps at',
    );
  });

  it('rejects a scale with a missing anchor and an option score out of range', () => {
    const broken = exampleCopy();
    (broken.questions[4] as { anchors: unknown[] }).anchors.pop();
    (broken.questions[3] as { options: { score: number }[] }).options[2]!.score = 2;
    const found = problems(broken);
    expect(found.some((p) => p.startsWith('$.questions[4].anchors'))).toBe(true);
    expect(found.some((p) => p.startsWith('$.questions[3].options[2].score'))).toBe(true);
  });

  it('rejects levels that leave low scores without a level', () => {
    const broken = exampleCopy();
    (broken.levels as { lowerBound: number }[])[0]!.lowerBound = 10;
    expect(problems(broken)).toContain(
      '$.levels: no level starts at 0, so low scores would have no level',
    );
  });
});
