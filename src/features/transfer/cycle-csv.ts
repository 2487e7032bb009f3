// A cycle's scores, answers and roadmap as one CSV table for funders' spreadsheets: one row per overall
// score, per dimension score and per answer, for the team and for each respondent, then one row per
// roadmap action (the organization's own included) with its horizon, follow-up, cost and funding. A
// cost not estimated leaves its figures empty and says so: it is never written as 0.
import { cycleLabel } from '../../domain/cycle-period';
import type { TFunction } from 'i18next';

type T = TFunction<['transfer', 'common']>;
import type { Answers } from '../../engine/answer';
import type { CycleAction } from '../../engine/cycle-action';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import type { QuestionnaireResult, ScoreSummary } from '../../engine/result';
import type { Question } from '../../engine/schema';
import { toCsv } from '../../lib/csv';
import { localize, type Language } from '../../lib/typography';
import type { Cycle } from '../../domain/cycle';
import type { Response } from '../../domain/response';

export interface CsvQuestionnaire {
  questionnaire: PreparedQuestionnaire;
  /** The team's (or the only respondent's) result. */
  result: QuestionnaireResult;
  individuals: { response: Response; answers: Answers; result: QuestionnaireResult }[];
}

/** A roadmap action as the CSV lists it: its title and where it comes from, already in words. */
export interface CsvAction {
  action: CycleAction;
  title: string;
  /** The questionnaires it comes from, or that it is the organization's own. */
  source: string;
}

/** Columns the roadmap rows fill; other rows leave them empty. */
const actionColumns = [
  'horizon',
  'status',
  'owner',
  'targetDate',
  'oneTimeMin',
  'oneTimeMax',
  'perYearMin',
  'perYearMax',
  'staffHoursMin',
  'staffHoursMax',
  'estimate',
  'funding',
  'funder',
] as const;
const noAction = actionColumns.map(() => '');

function estimateCell(action: CycleAction, t: T): string {
  const { cost, costSource } = action;
  if (cost === null || costSource === null) return t('transfer:csv.estimateNone');
  if (!cost.complete) return t('transfer:csv.estimatePerStaff');
  return costSource === 'content'
    ? t('transfer:csv.estimateContent')
    : t('transfer:csv.estimateOwn');
}

function actionRow(cycle: Cycle, { action, title, source }: CsvAction, t: T): (string | number)[] {
  const { cost, funding } = action;
  const figures = (range: { min: number; max: number } | null | undefined) =>
    range === null || range === undefined ? ['', ''] : [range.min, range.max];
  return [
    t('transfer:csv.typeAction'),
    cycleLabel(cycle),
    source,
    '',
    '',
    '',
    action.key,
    title,
    '',
    '',
    '',
    '',
    '',
    action.note ?? '',
    '',
    t(`common:horizon.${action.horizon}`),
    t(`transfer:csv.statusName.${action.status ?? 'proposed'}`),
    action.owner ?? '',
    action.targetDate ?? '',
    ...figures(cost?.oneTime),
    ...figures(cost?.perYear),
    ...figures(cost?.staffHours),
    estimateCell(action, t),
    t(`transfer:csv.fundingSource.${funding?.source ?? 'none'}`),
    funding?.source === 'other-funder' ? (funding.funder ?? '') : '',
  ];
}

const percent = (share: number | null) => (share === null ? '' : Math.round(share * 100));
const points = (score: number | null) => (score === null ? '' : Math.round(score * 10) / 10);

/** What the answer column shows: a number answer stays a number for the spreadsheet. */
function answerCell(
  question: Question,
  answers: Answers,
  t: T,
  language: Language,
): string | number {
  const answer = answers[question.id];
  if (
    question.kind === 'number' &&
    answer?.special === undefined &&
    typeof answer?.value === 'number'
  )
    return answer.value;
  return answerLabel(question, answers, t, language);
}

