import { beforeAll, describe, expect, it } from 'vitest';
import type { Formatter } from '../../../src/presentation/format';
import type { RoadmapEdit } from '../../../src/domain/roadmap-edit';
import { roadmapRows } from '../../../src/report/model/roadmap-rows';
import { roadmapSection } from '../../../src/report/model/roadmap-section';
import { currentReports, sampleEdits } from '../support/fixture';
import { formatter } from '../support/translate';

let en: Formatter;
let fr: Formatter;
beforeAll(async () => {
  en = await formatter('en');
  fr = await formatter('fr');
});

const reports = currentReports();
const edits = sampleEdits('cycle', reports);
const [inProgress, done, planned, notRelevant] = edits as [
  RoadmapEdit,
  RoadmapEdit,
  RoadmapEdit,
  RoadmapEdit,
];

describe('roadmap rows', () => {
  it('carry leadership’s status, owner and target date', () => {
    const rows = roadmapRows(reports, edits, en);
    const row = rows.find((candidate) => candidate.itemKey === inProgress.itemKey);
    expect(row).toMatchObject({ status: 'in-progress', owner: 'Geneviève Côté' });
    expect(row?.followUpLines).toEqual([
      'Status: In progress',
      'Owner: Geneviève Côté',
      'Target: June 30, 2026',
    ]);
    const french = roadmapRows(reports, edits, fr).find((c) => c.itemKey === planned.itemKey);
    expect(french?.followUpLines).toEqual([
      'Statut\u00a0: Planifiée',
      'Responsable\u00a0: François Lévesque',
      'Échéance\u00a0: 15 septembre 2026',
    ]);
  });

  it('without an edit are proposed, with who usually does the work suggested', () => {
    const rows = roadmapRows(reports, [], en);
    const row = rows.find((candidate) => candidate.itemKey === inProgress.itemKey);
    expect(row?.status).toBe('proposed');
    expect(row?.owner).toBeNull();
    expect(row?.suggestedOwner).not.toBeNull();
    expect(row?.followUpLines).toEqual([
      'Status: Proposed',
      `Usually: ${row?.suggestedOwner ?? ''}`,
    ]);
  });

  it('say effort and impact in words and give the first step', () => {
    const [first] = roadmapRows(reports, [], en);
    expect(first?.effortImpactLines).toEqual(['Low effort', 'High impact']);
    expect(first?.firstStepLine).toMatch(/^First step: \S/);
  });
});

describe('the roadmap section', () => {
  const rows = () => roadmapRows(reports, edits, en);

  it('has Now, Next and Later, each grouped by questionnaire in priority order', () => {
    const section = roadmapSection(reports, rows(), en);
    expect(section.horizons.map((horizon) => horizon.heading)).toEqual(['Now', 'Next', 'Later']);
    expect(section.horizons[0]?.hint).toBe('Start within 6 months');
    expect(section.horizons[2]?.groups[0]?.heading).toBe(
      `${reports[0]?.questionnaire.definition.title.en ?? ''} · Later`,
    );
    for (const horizon of section.horizons) {
      const ids = horizon.groups.map((group) => group.questionnaireId);
      expect(ids).toEqual(
        reports
          .map((report) => report.questionnaire.definition.id)
          .filter((id) => ids.includes(id)),
      );
      for (const group of horizon.groups) {
        expect(group.rows.every((row) => row.horizon === horizon.horizon)).toBe(true);
        const priorities = group.rows.map((row) => row.priority);
        expect(priorities).toEqual([...priorities].sort((a, b) => a - b));
      }
    }
  });

  it('keeps done items but sets aside those marked not relevant', () => {
    const section = roadmapSection(reports, rows(), en);
    const shown = section.horizons.flatMap((h) => h.groups.flatMap((g) => g.rows));
    expect(shown.map((row) => row.itemKey)).toContain(done.itemKey);
    expect(shown.map((row) => row.itemKey)).not.toContain(notRelevant.itemKey);
    expect(shown).toHaveLength(rows().length - 1);
    const setAside = rows().find((row) => row.itemKey === notRelevant.itemKey);
    expect(section.setAside).toEqual({
      heading: '1 action marked not relevant is left out:',
      titles: [setAside?.title],
    });
  });

  it('has no set-aside list when nothing was set aside', () => {
    expect(roadmapSection(reports, roadmapRows(reports, [], en), en).setAside).toBeNull();
  });
});
