// Every field of a contribution file as the person reads it before saving: what the field is, what
// its value means in their language, and the value exactly as the file will hold it.
import type { PreparedQuestionnaire } from '../../../engine/prepare';
import type { ContributedScore } from '../../../engine/sector-snapshot';
import { localize, type Language } from '../../../lib/typography';
import type { ContributionFile } from '../../../state/sector/cycle-contribution';

export interface PreviewRow {
  key: string;
  field: string;
  meaning: string;
  written: string;
}

export interface QuestionnairePreview {
  id: string;
  title: string;
  rows: PreviewRow[];
}

/** The translations the rows need (keys of the contribution and profile namespaces). */
export type PreviewText = (key: string, values?: Record<string, string | number>) => string;

const written = (value: unknown): string => JSON.stringify(value);

function scoreMeaning(
  entry: ContributedScore,
  definition: PreparedQuestionnaire | undefined,
  t: PreviewText,
  language: Language,
): string {
  if (entry.score === null) return t('contribution:meanings.noScore');
  if (entry.provisional || entry.level === null)
    return t('contribution:meanings.scoreProvisional', { score: entry.score });
  const level = definition?.definition.levels.find((l) => l.id === entry.level);
  return t('contribution:meanings.score', {
    score: entry.score,
    level: level === undefined ? entry.level : localize(level.label, language),
  });
}

export function previewRows(
  file: ContributionFile,
  definitions: ReadonlyMap<string, PreparedQuestionnaire>,
  t: PreviewText,
  language: Language,
): { top: PreviewRow[]; questionnaires: QuestionnairePreview[]; checksum: PreviewRow } {
  const { province, communitySize, staffBand } = file.profile;
  const notStated = t('contribution:meanings.notStated');
  const row = (key: string, meaning: string, value: unknown, field = key): PreviewRow => ({
    key,
    field: t(`contribution:fields.${field}`),
    meaning,
    written: written(value),
  });
  const top = [
    row('format', t('contribution:meanings.format'), file.format),
    row(
      'formatVersion',
      t('contribution:meanings.formatVersion', { version: file.formatVersion }),
      file.formatVersion,
    ),
    row(
      'revision',
      file.revision === 1
        ? t('contribution:meanings.revisionFirst')
        : t('contribution:meanings.revisionLater', { revision: file.revision }),
      file.revision,
    ),
    row('id', t('contribution:meanings.id'), file.id),
    row('year', t('contribution:meanings.year'), file.year),
    row(
      'province',
      province === null ? notStated : t(`profile:provinceName.${province}`),
      province,
    ),
    row(
      'communitySize',
      communitySize === null ? notStated : t(`profile:communitySizeName.${communitySize}`),
      communitySize,
    ),
    row(
      'staffBand',
      staffBand === null ? notStated : t(`benchmark:staffBand.${staffBand}`),
      staffBand,
    ),
  ];
  const questionnaires = file.questionnaires.map((entry): QuestionnairePreview => {
    const definition = definitions.get(`${entry.id}@${entry.version}`);
    const title =
      definition === undefined ? entry.id : localize(definition.definition.title, language);
    const dimensionTitle = (id: string) => {
      const found = definition?.dimensionById.get(id);
      return found === undefined ? id : localize(found.title, language);
    };
    return {
      id: entry.id,
      title,
      rows: [
        row('questionnaire', title, entry.id),
        row(
          'version',
          t('contribution:meanings.version', { version: entry.version }),
          entry.version,
        ),
        row('contentHash', t('contribution:meanings.contentHash'), entry.contentHash),
        row('overall', scoreMeaning(entry.overall, definition, t, language), entry.overall),
        ...entry.dimensions.map((dimension) => ({
          key: `dimension-${dimension.id}`,
          field: t('contribution:fields.dimension', { title: dimensionTitle(dimension.id) }),
          meaning: scoreMeaning(dimension, definition, t, language),
          written: written(dimension),
        })),
        row('baseline', t(`contribution:meanings.baseline.${entry.baseline}`), entry.baseline),
        row(
          'coverage',
          t('contribution:meanings.coverage', { coverage: entry.coverage }),
          entry.coverage,
        ),
        row(
          'respondents',
          t(`contribution:meanings.respondents.${entry.respondents}`),
          entry.respondents,
        ),
      ],
    };
  });
  return {
    top,
    questionnaires,
    checksum: row('checksum', t('contribution:meanings.checksum'), file.checksum),
  };
}
