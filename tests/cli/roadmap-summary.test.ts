import { describe, expect, it } from 'vitest';
import { cycleRoadmapSummary } from '../../src/cli/roadmap-summary';
import { cycleRoadmap, scored, tinyQuestionnaire } from '../support/roadmap-builders';

const ops = tinyQuestionnaire('ops', [
  { id: 'c1', critical: true },
  { id: 'r1', cost: { oneTime: { min: 1500, max: 4000 } } },
  { id: 'r2', cost: { recurring: { min: 5, max: 8, per: 'month', scope: 'staff' } } },
  { id: 'r3' },
  { id: 'r4' },
  { id: 'n1', effort: 'medium' },
]);

describe('the roadmap summary printed for content authors', () => {
  it('says how Now fills under the limit and how much is costed', () => {
    const roadmap = cycleRoadmap([scored(ops)], {
      staffBand: '1-5',
      decisions: [{ itemKey: 'ops/rec:r1', funding: { source: 'ircc-cfp' } }],
    });
    expect(cycleRoadmapSummary(roadmap)).toBe(
      '1-5 staff, Now holds at most 4: now 4 (1 essential) / next 2 (1 over the limit) / later 0; ' +
        'cost estimated for 2 of 6 actions: one-time $1,500–$4,000, yearly $180–$288; ' +
        'not yet funded: yearly $180–$288',
    );
  });

  it('says when no staff band limits Now, and when nothing is costed', () => {
    const plain = tinyQuestionnaire('ops', [{ id: 'r1' }, { id: 'r2', sameAs: 'ops/r1' }]);
    expect(cycleRoadmapSummary(cycleRoadmap([scored(plain)]))).toBe(
      'no staff band, Now not limited: now 1 / next 0 / later 0; 1 merged by sameAs; ' +
        'cost estimated for 0 of 1 action',
    );
  });
});
