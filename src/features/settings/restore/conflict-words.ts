// A conflicting record in plain words: what it is (the cycle's name, the respondent and the question…)
// and, for each field the two copies disagree on, both values as a person reads them.
import type { TFunction } from 'i18next';
import type { Answer } from '../../../engine/answer';
import type { PreparedQuestionnaire } from '../../../engine/prepare';
import { answerText } from '../../../presentation/reasons';
import { calendarDate, type Formatter } from '../../../presentation/format';
import type { AnswerRecord } from '../../../domain/answer-record';
import type { Cycle } from '../../../domain/cycle';
import type { OrganizationProfile } from '../../../domain/profile';
import type { Response } from '../../../domain/response';
import type { RoadmapEdit } from '../../../domain/roadmap-edit';
import type { OwnActionRecord } from '../../../domain/own-action';
import type { ClientCheckRecord } from '../../../domain/client-check-record';
import type { AnyRecord } from '../../../state/transfer';
import type { ConflictView } from '../../../state/transfer';

type T = TFunction<['transfer', 'profile', 'roadmap', 'common']>;

export interface Words {
  t: T;
  format: Formatter;
  /** The questionnaire the record belongs to, when it names one and it could be loaded. */
  questionnaire: PreparedQuestionnaire | undefined;
}

export interface FieldRow {
  field: string;
  label: string;
  device: string;
  file: string;
}

/** A key built at run time (a field or option id from a record), looked up with a fallback. */
function lookup(words: Words, key: string, fallback: string): string {
  const text: unknown = words.t(key, { defaultValue: fallback });
  return typeof text === 'string' ? text : fallback;
}

const list = (values: readonly string[]) => values.join(', ');
const asText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

export function conflictName(conflict: ConflictView, words: Words): string {
  const { t, format, questionnaire } = words;
  const { context } = conflict;
  const cycle = context.cycle ?? '';
  switch (conflict.kind) {
    case 'profile':
      return t('conflict.name.profile');
    case 'cycles':
      return t('conflict.name.cycle', { name: (conflict.device as Cycle).name });
    case 'responses':
      return t('conflict.name.response', {
        respondent: (conflict.device as Response).respondent,
        cycle,
      });
    case 'answers': {
      const { questionId } = conflict.device as AnswerRecord;
      const question = questionnaire?.questionById.get(questionId);
      return t('conflict.name.answer', {
        respondent: context.respondent ?? '',
        question: question ? format.text(question.prompt) : questionId,
        cycle,
      });
    }
    case 'roadmapEdits': {
      const { itemKey } = conflict.device as RoadmapEdit;
      const local = itemKey.slice(itemKey.indexOf('/') + 1);
      const recommendation = local.startsWith('rec:')
        ? questionnaire?.recommendationById.get(local.slice(4))
        : undefined;
      const findOut = local.startsWith('find-out:')
        ? questionnaire?.questionById.get(local.slice(9))
        : undefined;
      const item = recommendation
        ? format.text(recommendation.title)
        : findOut
          ? format.text(findOut.prompt)
          : local;
      return t('conflict.name.roadmapItem', { item, cycle });
    }
    case 'ownActions':
      return t('conflict.name.ownAction', {
        title: (conflict.device as OwnActionRecord).title,
        cycle,
      });
    case 'clientChecks':
      return t('conflict.name.clientCheck', {
        month: (conflict.device as ClientCheckRecord).month,
        cycle,
      });
  }
}

