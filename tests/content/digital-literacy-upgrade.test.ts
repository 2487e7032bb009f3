// Carrying an unfinished digital literacy response from 1.0.0 to 1.1.0, as a staff member would when
// the questionnaire screen offers the newer version: what comes along, and what they are asked to check.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess';
import { carryAnswers } from '../../src/engine/carry';
import type { Question } from '../../src/engine/schema';
import { loadExamples, loadShipped } from '../support/content';

const earlier = loadShipped('digital-literacy', '1.0.0');
const later = loadShipped('digital-literacy', '1.1.0');
const amira = loadExamples('digital-literacy', '1.0.0').find(
  (e) => e.name === 'newer-settlement-worker',
)!.example.answers;
const carried = carryAnswers(earlier, later, amira);

/** What a reader of one language sees of a question. */
function wording(question: Question | undefined, language: 'en' | 'fr'): string {
  if (question === undefined) return '';
  const anchors = question.kind === 'scale' ? question.anchors.map((a) => a[language]) : [];
  return JSON.stringify([question.prompt[language], question.help?.[language], anchors]);
}

describe('carrying a 1.0.0 digital literacy response to 1.1.0', () => {
  it('asks the two new questions on managing digital identity', () => {
    expect(carried.newQuestions).toEqual(['client-digital-identity', 'identity-scams']);
  });

  it('lists as asked differently the split help question and the questions reworded in French', () => {
    expect(carried.changedQuestions).toEqual([
      'case-management',
      'video-sessions',
      'share-documents',
      'online-collaboration',
      'government-online-services',
      'create-documents',
      'client-privacy',
      'report-incidents',
      'digital-wellbeing',
      'get-tech-help',
      'choose-tools',
      'learn-new-tools',
      'client-digital-skills',
    ]);
  });

  it('changes the English wording of the split question only; the others changed in French only', () => {
    const changedInEnglish = carried.changedQuestions.filter((id) => {
      const before = earlier.questionById.get(carried.sources[id] ?? id);
      return wording(before, 'en') !== wording(later.questionById.get(id), 'en');
    });
    expect(changedInEnglish).toEqual(['report-incidents', 'get-tech-help']);
  });

  it('brings every answer along: the old help answer goes to both halves of the split question', () => {
    expect(carried.droppedAnswers).toEqual([]);
    expect(Object.keys(carried.answers)).toHaveLength(Object.keys(amira).length + 1);
    expect(carried.answers['get-tech-help']).toEqual(amira['get-tech-help']);
    expect(carried.answers['report-incidents']).toEqual(amira['get-tech-help']);
    expect(carried.sources['report-incidents']).toBe('get-tech-help');
  });

  it('leaves communication without a level until the new questions are answered', () => {
    const result = assess(later, carried.answers);
    const communication = result.dimensions.find((d) => d.dimensionId === 'communication');
    expect(communication?.level).toBeNull();
    const answered = assess(later, {
      ...carried.answers,
      'client-digital-identity': { value: 1 },
      'identity-scams': { value: 1 },
    });
    expect(answered.dimensions.find((d) => d.dimensionId === 'communication')?.level).toBe(
      'foundation',
    );
  });
});
