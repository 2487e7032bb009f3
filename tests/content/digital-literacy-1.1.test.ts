// Digital literacy 1.1.0 (issue 17): each fix the domain review asked for, checked the way a staff
// member, an executive director or a funder would read it.
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/engine/answer';
import { assess } from '../../src/engine/assess';
import { buildCycleRoadmap } from '../../src/engine/cycle-roadmap';
import { isSettled } from '../../src/engine/action-inputs';
import { resourceUrl } from '../../src/engine/resources';
import type { Condition, Recommendation, ResourceLink } from '../../src/engine/schema';
import { extremeAnswers, loadExamples, loadShipped, publishedVersions } from '../support/content';
import { shippedRules } from '../support/roadmap-builders';

const literacy = loadShipped('digital-literacy', '1.1.0');
const { definition } = literacy;
const recommendation = (id: string): Recommendation => {
  const found = literacy.recommendationById.get(id);
  if (found === undefined) throw new Error(`no recommendation ${id}`);
  return found;
};
const resources = definition.recommendations.flatMap((r) =>
  r.resources.map((resource) => ({ recommendation: r.id, resource })),
);

/** Everything at its best, then the given answers: only what they change can be triggered. */
function bestExcept(answers: Answers): Answers {
  return { ...extremeAnswers(literacy, true), ...answers };
}
const roadmapOf = (answers: Answers) => assess(literacy, answers).roadmap;
const itemFor = (answers: Answers, id: string) =>
  roadmapOf(answers).find((item) => item.key === `rec:${id}`);

describe('digital literacy 1.1.0, fix 1: French readers get French pages', () => {
  it('never sends a French reader to an /en/ page unless the resource is marked English only', () => {
    const english = resources.filter(
      ({ resource }) => resourceUrl(resource, 'fr').includes('/en/') && resource.onlyIn !== 'en',
    );
    expect(english).toEqual([]);
  });

  it('says « (en anglais seulement) » on every English-only resource, and never « en français aussi »', () => {
    const englishOnly = resources.filter(({ resource }) => resource.onlyIn === 'en');
    expect(englishOnly.length).toBeGreaterThan(0);
    for (const { resource } of englishOnly)
      expect(resource.title.fr).toContain('(en anglais seulement)');
    expect(resources.filter(({ resource }) => /en français aussi/.test(resource.title.fr))).toEqual(
      [],
    );
  });

  it('gives a French and an English address to every resource that has both, each in its language', () => {
    const pairs = resources.flatMap(({ resource }) =>
      typeof resource.url === 'string' ? [] : [resource.url],
    );
    expect(pairs.length).toBeGreaterThan(resources.length / 2);
    for (const url of pairs) expect(url.fr).not.toBe(url.en);
  });

  it('tells an English reader when a Quebec page is in French only, and shows it only in Quebec', () => {
    const quebec = resources.filter(({ resource }) =>
      resourceUrl(resource, 'fr').includes('cai.gouv.qc.ca'),
    );
    expect(quebec.length).toBeGreaterThan(0);
    for (const { resource } of quebec) {
      expect(resource.onlyIn).toBe('fr');
      expect(resource.title.en).toContain('in French only');
      expect(resource.provinces).toEqual(['QC']);
    }
  });

  it('shows each provincial umbrella body only where it works', () => {
    const umbrellas: Record<string, string[]> = {
      'https://ocasi.org': ['ON'],
      'https://www.amssa.org': ['BC'],
      'https://aaisa.ca': ['AB'],
      'https://mansomanitoba.ca': ['MB'],
      'https://isans.ca': ['NS'],
      'https://tcri.qc.ca': ['QC'],
    };
    const found = resources.filter(({ resource }) => resourceUrl(resource, 'en') in umbrellas);
    expect(new Set(found.map(({ resource }) => resourceUrl(resource, 'en')))).toEqual(
      new Set(Object.keys(umbrellas)),
    );
    for (const { resource } of found)
      expect(resource.provinces).toEqual(umbrellas[resourceUrl(resource, 'en')]);
  });
});

describe('digital literacy 1.1.0, fix 2: a cost on every recommendation', () => {
  it('gives every recommendation a dated cost, per person, saying so in both languages', () => {
    for (const r of definition.recommendations) {
      expect(r.cost, r.id).toBeDefined();
      expect(r.cost?.asOf, r.id).toMatch(/^2026-\d\d$/);
      expect(r.cost?.basis?.en, r.id).toMatch(/^Per person: /);
      expect(r.cost?.basis?.fr, r.id).toMatch(/^Par personne : /);
      // each staff member answers for themselves: nothing is an agency-wide recurring cost here
      expect(r.cost?.recurring, r.id).toBeUndefined();
    }
  });

  it('marks every dollar figure as an estimate whose price is not verified', () => {
    const priced = definition.recommendations.filter((r) => (r.cost?.oneTime?.max ?? 0) > 0);
    expect(priced.map((r) => r.id).sort()).toEqual([
      'content-creation-course',
      'plain-language-accessibility-course',
      'specialist-path',
    ]);
    for (const r of priced) {
      expect(r.cost?.basis?.en, r.id).toContain('estimate; price not verified');
      expect(r.cost?.basis?.fr, r.id).toContain('estimation ; prix non vérifié');
    }
  });
});