function profileValue(words: Words, field: string, profile: OrganizationProfile): string {
  const value = (profile as Record<string, unknown>)[field];
  const named = (group: string, id: string) => lookup(words, `profile:${group}.${id}`, id);
  if (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  )
    return words.t('conflict.notStated');
  switch (field) {
    case 'province':
      return named('provinceName', asText(value));
    case 'communitySize':
      return named('communitySizeName', asText(value));
    case 'staffBand':
      return named('staffBandName', asText(value));
    case 'services':
      return list((value as string[]).map((id) => named('serviceName', id)));
    case 'languages':
      return list((value as string[]).map((id) => named('languageName', id)));
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

function cycleValue(words: Words, field: string, cycle: Cycle): string {
  const { t } = words;
  switch (field) {
    case 'name':
      return cycle.name;
    case 'closed':
      return cycle.closedAt === undefined ? t('conflict.value.open') : t('conflict.value.closed');
    case 'questionnaires':
      return list(cycle.questionnaires.map((q) => t('conflict.value.questionnaireVersion', q)));
    case 'targets':
      return t('conflict.value.targets', {
        count: Object.values(cycle.targets).reduce(
          (sum, levels) => sum + Object.keys(levels).length,
          0,
        ),
      });
    default:
      return JSON.stringify((cycle as Record<string, unknown>)[field] ?? null);
  }
}

function responseValue(words: Words, field: string, response: Response): string {
  const { t } = words;
  switch (field) {
    case 'respondent':
      return response.respondent;
    case 'submitted':
      return response.submittedAt === undefined
        ? t('conflict.value.notSubmitted')
        : t('conflict.value.submitted');
    case 'version':
    case 'contentHash':
      return t('conflict.value.version', { version: response.version });
    case 'declinedVersion':
      return response.declinedVersion === undefined
        ? t('conflict.value.none')
        : t('conflict.value.declined', { version: response.declinedVersion });
    case 'carriedFrom':
      return response.carriedFrom === undefined
        ? t('conflict.value.none')
        : list(response.carriedFrom.map((carried) => carried.version));
    default:
      return JSON.stringify((response as Record<string, unknown>)[field] ?? null);
  }
}

function answerValue(words: Words, field: string, record: AnswerRecord): string {
  const { t, format, questionnaire } = words;
  if (field === 'note') return record.note ?? t('conflict.value.noNote');
  const answer: Answer = record;
  if (answer.special === 'dont-know') return t('common:answer.dontKnow');
  if (answer.special === 'not-applicable') return t('common:answer.notApplicable');
  if (answer.value === undefined) return t('common:answer.unanswered');
  const question = questionnaire?.questionById.get(record.questionId);
  if (!question) return Array.isArray(answer.value) ? list(answer.value) : String(answer.value);
  return answerText(question, answer.value, format);
}

/** A decision's value in words, for the fields an edit and an own action share. */
function decisionValue(
  words: Words,
  field: string,
  record: RoadmapEdit | OwnActionRecord,
): string | undefined {
  const { t } = words;
  switch (field) {
    case 'horizon':
      return record.horizon === undefined
        ? t('conflict.notStated')
        : t(`common:horizon.${record.horizon}`);
    case 'funding': {
      const { funding } = record;
      if (funding === undefined) return t('roadmap:funding.source.none');
      const source = t(`roadmap:funding.source.${funding.source}`);
      return funding.source === 'other-funder' && funding.funder !== undefined
        ? `${source} (${funding.funder})`
        : source;
    }
    case 'cost':
      return record.cost === undefined ? t('conflict.notStated') : t('conflict.value.costDiffers');
    case 'carriedFrom':
      return record.carriedFrom === undefined
        ? t('conflict.value.none')
        : t('conflict.value.carried');
    default:
      return undefined;
  }
}

function ownActionValue(words: Words, field: string, action: OwnActionRecord): string {
  const { format } = words;
  if (field === 'createdAt') return format.date(new Date(action.createdAt));
  const value = (action as Record<string, unknown>)[field];
  if (
    typeof value === 'string' &&
    field !== 'status' &&
    field !== 'targetDate' &&
    field !== 'horizon'
  )
    return value === '' ? words.t('conflict.notStated') : value;
  return roadmapValue(words, field, action);
}

function roadmapValue(words: Words, field: string, edit: RoadmapEdit | OwnActionRecord): string {
  const { t, format } = words;
  const decision = decisionValue(words, field, edit);
  if (decision !== undefined) return decision;
  switch (field) {
    case 'status':
      return edit.status === undefined
        ? t('conflict.notStated')
        : t(`roadmap:status.${edit.status}`);
    case 'targetDate':
      return edit.targetDate === undefined
        ? t('conflict.notStated')
        : format.date(calendarDate(edit.targetDate));
    case 'owner':
    case 'note': {
      const text = edit[field];
      return text === undefined || text === '' ? t('conflict.notStated') : text;
    }
    default:
      return JSON.stringify((edit as Record<string, unknown>)[field] ?? null);
  }
}

function clientCheckValue(words: Words, field: string, check: ClientCheckRecord): string {
  const { t } = words;
  switch (field) {
    case 'month':
      return check.month;
    case 'language':
      return check.language;
    case 'mode':
      return lookup(words, `report:clientChecks.modes.${check.mode}`, check.mode);
    case 'program':
      return check.program ?? t('conflict.notStated');
    case 'levels':
      return list(
        Object.entries(check.levels).map(
          ([area, level]) => `${area}: ${level ?? t('conflict.notStated')}`,
        ),
      );
    default:
      return asText((check as Record<string, unknown>)[field] ?? null);
  }
}

function fieldLabel(words: Words, kind: ConflictView['kind'], field: string): string {
  if (kind === 'profile') return lookup(words, `profile:${field}`, field);
  // Carried over from another cycle, not from questionnaire versions as a response is.
  if (field === 'carriedFrom' && (kind === 'roadmapEdits' || kind === 'ownActions'))
    return words.t('conflict.field.carriedFromCycle');
  return lookup(words, `transfer:conflict.field.${field}`, field);
}

function valueOf(
  words: Words,
  kind: ConflictView['kind'],
  field: string,
  record: AnyRecord,
): string {
  switch (kind) {
    case 'profile':
      return profileValue(words, field, record as OrganizationProfile);
    case 'cycles':
      return cycleValue(words, field, record as Cycle);
    case 'responses':
      return responseValue(words, field, record as Response);
    case 'answers':
      return answerValue(words, field, record as AnswerRecord);
    case 'roadmapEdits':
      return roadmapValue(words, field, record as RoadmapEdit);
    case 'ownActions':
      return ownActionValue(words, field, record as OwnActionRecord);
    case 'clientChecks':
      return clientCheckValue(words, field, record as ClientCheckRecord);
  }
}

/** One row per field the copies differ in, with both values in words. */
export function conflictRows(conflict: ConflictView, words: Words): FieldRow[] {
  // A version and its text change together: the version says it in words.
  const fields = conflict.fields.includes('version')
    ? conflict.fields.filter((field) => field !== 'contentHash')
    : conflict.fields;
  return fields.map((field) => ({
    field,
    label: fieldLabel(words, conflict.kind, field),
    device: valueOf(words, conflict.kind, field, conflict.device),
    file: valueOf(words, conflict.kind, field, conflict.file),
  }));
}
