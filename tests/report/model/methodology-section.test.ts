import { beforeAll, describe, expect, it } from 'vitest';
import type { Formatter } from '../../../src/presentation/format';
import { citedFrameworks, methodologySection } from '../../../src/report/model/methodology-section';
import { currentReports } from '../support/fixture';
import { formatter } from '../support/translate';

let en: Formatter;
beforeAll(async () => {
  en = await formatter('en');
});

describe('the methodology', () => {
  const reports = currentReports();

  it('names every questionnaire with its id, version and content hash', () => {
    const methodology = methodologySection(reports, en);
    expect(methodology.questionnaires.rows).toEqual(
      reports.map(({ questionnaire, result }) => [
        questionnaire.definition.title.en,
        questionnaire.definition.id,
        '1.0.0',
        result.questionnaire.contentHash,
      ]),
    );
    expect(methodology.questionnaires.rows[0]?.[3]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('cites the frameworks the questions refer to, by full name', () => {
    const cited = citedFrameworks(reports);
    expect(cited).toEqual(expect.arrayContaining(['CCCS-baseline', 'CIS-v8', 'NIST-CSF-2.0']));
    const { frameworks } = methodologySection(reports, en);
    expect(frameworks).toHaveLength(cited.length);
    expect(frameworks).toContain('NIST Cybersecurity Framework (CSF) 2.0');
    expect(citedFrameworks(reports.slice(2))).toEqual([
      'CCCS-baseline',
      'DigComp-2.2',
      'DigComp-3.0',
      'Skills-for-Success',
      'GC-Digital-Standards',
    ]);
  });

  it('shows the effort × impact horizon table the engine uses', () => {
    const { horizonMatrix } = methodologySection(reports, en);
    expect(horizonMatrix.rows).toEqual([
      ['Low effort', 'Now', 'Now', 'Next'],
      ['Medium effort', 'Next', 'Next', 'Later'],
      ['High effort', 'Next', 'Later', 'Later'],
    ]);
  });

  it('lists where each level starts', () => {
    const { levels } = methodologySection(reports, en);
    expect(levels[0]).toMatch(/^Digital maturity: First steps from 0, Exploring from 20, /);
  });
});
