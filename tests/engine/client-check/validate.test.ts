import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../../src/engine/prepare';
import { validateQuestionnaire } from '../../../src/engine/validate';
import { clientCheckRaw } from '../../support/client-check';

function problems(raw: unknown): string[] {
  return validateQuestionnaire(raw).issues.map((issue) => `${issue.path}: ${issue.message}`);
}

type Raw = ReturnType<typeof clientCheckRaw>;
const question = (raw: Raw, index: number) =>
  raw.questions[index] as Record<string, Record<string, unknown>>;

describe('validating a client check', () => {
  it('accepts the shipped newcomer digital skills check', () => {
    expect(problems(clientCheckRaw())).toEqual([]);
  });

  it('is not an agency questionnaire: the agency format refuses its client-only fields', () => {
    expect(parseQuestionnaire(clientCheckRaw()).ok).toBe(false);
  });

  it('names a client text that lacks a declared language', () => {
    const raw = clientCheckRaw();
    delete question(raw, 3).prompt?.uk;
    expect(problems(raw)).toContain('$.questions[3].prompt: has no text in uk');
  });

  it('refuses text in a language the check does not declare', () => {
    const raw = clientCheckRaw();
    raw.languages = ['en', 'fr', 'ar', 'es', 'uk'];
    delete raw.translations.zh;
    expect(problems(raw)).toContain('$.title: has text in zh, which is not declared');
  });

  it('requires an unreviewed translation to say so on screen, in its own language too', () => {
    const raw = clientCheckRaw();
    delete (raw.translations.es?.notice as Record<string, string>).es;
    expect(problems(raw)).toContain(
      '$.translations.es.notice: a machine-assisted-unreviewed translation says so on screen, in es too',
    );
  });

  it('requires a reviewed translation to say when it was reviewed', () => {
    const raw = clientCheckRaw();
    raw.translations.uk = { ...raw.translations.uk, status: 'reviewed' };
    expect(problems(raw)).toContain(
      '$.translations.uk.reviewedOn: a reviewed translation says when it was reviewed',
    );
  });

  it('writes Arabic right to left', () => {
    const raw = clientCheckRaw();
    raw.translations.ar = { ...raw.translations.ar, dir: 'ltr' };
    expect(problems(raw)).toContain(
      '$.translations.ar.dir: "ltr" is not the direction ar is written in',
    );
  });

  it('refuses a picture with a script in it', () => {
    const raw = clientCheckRaw();
    const picture = question(raw, 2).picture as { svg: string };
    picture.svg = picture.svg.replace('</svg>', '<script>alert(1)</script></svg>');
    expect(problems(raw)).toContain(
      '$.questions[2].picture.svg: uses the element <script>, which pictures may not use',
    );
  });

  it('refuses a scored question in an area that has no level', () => {
    const raw = clientCheckRaw();
    delete question(raw, 0).scored;
    expect(problems(raw)).toContain(
      '$.questions[0].scored: is in area "access", which has no level',
    );
  });

  it('requires what to learn next to name a kind of help that exists', () => {
    const raw = clientCheckRaw();
    const index = raw.recommendations.findIndex((r) => r.id === 'learn-email');
    raw.recommendations[index] = { ...raw.recommendations[index], helpKinds: ['college'] };
    expect(problems(raw)).toContain(
      `$.recommendations[${index}].helpKinds[0]: refers to kind of help "college", which does not exist`,
    );
  });

  it('refuses a result that depends on the score of an area without a level', () => {
    const raw = clientCheckRaw();
    raw.recommendations[0] = {
      ...raw.recommendations[0],
      trigger: { op: 'dimension-below', dimension: 'access', value: 50 },
    };
    expect(problems(raw)).toContain(
      '$.dimensions[0]: area "access" has no score for a result to depend on',
    );
  });
});
