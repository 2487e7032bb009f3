import { beforeAll, describe, expect, it } from 'vitest';
import type { Reason } from '../../src/engine/conditions';
import type { FindOutItem } from '../../src/engine/result';
import type { Formatter } from '../../src/presentation/format';
import { itemTitle, reasonSentence } from '../../src/presentation/reasons';
import { exampleCopy, exampleQuestionnaire, prepare } from '../support/example';
import { formatter } from '../report/support/translate';

let en: Formatter;
let fr: Formatter;
beforeAll(async () => {
  en = await formatter('en');
  fr = await formatter('fr');
});

const answered = (questionId: string, value: string | number | string[]): Reason => ({
  type: 'question',
  questionId,
  condition: { op: 'score-below', question: questionId, value: 1 },
  status: 'answered',
  value,
});

const because = (reason: Reason, format: Formatter) =>
  reasonSentence(exampleQuestionnaire, reason, format);

describe('a roadmap item reason', () => {
  it('quotes the question and a yes / partly / no answer', () => {
    expect(because(answered('backups', 'partly'), en)).toBe(
      'Because the answer to “Are backups tested?” was “Partly”.',
    );
  });

  it('quotes a scale step without doubling its full stop', () => {
    expect(because(answered('training', 1), en)).toBe(
      'Because the answer to “How do staff learn digital skills?” was “Staff learn on their own”.',
    );
  });

  it('names the option chosen in a single choice', () => {
    expect(because(answered('website', 'volunteer'), en)).toContain('was “A volunteer”.');
  });

  it('lists the options ticked in a checklist, or says none were', () => {
    expect(because(answered('mfa', ['email', 'admin']), en)).toContain(
      'was “Email, Admin accounts”.',
    );
    expect(because(answered('mfa', []), en)).toContain('was “None of these”.');
  });

  it('names an option that was not ticked', () => {
    const reason: Reason = {
      type: 'question',
      questionId: 'mfa',
      condition: { op: 'answer-excludes', question: 'mfa', option: 'email' },
      status: 'answered',
      value: ['files'],
    };
    expect(because(reason, en)).toBe('Because “Email” was not ticked for “MFA is on for:”.');
  });

  it('says "don\'t know" when that was the answer', () => {
    const reason: Reason = {
      type: 'question',
      questionId: 'backups',
      condition: { op: 'dont-know', question: 'backups' },
      status: 'dont-know',
    };
    expect(because(reason, en)).toBe(
      "Because the answer to “Are backups tested?” was “Don't know”.",
    );
  });

  it('gives a dimension score and the threshold it fell below', () => {
    const reason: Reason = {
      type: 'dimension',
      dimensionId: 'skills',
      condition: { op: 'dimension-below', dimension: 'skills', value: 60 },
      score: 42.4,
    };
    expect(because(reason, en)).toBe('Because Skills scored 42 / 100, below 60.');
    expect(because(reason, fr)).toBe(
      'Parce que «\u00a0Compétences\u00a0» a obtenu 42 / 100, sous le seuil de 60.',
    );
  });

  it('is typeset in French with guillemets held by no-break spaces', () => {
    expect(because(answered('backups', 'partly'), fr)).toBe(
      'Parce que la réponse à «\u00a0Les sauvegardes sont-elles testées?\u00a0» était «\u00a0En partie\u00a0».',
    );
  });
});

describe("a find-out item's title", () => {
  const findOut = (questionId: string): FindOutItem => ({
    kind: 'find-out',
    questionId,
    key: `find-out:${questionId}`,
    horizon: 'now',
    priority: 1,
    critical: false,
    effort: 'low',
    impact: 'medium',
    horizonRule: 'find-out',
    dependsOn: [],
    reasons: [],
  });

  it("is the question's own find-out wording", () => {
    expect(itemTitle(exampleQuestionnaire, findOut('backups'), fr)).toBe(
      'Vérifier si les sauvegardes sont testées',
    );
  });

  it('falls back to "Find out:" and the question when the content has no wording', () => {
    const copy = exampleCopy();
    const backups = copy.questions.find((question) => question.id === 'backups');
    if (backups) delete backups.findOut;
    expect(itemTitle(prepare(copy), findOut('backups'), en)).toBe('Find out: Are backups tested?');
  });
});