describe('digital literacy 1.1.0, fix 3: priorities', () => {
  it('makes "report a security or privacy incident" its own high-impact action in Now', () => {
    const item = itemFor(
      bestExcept({ 'report-incidents': { value: 'no' } }),
      'report-security-incident',
    );
    expect(item?.horizon).toBe('now');
    expect(item?.impact).toBe('high');
    // knowing whom to call for IT help does not make the gap go away, nor bring the checklist in
    expect(
      itemFor(bestExcept({ 'report-incidents': { value: 'no' } }), 'troubleshooting-checklist'),
    ).toBeUndefined();
  });

  it('keeps the everyday troubleshooting checklist low impact and about IT problems only', () => {
    const answers = bestExcept({ 'get-tech-help': { value: 'partly' } });
    expect(itemFor(answers, 'troubleshooting-checklist')?.impact).toBe('low');
    expect(itemFor(answers, 'report-security-incident')).toBeUndefined();
    const checklist = recommendation('troubleshooting-checklist');
    for (const text of [checklist.title, checklist.body, checklist.firstStep, checklist.whoDoesIt])
      expect(`${text?.en} ${text?.fr}`).not.toMatch(/security|incident|sécurité/i);
  });

  it('asks about IT help and about reporting an incident as two questions, both mapped from the old one', () => {
    expect(literacy.questionById.get('report-incidents')?.dimension).toBe('safety');
    expect(definition.previous?.questionMap).toMatchObject({
      'get-tech-help': 'get-tech-help',
      'report-incidents': 'get-tech-help',
    });
  });

  it('declares the password manager action the same as the cybersecurity baseline’s canonical one', () => {
    expect(recommendation('password-manager-mfa').sameAs).toBe(
      'cybersecurity-baseline/password-manager-mfa',
    );
    const cyber = publishedVersions('cybersecurity-baseline')
      .map((version) => loadShipped('cybersecurity-baseline', version))
      .filter((q) => q.recommendationById.has('password-manager-mfa'))
      .at(-1);
    expect(cyber?.recommendationById.get('password-manager-mfa')?.sameAs).toBeUndefined();
  });

  it('never counts a "don\'t know" in a trigger when a find-out item already covers it', () => {
    const dontKnows = (condition: Condition): string[] => {
      if (condition.op === 'all' || condition.op === 'any')
        return condition.conditions.flatMap(dontKnows);
      if (condition.op === 'not') return dontKnows(condition.condition);
      return condition.op === 'dont-know' ? [condition.question] : [];
    };
    const covered = definition.recommendations.flatMap((r) =>
      dontKnows(r.trigger)
        .filter((id) => literacy.questionById.get(id)?.findOut !== undefined)
        .map((id) => `${r.id} ← ${id}`),
    );
    expect(covered).toEqual([]);
  });

  it('points the specialist path to resources anyone can use, not the Cyber Centre Learning Hub', () => {
    const links = recommendation('specialist-path').resources;
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const link of links)
      expect(`${resourceUrl(link, 'en')} ${resourceUrl(link, 'fr')}`).not.toMatch(
        /learning-hub|carrefour-apprentissage/,
      );
  });
});

