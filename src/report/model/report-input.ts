// What the PDF report is made from: engine results and the cycle's context, already loaded.
// The report never reads the database; the screen that exports gathers this and passes it in.
import type { OwnAction } from '../../engine/action-inputs';
import type { PlanningRules } from '../../engine/planning-rules';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import type { ClientChecksReport } from './client-outcomes-section';
import type { QuestionnaireResult } from '../../engine/result';
import type { Language } from '../../lib/typography';
import type { Cycle } from '../../domain/cycle';
import type { OrganizationProfile } from '../../domain/profile';
import type { RoadmapEdit } from '../../domain/roadmap-edit';
import type { SectorComparisonInput } from './sector-comparison';

export type PaperSize = 'letter' | 'a4';

export interface QuestionnaireReport {
  questionnaire: PreparedQuestionnaire;
  /** The result the roadmap comes from (the team's consensus when several people answered). */
  result: QuestionnaireResult;
  /** How many responses the result stands on. */
  respondents: number;
}

export interface ReportInput {
  language: Language;
  paper: PaperSize;
  /** ISO date-time the report is generated at (shown on the cover and in the footer). */
  generatedAt: string;
  profile: OrganizationProfile;
  cycle: Cycle;
  questionnaires: QuestionnaireReport[];
  /** Leadership's edits; `itemKey` is "<questionnaire id>/<roadmap item key>". */
  roadmapEdits: RoadmapEdit[];
  /** The organization's own actions for the cycle. */
  ownActions?: OwnAction[];
  /** The Now limit and head counts per staff band (assessments/roadmap-planning.json). */
  planning: PlanningRules;
  /** The cycle before this one, for year-over-year change, when there is one. */
  previous?: { cycle: Cycle; questionnaires: QuestionnaireReport[] };
  /** The comparison with similar agencies, when a sector benchmark was imported. */
  sector?: SectorComparisonInput;
  /** The cycle's anonymous client skills checks, when it has any. */
  clientChecks?: ClientChecksReport;
}
