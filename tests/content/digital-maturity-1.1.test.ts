// Digital maturity 1.1.0 (issue 17): each fix that concerns this questionnaire, checked on the file as
// shipped and on the answers an executive director would give.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/engine/answer';
import { assess } from '../../src/engine/assess';
import { costEstimateIssues } from '../../src/engine/cost-checks';
import { buildCycleRoadmap } from '../../src/engine/cycle-roadmap';
import { planningRulesSchema } from '../../src/engine/planning-rules';
import type { Condition, ResourceLink } from '../../src/engine/schema';
import { loadExamples, loadShipped } from '../support/content';

const ID = 'digital-maturity';
const questionnaire = loadShipped(ID, '1.1.0');
const { definition } = questionnaire;
const examples = loadExamples(ID, '1.1.0');
const rules = planningRulesSchema.parse(
  JSON.parse(readFileSync('assessments/roadmap-planning.json', 'utf8')),
);

const recommendation = (id: string) => {
  const found = definition.recommendations.find((r) => r.id === id);
  if (found === undefined) throw new Error(`no recommendation ${id}`);
  return found;
};
const question = (id: string) => {
  const found = questionnaire.questionById.get(id);
  if (found === undefined) throw new Error(`no question ${id}`);
  return found;
};
const example = (name: string) => {
  const found = examples.find((e) => e.name === name);
  if (found === undefined) throw new Error(`no example ${name}`);
  return found.example;
};
const smallTown = example('small-town-agency');

/** The roadmap item keys the answers produce, by horizon. */
function horizons(answers: Answers) {
  const { roadmap } = assess(questionnaire, answers);
  const at = (horizon: string) => roadmap.filter((i) => i.horizon === horizon).map((i) => i.key);
  return { now: at('now'), next: at('next'), later: at('later'), all: roadmap.map((i) => i.key) };
}

const resourcesOf = () =>
  definition.recommendations.flatMap((r) =>
    r.resources.map((resource) => ({ id: r.id, resource })),
  );
const frenchUrl = (resource: ResourceLink) =>
  typeof resource.url === 'string' ? resource.url : resource.url.fr;

describe('digital maturity 1.1.0: French readers get French pages (fix 1)', () => {
  it('never sends a French reader to an /en/ page unless the resource exists in English only', () => {
    const english = resourcesOf().filter(
      ({ resource }) => resource.onlyIn !== 'en' && /\/en(\/|$|-)/.test(frenchUrl(resource)),
    );
    expect(english).toEqual([]);
  });

  it('gives a page in each language, or says in which one language it exists', () => {
    const unclear = resourcesOf().filter(
      ({ resource }) => typeof resource.url === 'string' && resource.onlyIn === undefined,
    );
    expect(unclear).toEqual([]);
  });

  it('says « en anglais seulement » in the French title of an English-only page, and never « en français aussi »', () => {
    for (const { id, resource } of resourcesOf()) {
      expect(resource.title.fr, id).not.toMatch(/en français aussi/);
      if (resource.onlyIn === 'en')
        expect(resource.title.fr, id).toMatch(/en anglais seulement\)$/);
      if (resource.onlyIn === 'fr') expect(resource.title.en, id).toMatch(/in French only\)$/);
    }
  });
});

describe('digital maturity 1.1.0: a cost on every recommendation (fix 2)', () => {
  it('gives every recommendation a dated, well-formed cost with its basis in both languages', () => {
    for (const r of definition.recommendations) {
      expect(r.cost, r.id).toBeDefined();
      expect(costEstimateIssues(r.cost!), r.id).toEqual([]);
      expect(r.cost?.asOf, r.id).toBe('2026-11');
      expect(r.cost?.basis?.en, r.id).toBeTruthy();
      expect(r.cost?.basis?.fr, r.id).toBeTruthy();
    }
  });

  it('says an estimate is an estimate whenever a price was not verified', () => {
    const unverified = definition.recommendations.filter((r) =>
      /not verified|not re-verified/.test(r.cost?.basis?.en ?? ''),
    );
    for (const r of unverified) {
      expect(r.cost?.basis?.fr, r.id).toMatch(/non vérifié|non revérifié/);
    }
    expect(unverified.map((r) => r.id)).toContain('cloud-accounting');
  });

  it('does not count the backup service twice: the cybersecurity baseline prices it', () => {
    expect(recommendation('security-first-steps').cost?.recurring).toBeUndefined();
  });
});

