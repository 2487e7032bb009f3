import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/engine/assess';
import {
  byHorizon,
  dependencyEntries,
  isSettled,
  roadmapEntries,
} from '../../../src/features/roadmap/roadmap-entries';
import type { RoadmapEdit } from '../../../src/domain/roadmap-edit';
import { loadExamples, loadShipped } from '../../support/content';

const cyber = loadShipped('cybersecurity-baseline');
const maturity = loadShipped('digital-maturity');
const example = (questionnaire: string, name: string) =>
  loadExamples(questionnaire).find((e) => e.name === name)!.example.answers;
const cyberResult = assess(cyber, example('cybersecurity-baseline', 'small-rural-centre'));
const maturityResult = assess(maturity, example('digital-maturity', 'small-town-agency'));

const edit = (itemKey: string, status: RoadmapEdit['status']): RoadmapEdit => ({
  cycleId: 'cycle',
  itemKey,
  questionnaireId: itemKey.split('/')[0] ?? '',
  ...(status === undefined ? {} : { status }),
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe("the cycle's roadmap entries", () => {
  const sources = [
    { questionnaire: maturity, result: maturityResult },
    { questionnaire: cyber, result: cyberResult },
  ];

  it('holds every item of every answered questionnaire, Now before Next before Later', () => {
    const entries = roadmapEntries(sources, []);
    expect(entries).toHaveLength(cyberResult.roadmap.length + maturityResult.roadmap.length);
    const horizons = entries.map((e) => e.item.horizon);
    expect(horizons).toEqual(
      [...horizons].sort(
        (a, b) => ['now', 'next', 'later'].indexOf(a) - ['now', 'next', 'later'].indexOf(b),
      ),
    );
  });

  it("keeps each questionnaire's own priority order inside a horizon", () => {
    const now = byHorizon(roadmapEntries(sources, [])).now;
    const cyberNow = now.filter((e) => e.questionnaire === cyber).map((e) => e.item.key);
    expect(cyberNow).toEqual(
      cyberResult.roadmap.filter((item) => item.horizon === 'now').map((item) => item.key),
    );
  });

  it('puts essential work first across questionnaires', () => {
    const now = byHorizon(roadmapEntries(sources, [])).now;
    const firstOther = now.findIndex((e) => !e.item.critical);
    expect(firstOther).toBeGreaterThan(0);
    expect(now.slice(firstOther).some((e) => e.item.critical)).toBe(false);
    // The digital maturity questionnaire comes first in the list but has no essential question.
    expect(now[0]?.questionnaire).toBe(cyber);
  });

  it('finds the edit stored under "<questionnaire id>/<item key>"', () => {
    const key = cyberResult.roadmap[0]!.key;
    const entries = roadmapEntries(sources, [edit(`cybersecurity-baseline/${key}`, 'done')]);
    const entry = entries.find((e) => e.questionnaire === cyber && e.item.key === key)!;
    expect(entry.editKey).toBe(`cybersecurity-baseline/${key}`);
    expect(entry.edit?.status).toBe('done');
    expect(isSettled(entry)).toBe(true);
    // The same item key in another questionnaire does not pick the edit up.
    expect(entries.filter((e) => e.edit !== undefined)).toHaveLength(1);
  });

  it('leaves out questionnaires nobody has answered', () => {
    const entries = roadmapEntries([{ questionnaire: maturity, result: null }], []);
    expect(entries).toEqual([]);
  });

  it('counts only done and not relevant as settled', () => {
    const [first] = roadmapEntries(sources, []);
    for (const status of ['planned', 'in-progress', undefined] as const) {
      expect(isSettled({ ...first!, edit: edit(first!.editKey, status) })).toBe(false);
    }
    expect(isSettled({ ...first!, edit: edit(first!.editKey, 'not-relevant') })).toBe(true);
  });

  it('names the items an item waits for', () => {
    const entries = roadmapEntries(sources, []);
    const waiting = entries.find((e) => e.item.dependsOn.length > 0)!;
    expect(dependencyEntries(waiting, entries).map((e) => e.item.key)).toEqual(
      waiting.item.dependsOn,
    );
  });
});
