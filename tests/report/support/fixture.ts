// A realistic report input built from the shipped questionnaires and their example answer sets: a small
// francophone centre this cycle, the mid-size examples as the cycle before, and a few roadmap edits.
import { assess } from '../../../src/engine/assess';
import type { Language } from '../../../src/lib/typography';
import type {
  PaperSize,
  QuestionnaireReport,
  ReportInput,
} from '../../../src/report/model/report-input';
import { roadmapEditKey, type RoadmapEdit } from '../../../src/domain/roadmap-edit';
import type { Cycle } from '../../../src/domain/cycle';
import type { OrganizationProfile } from '../../../src/domain/profile';
import { PLANNING_RULES } from '../../../src/content/planning-rules';
import { loadExamples, loadShipped } from '../../support/content';

export const ORGANIZATION = "Centre d'accueil des nouveaux arrivants de Rivière-du-Loup";

/** Questionnaire id → [this cycle's example, last cycle's example]. */
const EXAMPLES: Record<string, [string, string]> = {
  'digital-maturity': ['small-town-agency', 'mid-size-francophone-agency'],
  'cybersecurity-baseline': ['small-rural-centre', 'urban-agency-with-it-provider'],
  'digital-literacy': ['newer-settlement-worker', 'office-tech-helper'],
};

/** The questionnaire version the fixture is answered on: 1.0.0, or 1.1.0 (costs, sameAs). */
export type FixtureVersion = '1.0.0' | '1.1.0';

function questionnaireReport(
  id: string,
  example: string,
  respondents = 1,
  version: FixtureVersion = '1.0.0',
): QuestionnaireReport {
  const questionnaire = loadShipped(id, version);
  const found = loadExamples(id, version).find((candidate) => candidate.name === example);
  if (found === undefined) throw new Error(`no example ${example} for ${id}`);
  return { questionnaire, result: assess(questionnaire, found.example.answers), respondents };
}

const stamp = '2026-03-02T15:30:00.000-05:00';

function cycle(id: string, name: string, version: FixtureVersion = '1.0.0'): Cycle {
  return {
    id,
    name,
    createdAt: stamp,
    updatedAt: stamp,
    questionnaires: Object.keys(EXAMPLES).map((questionnaire) => ({
      id: questionnaire,
      version,
    })),
    targets: {},
  };
}

export const profile: OrganizationProfile = {
  id: 'organization',
  name: ORGANIZATION,
  province: 'QC',
  communitySize: 'small-rural',
  staffBand: '6-15',
  services: ['settlement', 'employment', 'community-connections'],
  languages: ['fr', 'en'],
  updatedAt: stamp,
};

export const currentReports = (version: FixtureVersion = '1.0.0'): QuestionnaireReport[] =>
  Object.entries(EXAMPLES).map(([id, [example]], index) =>
    questionnaireReport(id, example, index === 2 ? 3 : 1, version),
  );

export const previousReports = (version: FixtureVersion = '1.0.0'): QuestionnaireReport[] =>
  Object.entries(EXAMPLES).map(([id, [, example]]) => questionnaireReport(id, example, 1, version));

/** Edits on the first items of the digital-maturity and cybersecurity roadmaps. */
export function sampleEdits(
  cycleId: string,
  reports: readonly QuestionnaireReport[],
): RoadmapEdit[] {
  const [maturity, cyber] = reports;
  const first = (report: QuestionnaireReport | undefined, index: number): string => {
    const item = report?.result.roadmap[index];
    if (report === undefined || item === undefined) throw new Error('fixture roadmap is too short');
    return roadmapEditKey(report.questionnaire.definition.id, item.key);
  };
  const questionnaireId = (itemKey: string) => itemKey.split('/')[0] ?? '';
  const edits: Omit<RoadmapEdit, 'questionnaireId'>[] = [
    {
      cycleId,
      itemKey: first(maturity, 0),
      status: 'in-progress',
      owner: 'Geneviève Côté',
      targetDate: '2026-06-30',
      updatedAt: stamp,
    },
    { cycleId, itemKey: first(maturity, 1), status: 'done', updatedAt: stamp },
    {
      cycleId,
      itemKey: first(cyber, 0),
      status: 'planned',
      owner: 'François Lévesque',
      targetDate: '2026-09-15',
      updatedAt: stamp,
    },
    { cycleId, itemKey: first(cyber, 1), status: 'not-relevant', updatedAt: stamp },
  ];
  return edits.map((edit) => ({ ...edit, questionnaireId: questionnaireId(edit.itemKey) }));
}

export function reportInput(
  options: {
    language?: Language;
    paper?: PaperSize;
    withPrevious?: boolean;
    version?: FixtureVersion;
  } = {},
): ReportInput {
  const current = currentReports(options.version);
  const input: ReportInput = {
    language: options.language ?? 'fr',
    paper: options.paper ?? 'letter',
    generatedAt: stamp,
    profile,
    cycle: {
      ...cycle('cycle-2026', 'Autoévaluation 2026', options.version),
      targets: { 'digital-maturity': { 'strategy-leadership': 'consolidating' } },
    },
    questionnaires: current,
    roadmapEdits: sampleEdits('cycle-2026', current),
    planning: PLANNING_RULES,
  };
  if (options.withPrevious !== false) {
    input.previous = {
      cycle: cycle('cycle-2025', 'Autoévaluation 2025', options.version),
      questionnaires: previousReports(options.version),
    };
  }
  return input;
}