describe('digital maturity 1.1.0: priorities a reviewer found wrong (fix 3)', () => {
  it('makes the multifactor and backup step one action with the cybersecurity baseline', () => {
    expect(recommendation('security-first-steps').sameAs).toBe(
      'cybersecurity-baseline/mfa-email-admin',
    );
  });

  it('counts a backup only when a copy is kept offline or isolated, as the baseline does', () => {
    const step = recommendation('security-first-steps');
    expect(step.body.en).toMatch(/offline or isolated/);
    expect(step.body.en).toMatch(/drive that stays plugged in/);
    expect(step.body.fr).toMatch(/hors ligne ou isolée/);
    const basics = question('security-basics');
    if (basics.kind !== 'scale') throw new Error('security-basics is a scale');
    expect(basics.anchors[2].en).toMatch(/offline or isolated/);
    expect(basics.anchors[1].en).toMatch(/drive that stays plugged in/);
  });

  it('puts MFA for email and admin accounts first', () => {
    const step = recommendation('security-first-steps');
    expect(step.title.en).toMatch(
      /^Turn on multifactor authentication for email and admin accounts/,
    );
    expect(step.firstStep?.en).toMatch(/administrator accounts/);
  });

  it('lists a "don\'t know" on the security summary once, as a find-out item, not also as the recommendation', () => {
    const { all } = horizons(smallTown.answers);
    expect(smallTown.answers['security-basics']).toEqual({ special: 'dont-know' });
    expect(all).toContain('find-out:security-basics');
    expect(all).not.toContain('rec:security-first-steps');
    expect(horizons({ ...smallTown.answers, 'security-basics': { value: 1 } }).now).toContain(
      'rec:security-first-steps',
    );
  });

  it('triggers no recommendation on "don\'t know": every such answer has its own find-out item', () => {
    const usesDontKnow = (condition: Condition): boolean =>
      condition.op === 'dont-know' ||
      ((condition.op === 'all' || condition.op === 'any') &&
        condition.conditions.some(usesDontKnow)) ||
      (condition.op === 'not' && usesDontKnow(condition.condition));
    expect(definition.recommendations.filter((r) => usesDontKnow(r.trigger))).toEqual([]);
  });

  it('puts budgeting technology in Now for a 6-staff agency: a few hours of work before the next proposal', () => {
    expect(recommendation('budget-tech-core-cost')).toMatchObject({
      effort: 'low',
      impact: 'high',
    });
    expect(horizons(smallTown.answers).now).toContain('rec:budget-tech-core-cost');
  });

  it('gives a small agency one multifactor action across maturity and the cybersecurity baseline', () => {
    const cyber = loadShipped('cybersecurity-baseline', '1.0.0');
    const cyberExample = loadExamples('cybersecurity-baseline', '1.0.0').find(
      (e) => e.name === 'small-rural-centre',
    );
    const roadmap = buildCycleRoadmap({
      questionnaires: [
        {
          questionnaire,
          result: assess(questionnaire, { ...smallTown.answers, 'security-basics': { value: 1 } }),
        },
        { questionnaire: cyber, result: assess(cyber, cyberExample!.example.answers) },
      ],
      planning: { rules, staffBand: '6-15' },
    });
    const mfa = roadmap.actions.filter(
      (a) =>
        a.kind === 'proposed' &&
        a.members.some((m) => /mfa-email-admin|security-first-steps/.test(m.key)),
    );
    expect(mfa).toHaveLength(1);
    expect(mfa[0]?.key).toBe('cybersecurity-baseline/rec:mfa-email-admin');
    expect(mfa[0]?.horizon).toBe('now');
  });
});