function answerLabel(question: Question, answers: Answers, t: T, language: Language): string {
  const answer = answers[question.id];
  if (answer?.special === 'dont-know') return t('common:answer.dontKnow');
  if (answer?.special === 'not-applicable') return t('common:answer.notApplicable');
  const value = answer?.value;
  if (value === undefined) return '';
  switch (question.kind) {
    case 'scale':
      return typeof value === 'number' && question.anchors[value]
        ? `${value} — ${localize(question.anchors[value], language)}`
        : String(value);
    case 'yes-partly-no':
      return value === 'yes' || value === 'partly' || value === 'no'
        ? t(`common:answer.${value}`)
        : String(value);
    case 'single-choice':
      return localize(
        question.options.find((o) => o.id === value)?.label ?? {
          en: String(value),
          fr: String(value),
        },
        language,
      );
    case 'checklist':
      return Array.isArray(value)
        ? value.length === 0
          ? t('common:answer.none')
          : value
              .map((id) =>
                localize(
                  question.options.find((o) => o.id === id)?.label ?? { en: id, fr: id },
                  language,
                ),
              )
              .join('; ')
        : '';
    default:
      return String(value);
  }
}

export function cycleCsv(
  cycle: Cycle,
  questionnaires: readonly CsvQuestionnaire[],
  t: T,
  language: Language,
  actions: readonly CsvAction[] = [],
): string {
  const header = (
    [
      'type',
      'cycle',
      'questionnaire',
      'version',
      'respondent',
      'dimension',
      'questionId',
      'question',
      'answer',
      'score',
      'level',
      'coverage',
      'confidence',
      'note',
      'answeredAt',
      ...actionColumns,
    ] as const
  ).map((key) => t(`transfer:csv.${key}`));
  const rows: (string | number)[][] = [header];
  const push = (row: (string | number)[]) => rows.push([...row, ...noAction]);

  for (const { questionnaire, result, individuals } of questionnaires) {
    const { definition } = questionnaire;
    const title = localize(definition.title, language);
    // A provisional result (too few answers for a level) says what is missing, never a level.
    const levelLabel = (summary: ScoreSummary) => {
      if (summary.provisional) {
        return t('common:provisional.answerMore', { count: summary.missingForLevel });
      }
      const level = definition.levels.find((l) => l.id === summary.level);
      return level ? localize(level.label, language) : '';
    };
    const scoreRows = (respondent: string, scored: QuestionnaireResult) => {
      push([
        t('transfer:csv.typeOverall'),
        cycleLabel(cycle),
        title,
        definition.version,
        respondent,
        '',
        '',
        '',
        '',
        points(scored.overall.score),
        levelLabel(scored.overall),
        percent(scored.overall.coverage),
        percent(scored.overall.confidence),
        '',
        '',
      ]);
      for (const dimension of scored.dimensions) {
        const dimensionTitle = localize(
          questionnaire.dimensionById.get(dimension.dimensionId)?.title ?? {
            en: dimension.dimensionId,
            fr: dimension.dimensionId,
          },
          language,
        );
        push([
          t('transfer:csv.typeDimension'),
          cycleLabel(cycle),
          title,
          definition.version,
          respondent,
          dimensionTitle,
          '',
          '',
          '',
          points(dimension.score),
          levelLabel(dimension),
          percent(dimension.coverage),
          percent(dimension.confidence),
          '',
          '',
        ]);
      }
    };
    scoreRows(
      individuals.length > 1 ? t('transfer:csv.team') : (individuals[0]?.response.respondent ?? ''),
      result,
    );
    for (const individual of individuals) {
      if (individuals.length > 1) scoreRows(individual.response.respondent, individual.result);
      for (const question of definition.questions) {
        const answer = individual.answers[question.id];
        if (answer === undefined) continue;
        const scoredQuestion = individual.result.questions.find(
          (q) => q.questionId === question.id,
        );
        push([
          t('transfer:csv.typeAnswer'),
          cycleLabel(cycle),
          title,
          definition.version,
          individual.response.respondent,
          localize(
            questionnaire.dimensionById.get(question.dimension)?.title ?? { en: '', fr: '' },
            language,
          ),
          question.id,
          localize(question.prompt, language),
          answerCell(question, individual.answers, t, language),
          scoredQuestion?.score === null || scoredQuestion === undefined
            ? ''
            : Math.round(scoredQuestion.score * 100),
          '',
          '',
          '',
          answer.note ?? '',
          '',
        ]);
      }
    }
  }
  for (const action of actions) rows.push(actionRow(cycle, action, t));
  return toCsv(rows, language === 'fr' ? ';' : ',');
}
