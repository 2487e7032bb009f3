import { describe, expect, it } from 'vitest';
import { reportFileName } from '../../src/report/file-name';
import { profile, reportInput } from './support/fixture';

describe('the report file name', () => {
  it('is <organization>-<cycle>-<lang>.pdf with accents kept readable', () => {
    expect(reportFileName(reportInput({ language: 'fr' }))).toBe(
      'centre-d-accueil-des-nouveaux-arrivants-de-rivière-du-loup-autoévaluation-2026-fr.pdf',
    );
    expect(reportFileName(reportInput({ language: 'en' }))).toMatch(
      /-autoévaluation-2026-en\.pdf$/,
    );
  });

  it('drops characters that file systems refuse and keeps names short', () => {
    const name = reportFileName({
      language: 'en',
      profile: { ...profile, name: 'Agency: "North/South" <Team>?*|\\ '.repeat(5) },
      cycle: { ...reportInput().cycle, name: '2026 / Q1' },
    });
    expect(name).not.toMatch(/[\\/:*?"<>| ]/);
    expect(name.endsWith('-2026-q1-en.pdf')).toBe(true);
    expect(name.length).toBeLessThan(90);
  });

  it('falls back to a plain word when nothing is left of a name, and lower-cases French names', () => {
    const cycle = reportInput().cycle;
    expect(reportFileName({ language: 'en', profile: { ...profile, name: '!!!' }, cycle })).toBe(
      'organization-autoévaluation-2026-en.pdf',
    );
    expect(
      reportFileName({
        language: 'fr',
        profile: { ...profile, name: 'Œuvre « Élan » ' },
        cycle: { ...cycle, name: '«»' },
      }),
    ).toBe('œuvre-élan-cycle-fr.pdf');
  });
});