describe('digital maturity 1.1.0: framework references (fix 4)', () => {
  const official: Record<string, string[]> = {
    'NetHope-DNA': ['Readiness', 'People', 'Process', 'Technology', 'Data', 'Investment'],
    'EU-DMAT': [
      'Digital strategy and investments',
      'Digital readiness',
      'Human-centric digitalisation',
      'Data management and security',
      'Interoperability',
      'Green digitalisation',
    ],
    'NCVO-DMM': [
      'Leadership and strategy',
      'Expertise and capacity',
      'Technology',
      'Service design',
      'Content',
      'Comms and campaigns',
      'Data and insight',
      'Security and protection',
    ],
    'Charity-Digital-Code': [
      'Leadership',
      'User-led',
      'Culture',
      'Strategy',
      'Skills',
      'Managing risks and ethics',
      'Adaptability',
    ],
  };
  const allReferences = [
    ...definition.dimensions.flatMap((d) => d.references.map((r) => ({ at: d.id, ...r }))),
    ...definition.questions.flatMap((q) => q.references.map((r) => ({ at: q.id, ...r }))),
  ];

  it('names only the categories, dimensions and areas each framework has', () => {
    const unknown = allReferences.filter(
      (r) => official[r.framework] !== undefined && !official[r.framework]?.includes(r.item),
    );
    expect(unknown).toEqual([]);
  });

  it('cites the EU DMAT human-centric dimension for staff skills, and its readiness dimension for technology', () => {
    const refs = (id: string) =>
      definition.dimensions.find((d) => d.id === id)?.references.map((r) => r.item);
    expect(refs('staff-skills')).toContain('Human-centric digitalisation');
    expect(refs('staff-skills')).not.toContain('Digital readiness');
    expect(refs('infrastructure-tools')).toContain('Digital readiness');
  });

  it('keeps NetHope DNA "Process" for the organization\'s own operations, not for service channels', () => {
    const process = allReferences
      .filter((r) => r.framework === 'NetHope-DNA' && r.item === 'Process')
      .map((r) => r.at);
    expect(process).toContain('back-office');
    expect(process).not.toContain('service-channels');
    expect(process).not.toContain('client-digital-access');
  });

  it('cites NCVO "Comms and campaigns" for the communications section', () => {
    const comms = allReferences.filter((r) => r.item === 'Comms and campaigns').map((r) => r.at);
    expect(comms).toContain('communications-fundraising');
  });
});

describe('digital maturity 1.1.0: communications, fundraising and the back office (fix 8)', () => {
  it('adds the two sections, each with questions like the others and recommendations of its own', () => {
    for (const id of ['communications-fundraising', 'back-office']) {
      const questions = questionnaire.questionsByDimension.get(id) ?? [];
      expect(questions.length, id).toBeGreaterThanOrEqual(4);
      const ids = new Set(questions.map((q) => q.id));
      const triggered = definition.recommendations.filter((r) =>
        [...ids].some((q) => JSON.stringify(r.trigger).includes(`"${q}"`)),
      );
      expect(triggered.length, id).toBeGreaterThanOrEqual(3);
    }
  });

  it('puts consent for client stories in Now when photos go out on a verbal OK', () => {
    const answers = { ...smallTown.answers, 'client-stories-consent': { value: 1 } };
    expect(horizons(answers).now).toContain('rec:client-story-consent');
    expect(
      horizons({ ...smallTown.answers, 'client-stories-consent': { value: 2 } }).all,
    ).not.toContain('rec:client-story-consent');
  });

  it('asks for a second person on payroll and claims when only one person knows them, and not otherwise', () => {
    expect(horizons(smallTown.answers).now).toContain('rec:back-office-backup-person');
    const covered = { ...smallTown.answers, 'back-office-continuity': { value: 'yes' } };
    expect(horizons(covered).all).not.toContain('rec:back-office-backup-person');
  });

  it('leaves online giving out when the organization does not fundraise from the public', () => {
    const noFundraising: Answers = {
      ...smallTown.answers,
      'online-giving': { special: 'not-applicable' },
    };
    expect(horizons(noFundraising).all).not.toContain('rec:online-giving-page');
    expect(horizons(smallTown.answers).later).toContain('rec:online-giving-page');
  });

  it("puts accounting, payroll and donor systems in Next, not in a small agency's Now", () => {
    const { next } = horizons(smallTown.answers);
    for (const key of ['rec:cloud-accounting', 'rec:payroll-hr-online', 'rec:donor-database'])
      expect(next).toContain(key);
  });
});

