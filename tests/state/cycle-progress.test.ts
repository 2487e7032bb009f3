import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/engine/answer';
import type { Response } from '../../src/domain/response';
import { questionnaireOutcome } from '../../src/state/cycle-results';
import { cycleProgress } from '../../src/state/cycle-progress';
import { bestAnswers, exampleQuestionnaire, value } from '../support/example';

const AT = '2026-03-01T00:00:00.000Z';

function response(id: string, respondent: string, submitted: boolean): Response {
  return {
    id,
    cycleId: 'cycle',
    questionnaireId: exampleQuestionnaire.definition.id,
    version: exampleQuestionnaire.definition.version,
    contentHash: exampleQuestionnaire.contentHash,
    respondent,
    startedAt: AT,
    updatedAt: AT,
    origin: 'local',
    ...(submitted ? { submittedAt: AT } : {}),
  };
}

function progressOf(entries: { response: Response; answers: Answers }[]) {
  const outcome = questionnaireOutcome(exampleQuestionnaire, entries);
  const [first] = cycleProgress([outcome], entries, new Map());
  if (first === undefined) throw new Error('no progress');
  return first;
}

describe('a cycle’s progress per questionnaire', () => {
  it('gives a level only when every answer needed for one is there', () => {
    const progress = progressOf([
      { response: response('a', 'Director', true), answers: bestAnswers },
    ]);
    expect(progress.standing.kind).toBe('level');
    expect(progress.submitted).toBe(1);
    expect(progress.respondents).toEqual([
      expect.objectContaining({ respondent: 'Director', submitted: true }),
    ]);
    expect(progress.answered).toBe(progress.total);
  });

  it('says the score is provisional, with no level, when too little is answered', () => {
    const progress = progressOf([
      { response: response('a', 'Director', false), answers: { backups: value('yes') } },
    ]);
    expect(progress.standing.kind).toBe('provisional');
    expect(progress.standing).not.toHaveProperty('levelId');
    expect(progress.submitted).toBe(0);
    expect(progress.answered).toBe(1);
    expect(progress.total).toBeGreaterThan(1);
  });

  it('counts a respondent who has answered nothing yet, without a standing', () => {
    const progress = progressOf([{ response: response('a', 'Coordinator', false), answers: {} }]);
    expect(progress.standing).toEqual({ kind: 'none' });
    expect(progress.respondents).toHaveLength(1);
    expect(progress.respondents[0]?.answered).toBe(0);
  });

  it('adds up the answers of every respondent', () => {
    const progress = progressOf([
      { response: response('a', 'Director', true), answers: bestAnswers },
      { response: response('b', 'Coordinator', false), answers: { backups: value('no') } },
    ]);
    const [first, second] = progress.respondents;
    expect(progress.answered).toBe((first?.answered ?? 0) + (second?.answered ?? 0));
    expect(progress.submitted).toBe(1);
  });
});
