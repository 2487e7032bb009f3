// A cycle's scores and answers as one CSV table for funders' spreadsheets: one row per overall score,
// per dimension score and per answer, for the team and for each respondent.
import type { TFunction } from 'i18next';

type T = TFunction<['transfer', 'common']>;
import type { Answers } from '../../engine/answer';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import type { QuestionnaireResult, ScoreSummary } from '../../engine/result';
import type { Question } from '../../engine/schema';
import { toCsv } from '../../lib/csv';
import { localize, type Language } from '../../lib/typography';
import type { Cycle, Response } from '../../storage/records';

export interface CsvQuestionnaire {
  questionnaire: PreparedQuestionnaire;
  /** The team's (or the only respondent's) result. */
  result: QuestionnaireResult;
  individuals: { response: Response; answers: Answers; result: QuestionnaireResult }[];
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
    ] as const
  ).map((key) => t(`transfer:csv.${key}`));
  const rows: (string | number)[][] = [header];

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
      rows.push([
        t('transfer:csv.typeOverall'),
        cycle.name,
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
        rows.push([
          t('transfer:csv.typeDimension'),
          cycle.name,
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
        rows.push([
          t('transfer:csv.typeAnswer'),
          cycle.name,
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
  return toCsv(rows, language === 'fr' ? ';' : ',');
}
