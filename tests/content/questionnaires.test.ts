import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess';
import type { LocalizedText } from '../../src/engine/schema';
import { unreachableRecommendations } from '../../src/engine/reachability';
import { validateQuestionnaire } from '../../src/engine/validate';
import {
  extremeAnswers,
  latestVersion,
  loadExamples,
  loadShipped,
  questionnaireIds,
  readRaw,
} from '../support/content';

/** The example of each questionnaire that stands for a small (≈6 staff) small-town or rural agency. */
const smallAgencyExample: Record<(typeof questionnaireIds)[number], string> = {
  'digital-maturity': 'small-town-agency',
  'cybersecurity-baseline': 'small-rural-centre',
  'digital-literacy': 'newer-settlement-worker',
};

function localizedTexts(value: unknown, path = '$'): { path: string; text: LocalizedText }[] {
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 2 && typeof record.en === 'string' && typeof record.fr === 'string') {
    return [{ path, text: { en: record.en, fr: record.fr } }];
  }
  return keys.flatMap((key) => localizedTexts(record[key], `${path}.${key}`));
}

// The content rules apply to the version new cycles start on; published versions stay as they shipped.
describe.each(questionnaireIds.map((id) => [id, latestVersion(id)] as const))(
  'the %s questionnaire, version %s',
  (id, version) => {
    const questionnaire = loadShipped(id, version);
    const { definition } = questionnaire;

    it('validates against the schema and every content rule', () => {
      expect(validateQuestionnaire(readRaw(id, version)).issues).toEqual([]);
    });

    it('gives the bottom level to the lowest answers and the top level to the highest', () => {
      const bottom = assess(questionnaire, extremeAnswers(questionnaire, false));
      const top = assess(questionnaire, extremeAnswers(questionnaire, true));
      expect(bottom.overall.level).toBe(questionnaire.levelOrder[0]);
      expect(top.overall.level).toBe(questionnaire.levelOrder[questionnaire.levelOrder.length - 1]);
      // An organization at the top has nothing left to fix; a staff member at the top still gets growth paths.
      if (definition.respondent === 'organization') expect(top.roadmap).toEqual([]);
      expect(top.roadmap.filter((item) => item.critical || item.kind === 'find-out')).toEqual([]);
    });

    it('can trigger every recommendation with some set of answers', () => {
      expect(unreachableRecommendations(questionnaire)).toEqual([]);
    });

    it('gives a small agency a roadmap spread over Now, Next and Later', () => {
      const example = loadExamples(id, version).find((e) => e.name === smallAgencyExample[id]);
      expect(example).toBeDefined();
      const { roadmap } = assess(questionnaire, example!.example.answers);
      for (const horizon of ['now', 'next', 'later'] as const) {
        const count = roadmap.filter((item) => item.horizon === horizon).length;
        expect(count, `${horizon} of ${roadmap.length}`).toBeGreaterThan(0);
        expect(count, `${horizon} of ${roadmap.length}`).toBeLessThanOrEqual(roadmap.length / 2);
      }
    });

    it('has example answer sets that all fit the questionnaire', () => {
      for (const { example } of loadExamples(id, version)) {
        const result = assess(questionnaire, example.answers);
        expect(result.invalidAnswers).toEqual([]);
        expect(
          Object.keys(example.answers).filter((q) => !questionnaire.questionById.has(q)),
        ).toEqual([]);
      }
    });

    it('never shows the same text in English and French', () => {
      const same = localizedTexts(readRaw(id, version)).filter(({ text }) => text.en === text.fr);
      expect(same).toEqual([]);
    });

    it('contains no placeholder text', () => {
      const placeholders = localizedTexts(readRaw(id, version)).filter(({ text }) =>
        /\b(lorem|ipsum|todo|fixme|tbd|xxx)\b/i.test(`${text.en} ${text.fr}`),
      );
      expect(placeholders).toEqual([]);
    });

    it('gives every scored question help text and a "find out" wording', () => {
      const missing = definition.questions.filter(
        (q) =>
          q.kind !== 'number' &&
          q.kind !== 'text' &&
          (q.help === undefined || (q.allowDontKnow && q.findOut === undefined)),
      );
      expect(missing.map((q) => q.id)).toEqual([]);
    });

    it('maps every question to at least one external framework item', () => {
      const unmapped = definition.questions.filter(
        (q) => q.kind !== 'text' && q.references.length === 0,
      );
      expect(unmapped.map((q) => q.id)).toEqual([]);
    });

    it('gives every recommendation a first step and who usually does it', () => {
      const incomplete = definition.recommendations.filter((r) => !r.firstStep || !r.whoDoesIt);
      expect(incomplete.map((r) => r.id)).toEqual([]);
    });
  },
);

