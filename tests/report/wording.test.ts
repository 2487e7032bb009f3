// The report's sentences read as written by a careful person in either language: no article glued to
// a name or a level, French ordinal dates, and the staff skills questionnaire spoken of as a team.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportModel } from '../../src/report/model/build-model';
import type { Formatter } from '../../src/presentation/format';
import type { ReportModel } from '../../src/report/model/report-model';
import { ORGANIZATION, reportInput } from './support/fixture';
import { formatter, translator } from './support/translate';

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.values(value).flatMap(strings);
  }
  return [];
}

const models = {} as Record<'en' | 'fr', ReportModel>;
let fr: Formatter;
let en: Formatter;

beforeAll(async () => {
  for (const language of ['en', 'fr'] as const) {
    models[language] = buildReportModel(reportInput({ language }), await translator(language));
  }
  fr = await formatter('fr');
  en = await formatter('en');
});

describe('dates', () => {
  it('write the first of the month as an ordinal in French', () => {
    expect(fr.date(new Date(2026, 11, 1))).toBe('1er décembre 2026');
    expect(fr.date(new Date(2026, 11, 2))).toBe('2 décembre 2026');
    expect(fr.date(new Date(2026, 10, 21))).toBe('21 novembre 2026');
    expect(en.date(new Date(2026, 11, 1))).toBe('December 1, 2026');
  });
});

describe('names and levels inside sentences', () => {
  it('never follow a bare French “de” or “à”', () => {
    const input = reportInput({ language: 'fr' });
    const levels = input.questionnaires.flatMap(({ questionnaire }) =>
      questionnaire.definition.levels.map((level) => level.label.fr),
    );
    const glued = strings(models.fr).filter((text) =>
      [ORGANIZATION, ...levels].some(
        (name) => text.includes(`de ${name}`) || text.includes(`à ${name}`),
      ),
    );
    expect(glued).toEqual([]);
  });

  it('name a cycle as a cycle in English, never “the score in 2025 self-assessment”', () => {
    const text = strings(models.en).join('\n');
    expect(text).not.toMatch(/score in Autoévaluation/);
    expect(text).toContain('the score in the previous cycle (“Autoévaluation 2025”)');
  });
});

describe('the staff skills questionnaire', () => {
  it('describes the team’s level, never one person’s (“You…”)', () => {
    for (const language of ['en', 'fr'] as const) {
      const literacy = models[language].questionnaires.find(
        (section) => section.questionnaireId === 'digital-literacy',
      );
      expect(literacy?.levelDescription).not.toMatch(/^(You|Vous)\b/);
      expect(literacy?.levelDescription).toMatch(
        language === 'en' ? /3 staff members/ : /3 membres/,
      );
    }
  });

  it('gives its actions to the staff concerned, not to “you”', () => {
    const rows = models.en.roadmap.horizons.flatMap((horizon) =>
      horizon.groups.flatMap((group) => group.rows),
    );
    const skills = rows.filter((row) => row.individual);
    expect(skills.length).toBeGreaterThan(5);
    for (const row of skills) {
      expect(row.followUpLines.join(' ')).not.toMatch(/\bYou\b/);
      expect(row.followUpLines).toContain(
        'Usually: each staff member concerned, with their manager',
      );
    }
  });
});
