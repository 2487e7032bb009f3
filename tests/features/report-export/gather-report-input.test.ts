import { beforeEach, describe, expect, it } from 'vitest';
import { gatherReportInput } from '../../../src/features/report-export/gather-report-input';
import { cycleRoadmapFor } from '../../../src/report/model/plan-section';
import { saveProfile } from '../../../src/storage/profile';
import { freshDatabase } from '../../support/app';
import { cycleWithAnswers, exampleAnswers } from '../../support/cycle-with-answers';
import { MFA_KEY, planRoadmap } from '../../support/roadmap-planning';

const CYBER = 'cybersecurity-baseline';

describe('what the report is made from: the roadmap leadership sees on screen', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it("includes the organization's own actions and leadership's decisions in the report's action list", async () => {
    await saveProfile({ name: 'Centre rural', staffBand: '6-15' });
    const { cycle } = await cycleWithAnswers(
      [CYBER],
      [{ questionnaireId: CYBER, answers: exampleAnswers(CYBER, 'small-rural-centre') }],
    );
    const { laptops, website } = await planRoadmap(cycle.id);

    const input = await gatherReportInput(cycle.id, 'en', 'letter');
    const roadmap = cycleRoadmapFor(input);
    const laptopsAction = roadmap.actions.find((a) => a.key === `own:${laptops.id}`);
    expect(laptopsAction).toMatchObject({
      kind: 'own',
      horizon: 'now',
      status: 'in-progress',
      funding: { source: 'ircc-sdi' },
    });
    expect(roadmap.actions.find((a) => a.key === `own:${website.id}`)?.status).toBe('done');
    expect(roadmap.actions.find((a) => a.key === MFA_KEY)).toMatchObject({
      funding: { source: 'other-funder', funder: 'Fondation Lucie-et-André-Chagnon' },
      costSource: 'override',
    });
    // Now is sized for 6 to 15 staff, own actions counted.
    expect(roadmap.capacity?.limit).toBe(6);
  });
});
