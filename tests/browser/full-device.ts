// A device with enough data that every screen is full: last year's closed cycle and this year's, each
// with every organization questionnaire answered and submitted by several people, and one response
// still in progress. Built in Node from the shipped questionnaires and their example answers.
import type { Page } from '@playwright/test';
import {
  addCycle,
  addResponse,
  emptyDevice,
  shippedQuestionnaires,
  variedAnswers,
  writeDevice,
} from '../bench/seed';

export interface FullDevice {
  lastYearCycleId: string;
  thisYearCycleId: string;
  /** A response of this year's staff questionnaire with part of its answers: the questionnaire page. */
  openResponseId: string;
  /** The questionnaire with several respondents, whose results show the team view. */
  teamQuestionnaireId: string;
}

const respondents = ['Executive director', 'Settlement counsellor', 'Language instructor'];

/** Writes the device's data through the page (which must have opened the app once). */
export async function seedFullDevice(page: Page): Promise<FullDevice> {
  const shipped = shippedQuestionnaires();
  const device = emptyDevice();
  const year = new Date().getUTCFullYear();
  const cycles = [addCycle(device, year - 1, shipped), addCycle(device, year, shipped)];
  for (const cycle of cycles) {
    for (const questionnaire of shipped) {
      respondents.forEach((respondent, index) => {
        const response = addResponse(
          device,
          cycle,
          questionnaire,
          respondent,
          variedAnswers(questionnaire, index),
        );
        response.submittedAt = cycle.createdAt;
      });
    }
  }
  const staff = shipped.find((s) => s.questionnaire.definition.id === 'digital-literacy');
  const thisYear = cycles[1];
  if (!staff || !thisYear) throw new Error('the staff questionnaire is not shipped');
  const all = variedAnswers(staff, 1);
  const firstSection = new Set(
    (
      staff.questionnaire.questionsByDimension.get(
        staff.questionnaire.definition.dimensions[0]?.id ?? '',
      ) ?? []
    ).map((q) => q.id),
  );
  const partial = Object.fromEntries(Object.entries(all).filter(([id]) => firstSection.has(id)));
  const open = addResponse(device, thisYear, staff, 'Reception volunteer', partial);
  await writeDevice(page, device);
  return {
    lastYearCycleId: cycles[0]?.id ?? '',
    thisYearCycleId: thisYear.id,
    openResponseId: open.id,
    teamQuestionnaireId: 'digital-literacy',
  };
}