describe('questionnaire shapes', () => {
  const scoredPerDimension = (id: string) => {
    const q = loadShipped(id, latestVersion(id));
    return q.definition.dimensions.map(
      (d) =>
        (q.questionsByDimension.get(d.id) ?? []).filter(
          (x) => x.kind !== 'number' && x.kind !== 'text',
        ).length,
    );
  };

  // 1.1.0 adds communications and fundraising (NCVO's "comms and campaigns") and back-office processes
  // (NetHope DNA's "Process") as sections of their own: 11 dimensions.
  it('digital maturity has 7-11 dimensions of 4-6 questions, mostly scales, and five levels', () => {
    const { definition } = loadShipped('digital-maturity', latestVersion('digital-maturity'));
    expect(definition.dimensions.length).toBeGreaterThanOrEqual(7);
    expect(definition.dimensions.length).toBeLessThanOrEqual(11);
    for (const count of scoredPerDimension('digital-maturity')) {
      expect(count).toBeGreaterThanOrEqual(4);
      expect(count).toBeLessThanOrEqual(6);
    }
    const scales = definition.questions.filter((q) => q.kind === 'scale').length;
    expect(scales).toBeGreaterThan(definition.questions.length / 2);
    expect(definition.levels).toHaveLength(5);
  });

  it('the cybersecurity baseline has the 13 baseline controls plus organizational controls, 2-4 questions each with two stated exceptions', () => {
    const { definition } = loadShipped(
      'cybersecurity-baseline',
      latestVersion('cybersecurity-baseline'),
    );
    expect(definition.dimensions).toHaveLength(14);
    const controls = new Set(
      definition.dimensions.flatMap((d) =>
        d.references.filter((r) => r.framework === 'CCCS-baseline').map((r) => r.item),
      ),
    );
    for (let n = 1; n <= 13; n++) expect(controls.has(`BC.${n}`), `BC.${n}`).toBe(true);
    // Since 1.1.0 (issue 17): the organizational controls add the Cyber Centre's threat assessment and
    // investment level and the retention of client data (up to 6 questions); phones and remote work
    // add client group chats and home or public Wi-Fi, both part of BC.8 (up to 5).
    const most: Record<string, number> = { governance: 6, mobility: 5 };
    const counts = scoredPerDimension('cybersecurity-baseline');
    definition.dimensions.forEach((dimension, index) => {
      expect(counts[index], dimension.id).toBeGreaterThanOrEqual(2);
      expect(counts[index], dimension.id).toBeLessThanOrEqual(most[dimension.id] ?? 4);
    });
    expect(definition.questions.some((q) => q.critical)).toBe(true);
    expect(definition.criticalCap).toBeDefined();
  });

  it('the digital literacy self-assessment covers the five DigComp areas, answered for oneself', () => {
    const { definition } = loadShipped('digital-literacy', latestVersion('digital-literacy'));
    expect(definition.respondent).toBe('individual');
    expect(definition.dimensions).toHaveLength(5);
    expect(definition.levels.map((l) => l.id)).toHaveLength(4);
  });

  it('offers at least 40 recommendations across the three questionnaires', () => {
    const total = questionnaireIds.reduce(
      (sum, id) => sum + loadShipped(id, latestVersion(id)).definition.recommendations.length,
      0,
    );
    expect(total).toBeGreaterThanOrEqual(40);
  });
});
