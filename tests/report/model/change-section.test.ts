import { beforeAll, describe, expect, it } from 'vitest';
import { changeSection, signedChange } from '../../../src/report/model/change-section';
import type { Formatter } from '../../../src/presentation/format';
import { currentReports, previousReports, reportInput } from '../support/fixture';
import { formatter } from '../support/translate';

let en: Formatter;
beforeAll(async () => {
  en = await formatter('en');
});

describe('year-over-year change', () => {
  it('is signed, with a true minus sign, and a dash when a score is missing', () => {
    expect(signedChange(40, 46.4)).toBe('+6');
    expect(signedChange(71.1, 45.5)).toBe('\u221225');
    expect(signedChange(50, 50.2)).toBe('0');
    expect(signedChange(null, 50)).toBe('—');
  });

  it('compares the overall score and every dimension with the earlier cycle', () => {
    const input = reportInput({ language: 'en' });
    if (input.previous === undefined) throw new Error('fixture has an earlier cycle');
    const change = changeSection(input.questionnaires, input.previous, en);
    expect(change.heading).toBe('Change since the previous cycle');
    expect(change.intro).toContain('“Autoévaluation 2025”');
    const [maturity] = change.groups;
    const current = input.questionnaires[0]?.result;
    const before = input.previous.questionnaires[0]?.result;
    expect(maturity?.table.columns).toEqual([
      'Dimension',
      'Autoévaluation 2025',
      'This cycle',
      'Change',
    ]);
    expect(maturity?.table.rows[0]).toEqual([
      'Overall score',
      String(Math.round(before?.overall.score ?? 0)),
      String(Math.round(current?.overall.score ?? 0)),
      signedChange(before?.overall.score ?? null, current?.overall.score ?? null),
    ]);
    expect(maturity?.table.rows).toHaveLength((current?.dimensions.length ?? 0) + 1);
    expect(maturity?.note).toBe(
      'Overall level in “Autoévaluation 2025”: Consolidating. Overall level now: Exploring.',
    );
  });

  it('says when a questionnaire was not assessed in the earlier cycle', () => {
    const [maturity, ...others] = previousReports();
    const change = changeSection(
      currentReports(),
      { cycle: reportInput().previous!.cycle, questionnaires: maturity ? [maturity] : others },
      en,
    );
    expect(change.groups[1]).toMatchObject({
      note: 'Not assessed in the cycle “Autoévaluation 2025”.',
      table: { rows: [] },
    });
  });
});
