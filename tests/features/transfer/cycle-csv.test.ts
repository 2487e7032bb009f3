import { beforeEach, describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../../src/content/catalog';
import { assessTeam } from '../../../src/engine/aggregate';
import { cycleCsv } from '../../../src/features/transfer/cycle-csv';
import { loadI18n } from '../../../src/lib/i18n';
import { parseCsv } from '../../../src/lib/csv';
import { getAnswers, listResponses } from '../../../src/storage/responses';
import { freshDatabase } from '../../support/app';
import { seedCycle } from '../../support/cycle-fixture';

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
});
