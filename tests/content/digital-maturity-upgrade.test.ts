// Carrying an unfinished digital maturity response from 1.0.0 to 1.1.0, as the upgrade offer does:
// what the person is told to look at must be exactly what changed.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess';
import { carryAnswersThrough } from '../../src/engine/carry';
import { loadExamples, loadShipped } from '../support/content';

const earlier = loadShipped('digital-maturity', '1.0.0');
const later = loadShipped('digital-maturity', '1.1.0');
const smallTown = loadExamples('digital-maturity', '1.0.0').find(
  (e) => e.name === 'small-town-agency',
)!.example;

describe('carrying a small agency’s digital maturity answers from 1.0.0 to 1.1.0', () => {
  const carried = carryAnswersThrough([earlier, later], smallTown.answers);

  it('moves every answer, none dropped', () => {
    expect(carried.droppedAnswers).toEqual([]);
    expect(Object.keys(carried.answers).sort()).toEqual(Object.keys(smallTown.answers).sort());
    expect(carried.answers).toEqual(smallTown.answers);
  });

  it('lists the nine questions of the two new sections as new, in questionnaire order', () => {
    expect(carried.newQuestions).toEqual([
      'comms-planning',
      'newcomer-outreach',
      'client-stories-consent',
      'online-giving',
      'finance-system',
      'payroll-hr-records',
      'admin-workflows',
      'donor-funder-records',
      'back-office-continuity',
    ]);
  });

  it('lists as asked differently the questions whose wording changed, and only those', () => {
    expect(carried.changedQuestions).toEqual([
      // French style: « tomber en panne », no point médian, neutral wording, « Sans objet »
      'digital-strategy',
      'digital-lead',
      'service-channels',
      'client-digital-access',
      'remote-consent-interpretation',
      // the Digital literacy self-assessment by its real title
      'staff-skills-baseline',
      'training-time-budget',
      'client-digital-coaching',
      'volunteer-digital',
      'staff-devices',
      'tech-support-licences',
      'outcomes-measured',
      'icare-data-flow',
      'data-skills-time',
      // which privacy law applies where
      'privacy-practice',
      // a backup counts only with an offline or isolated copy; MFA for admin accounts too
      'security-basics',
      'data-sharing',
      'digital-partners',
      'working-open',
      'change-support',
      'tech-budget',
      'funder-dialogue',
    ]);
  });

  it('keeps the carried result provisional until the new sections are answered', () => {
    const result = assess(later, carried.answers);
    expect(result.invalidAnswers).toEqual([]);
    expect(result.overall.level).toBeNull();
    const provisional = result.dimensions.filter((d) => d.provisional).map((d) => d.dimensionId);
    expect(provisional).toEqual(['communications-fundraising', 'back-office']);
    expect(result.overall.missingForLevel).toBe(8);
  });

  it('gives the same level on 1.1.0 once the new sections are answered as in the 1.1.0 example', () => {
    const example = loadExamples('digital-maturity', '1.1.0').find(
      (e) => e.name === 'small-town-agency',
    )!.example;
    const result = assess(later, { ...carried.answers, ...example.answers });
    expect(result.overall.level).toBe('exploring');
    expect(assess(earlier, smallTown.answers).overall.level).toBe('exploring');
  });
});