describe('digital maturity 1.1.0: privacy law stated by province (fix 9)', () => {
  it('says which law covers a nonprofit where, in the privacy question and its recommendation', () => {
    const help = question('privacy-practice').help;
    const body = recommendation('privacy-by-design').body;
    for (const text of [help?.en ?? '', body.en]) {
      expect(text).toMatch(/Quebec/);
      expect(text).toMatch(/British Columbia/);
      expect(text).toMatch(/Alberta/);
      expect(text).toMatch(/PIPEDA/);
      expect(text).toMatch(/IRCC agreement/);
    }
    expect(help?.en).toMatch(/no general privacy law covers free client services/);
    expect(help?.fr).toMatch(/aucune loi générale ne vise les services gratuits/);
  });

  it('links each provincial regulator or statute with the province it applies to', () => {
    const provinces = (r: ResourceLink) => r.provinces ?? [];
    const byUrl = new Map(
      recommendation('privacy-by-design').resources.map((r) => [frenchUrl(r), provinces(r)]),
    );
    expect(byUrl.get('https://www.cai.gouv.qc.ca')).toEqual(['QC']);
    expect(byUrl.get('https://legisquebec.gouv.qc.ca/fr/document/lc/p-39.1')).toEqual(['QC']);
    expect(byUrl.get('https://www.oipc.bc.ca/documents/guidance-documents/1371')).toEqual(['BC']);
    expect(
      byUrl.get('https://alberta.ca/personal-information-for-non-profits-and-other-organizations'),
    ).toEqual(['AB']);
    expect(byUrl.get('https://www.priv.gc.ca/fr/')).toEqual([]);
  });
});

describe('digital maturity 1.1.0: resources (fix 10)', () => {
  it('gives every recommendation at least one resource', () => {
    expect(definition.recommendations.filter((r) => r.resources.length === 0)).toEqual([]);
  });

  it('offers the umbrella bodies and Francophone networks where they help, each for its province', () => {
    const umbrella = (name: RegExp) =>
      resourcesOf().find(({ resource }) => name.test(resource.title.en))?.resource.provinces;
    expect(umbrella(/^OCASI/)).toEqual(['ON']);
    expect(umbrella(/^AMSSA/)).toEqual(['BC']);
    expect(umbrella(/^AAISA/)).toEqual(['AB']);
    expect(umbrella(/^ISANS/)).toEqual(['NS']);
    expect(umbrella(/^TCRI/)).toEqual(['QC']);
    const networks = umbrella(/^Francophone Immigration Networks/);
    expect(networks).toContain('ON');
    expect(networks).not.toContain('QC');
    const community = recommendation('join-community-of-practice').resources.map((r) => r.title.en);
    expect(community.filter((t) => /^(OCASI|AMSSA|AAISA|ISANS|Francophone)/.test(t))).toHaveLength(
      5,
    );
  });
});

describe('digital maturity 1.1.0 examples', () => {
  it('has the same example answer sets as 1.0.0, each stating its staff band', () => {
    expect(examples.map((e) => e.name)).toEqual(loadExamples(ID, '1.0.0').map((e) => e.name));
    expect(examples.map((e) => e.example.staffBand)).toEqual(['200+', '16-50', '6-15']);
  });

  it.each(examples.map((e) => [e.name, e.example] as const))(
    'gives the %s example a cycle roadmap whose Now fits the limit for its staff band',
    (_name, ex) => {
      const roadmap = buildCycleRoadmap({
        questionnaires: [{ questionnaire, result: assess(questionnaire, ex.answers) }],
        planning: { rules, staffBand: ex.staffBand },
      });
      const limit = rules.bands[ex.staffBand!].nowCapacity;
      const now = roadmap.actions.filter((a) => a.horizon === 'now');
      const essential = now.filter((a) => a.essential).length;
      expect(roadmap.capacity?.limit).toBe(limit);
      expect(now.length).toBeLessThanOrEqual(Math.max(limit, essential));
    },
  );
});
