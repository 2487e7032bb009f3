// Collects what the PDF report needs for a cycle (and the cycle before it) from the device, scored.
import type { Language } from '../../lib/typography';
import type { PaperSize, QuestionnaireReport, ReportInput } from '../../report/model/report-input';
import type { Cycle } from '../../domain/cycle';
import { loadCycleOutcomes } from '../../state/queries/cycle-outcomes';
import { readCycle, readCycles } from '../../state/queries/cycles';
import { readPlanningRules } from '../../state/queries/planning-rules';
import { readProfile } from '../../state/queries/profile';
import { readOwnActions, readRoadmapEdits } from '../../state/queries/roadmap-edits';
import { loadClientCheckReport } from '../../state/queries/client-checks';
import { sectorComparisonForReport } from '../../state/sector/report-comparison';

/** The cycle's questionnaires that have a result, scored as the results screen scores them. */
async function scoredQuestionnaires(cycle: Cycle): Promise<QuestionnaireReport[]> {
  return (await loadCycleOutcomes(cycle)).flatMap(({ questionnaire, result, individuals }) =>
    result === null ? [] : [{ questionnaire, result, respondents: individuals.length }],
  );
}

/** The report cannot be made yet: no organization profile, or the cycle is no longer stored. */
export class ReportNotReadyError extends Error {
  constructor(readonly missing: 'profile' | 'cycle') {
    super(`no ${missing} to report on`);
  }
}

export async function gatherReportInput(
  cycleId: string,
  language: Language,
  paper: PaperSize,
): Promise<ReportInput> {
  const [profile, cycle] = await Promise.all([readProfile(), readCycle(cycleId)]);
  if (!profile || !cycle) throw new ReportNotReadyError(!profile ? 'profile' : 'cycle');
  const input: ReportInput = {
    language,
    paper,
    generatedAt: new Date().toISOString(),
    profile,
    cycle,
    questionnaires: await scoredQuestionnaires(cycle),
    roadmapEdits: await readRoadmapEdits(cycle.id),
    ownActions: await readOwnActions(cycle.id),
    planning: readPlanningRules(),
  };
  const sector = await sectorComparisonForReport(cycle, profile, input.questionnaires);
  if (sector !== undefined) input.sector = sector;
  const clientChecks = await loadClientCheckReport(cycle.id);
  if (clientChecks) input.clientChecks = clientChecks;
  // The cycle started just before this one, if it has results, for year-over-year change.
  const earlier = (await readCycles()).filter((c) => c.createdAt < cycle.createdAt)[0];
  if (earlier) {
    const previous = await scoredQuestionnaires(earlier);
    if (previous.length > 0) input.previous = { cycle: earlier, questionnaires: previous };
  }
  return input;
}
