// Collects what the PDF report needs for a cycle (and the cycle before it) from the device, scored.
import { loadQuestionnaire } from '../../content/catalog';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import type { Language } from '../../lib/typography';
import type { PaperSize, QuestionnaireReport, ReportInput } from '../../report/report-input';
import { getCycle, listCycles } from '../../storage/cycles';
import { getProfile } from '../../storage/profile';
import type { Cycle } from '../../storage/records';
import { getAnswers, listResponses } from '../../storage/responses';
import { listRoadmapEdits } from '../../storage/roadmap-edits';
import { questionnaireOutcome } from '../../state/cycle-results';

async function scoredQuestionnaires(cycle: Cycle): Promise<QuestionnaireReport[]> {
  const responses = await Promise.all(
    (await listResponses(cycle.id)).map(async (response) => ({
      response,
      answers: await getAnswers(response.id),
    })),
  );
  const versions = new Map<string, PreparedQuestionnaire>();
  for (const { response } of responses) {
    const key = `${response.questionnaireId}@${response.version}`;
    if (!versions.has(key))
      versions.set(key, await loadQuestionnaire(response.questionnaireId, response.version));
  }
  const reports: QuestionnaireReport[] = [];
  for (const ref of cycle.questionnaires) {
    const questionnaire = await loadQuestionnaire(ref.id, ref.version);
    const outcome = questionnaireOutcome(
      questionnaire,
      responses.filter((r) => r.response.questionnaireId === ref.id),
      versions,
    );
    if (outcome.result) {
      reports.push({
        questionnaire,
        result: outcome.result,
        respondents: outcome.individuals.length,
      });
    }
  }
  return reports;
}

export class ReportNotReadyError extends Error {}

export async function gatherReportInput(
  cycleId: string,
  language: Language,
  paper: PaperSize,
): Promise<ReportInput> {
  const [profile, cycle] = await Promise.all([getProfile(), getCycle(cycleId)]);
  if (!profile || !cycle) throw new ReportNotReadyError(!profile ? 'profile' : 'cycle');
  const input: ReportInput = {
    language,
    paper,
    generatedAt: new Date().toISOString(),
    profile,
    cycle,
    questionnaires: await scoredQuestionnaires(cycle),
    roadmapEdits: await listRoadmapEdits(cycle.id),
  };
  // The cycle started just before this one, if it has results, for year-over-year change.
  const earlier = (await listCycles()).filter((c) => c.createdAt < cycle.createdAt)[0];
  if (earlier) {
    const previous = await scoredQuestionnaires(earlier);
    if (previous.length > 0) input.previous = { cycle: earlier, questionnaires: previous };
  }
  return input;
}