describe('digital literacy 1.1.0, fix 4: DigComp references', () => {
  const competences = new Set([
    '1.1', '1.2', '1.3',
    '2.1', '2.2', '2.3', '2.4', '2.5', '2.6',
    '3.1', '3.2', '3.3', '3.4',
    '4.1', '4.2', '4.3', '4.4',
    '5.1', '5.2', '5.3', '5.4',
  ]); // prettier-ignore
  const digComp = (framework: string) =>
    definition.questions.map((q) => ({
      id: q.id,
      items: q.references.filter((r) => r.framework === framework).map((r) => r.item),
    }));

  it('says its level names are DigComp 2.2’s proficiency groups, and what DigComp 3.0 calls them', () => {
    expect(definition.description.en).toContain(
      'four proficiency groups of DigComp 2.2 (Foundation, Intermediate, Advanced, Highly specialised; DigComp 3.0 calls them Basic, Intermediate, Advanced and Highly advanced)',
    );
    expect(definition.description.fr).toContain(
      'groupes de maîtrise de DigComp 2.2 (Fondamental, Intermédiaire, Avancé, Hautement spécialisé ; DigComp 3.0 les appelle Basic, Intermediate, Advanced et Highly advanced)',
    );
    for (const level of definition.levels) {
      expect(level.description.en, level.id).toMatch(
        /levels \d and \d of DigComp 2\.2 \(.*DigComp 3\.0/,
      );
      expect(level.description.fr, level.id).toMatch(/de DigComp 2\.2 \(.*DigComp 3\.0/);
    }
  });

  it('cites only competences DigComp 2.2 and 3.0 have (21 in five areas), and only those versions', () => {
    const cited = definition.questions.flatMap((q) =>
      q.references.filter((r) => r.framework.startsWith('DigComp')).map((r) => r.item),
    );
    expect(cited.filter((item) => !competences.has(item))).toEqual([]);
    const areas = definition.dimensions.flatMap((d) =>
      d.references.filter((r) => r.framework.startsWith('DigComp')).map((r) => r.item),
    );
    expect(areas.filter((item) => !/^Area [1-5]$/.test(item))).toEqual([]);
  });

  it('cites each question’s competence in both DigComp 2.2 and DigComp 3.0, with the same numbers', () => {
    const v3 = new Map(digComp('DigComp-3.0').map(({ id, items }) => [id, [...items].sort()]));
    for (const { id, items } of digComp('DigComp-2.2')) {
      expect(items.length, id).toBeGreaterThan(0);
      expect(v3.get(id), id).toEqual([...items].sort());
    }
  });
});

describe('digital literacy 1.1.0, fix 7: managing digital identity (DigComp 2.6)', () => {
  it('asks about keeping GCKey and IRCC accounts in the client’s hands and about the scams around them', () => {
    for (const id of ['client-digital-identity', 'identity-scams']) {
      const question = literacy.questionById.get(id);
      expect(question?.dimension, id).toBe('communication');
      expect(question?.references, id).toContainEqual({ framework: 'DigComp-2.2', item: '2.6' });
      expect(question?.references, id).toContainEqual({ framework: 'DigComp-3.0', item: '2.6' });
      expect(`${question?.prompt.en}`, id).toMatch(/GCKey/);
      expect(`${question?.prompt.fr}`, id).toMatch(/CléGC/);
    }
  });

  it('puts protecting clients’ accounts in Now for someone who keeps clients’ passwords', () => {
    const item = itemFor(
      bestExcept({ 'client-digital-identity': { value: 0 } }),
      'protect-digital-identity',
    );
    expect(item?.horizon).toBe('now');
    expect(item?.impact).toBe('high');
  });

  it('proposes it to someone a convincing fake IRCC email could fool, not to someone who handles such cases', () => {
    expect(
      itemFor(bestExcept({ 'identity-scams': { value: 1 } }), 'protect-digital-identity'),
    ).toBeDefined();
    expect(
      itemFor(
        bestExcept({ 'identity-scams': { value: 3 }, 'client-digital-identity': { value: 2 } }),
        'protect-digital-identity',
      ),
    ).toBeUndefined();
  });

  it('lets someone whose job never touches client accounts answer "not applicable"', () => {
    expect(literacy.questionById.get('client-digital-identity')?.allowNotApplicable).toBe(true);
    expect(
      itemFor(
        bestExcept({ 'client-digital-identity': { special: 'not-applicable' } }),
        'protect-digital-identity',
      ),
    ).toBeUndefined();
  });
});

describe('digital literacy 1.1.0, fix 10: resources', () => {
  it('gives every recommendation at least one resource', () => {
    const without = definition.recommendations.filter((r) => r.resources.length === 0);
    expect(without.map((r) => r.id)).toEqual([]);
  });

  it('links only to https pages', () => {
    const insecure = resources.filter(({ resource }: { resource: ResourceLink }) =>
      [resourceUrl(resource, 'en'), resourceUrl(resource, 'fr')].some(
        (url) => !url.startsWith('https://'),
      ),
    );
    expect(insecure).toEqual([]);
  });
});

describe('digital literacy 1.1.0 examples', () => {
  const examples = loadExamples('digital-literacy', '1.1.0');

  it('has the same three staff profiles as 1.0.0, each stating the staff band of its agency', () => {
    expect(examples.map((e) => e.name)).toEqual(
      loadExamples('digital-literacy', '1.0.0').map((e) => e.name),
    );
    for (const { name, example } of examples) expect(example.staffBand, name).toBeDefined();
  });

  it.each(examples.map((e) => [e.name, e.example] as const))(
    'gives %s a cycle roadmap whose Now fits the capacity of its staff band',
    (_name, example) => {
      const result = assess(literacy, example.answers);
      const roadmap = buildCycleRoadmap({
        questionnaires: [{ questionnaire: literacy, result }],
        planning: { rules: shippedRules, staffBand: example.staffBand },
      });
      expect(roadmap.capacity?.band).toBe(example.staffBand);
      const limit = roadmap.capacity?.limit ?? 0;
      const now = roadmap.actions.filter(
        (a) => a.horizon === 'now' && (a.status === null || !isSettled(a.status)),
      );
      const kept = now.filter((a) => a.essential || a.placedByLeadership).length;
      expect(now.length).toBeLessThanOrEqual(Math.max(limit, kept));
      // what did not fit is in Next, with the reason
      const moved = roadmap.actions.filter((a) => a.horizonRule === 'capacity');
      for (const action of moved) expect(action.horizon).toBe('next');
    },
  );
});
