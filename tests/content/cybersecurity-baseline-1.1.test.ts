// Version 1.1.0 of the cybersecurity baseline fixes what issue 17's review found: French pages for
// French readers, a cost on every action, priorities, framework references, refugee and at-risk
// client data, organizational controls and privacy law by province. One test (or more) per fix.
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/engine/answer';
import { assess } from '../../src/engine/assess';
import { costEstimateIssues } from '../../src/engine/cost-checks';
import { buildCycleRoadmap } from '../../src/engine/cycle-roadmap';
import { isSettled } from '../../src/engine/action-inputs';
import { resourceApplies, resourceUrl } from '../../src/engine/resources';
import type { Horizon, Question, ResourceLink } from '../../src/engine/schema';
import { extremeAnswers, loadExamples, loadShipped } from '../support/content';
import { shippedRules } from '../support/roadmap-builders';

const ID = 'cybersecurity-baseline';
const questionnaire = loadShipped(ID, '1.1.0');
const { definition } = questionnaire;
const examples = loadExamples(ID, '1.1.0');

function exampleAnswers(name: string): Answers {
  const found = examples.find((e) => e.name === name);
  if (found === undefined) throw new Error(`no example ${name}`);
  return found.example.answers;
}
const ruralCentre = exampleAnswers('small-rural-centre');

function recommendation(id: string) {
  const found = questionnaire.recommendationById.get(id);
  if (found === undefined) throw new Error(`no recommendation ${id}`);
  return found;
}
function question(id: string): Question {
  const found = questionnaire.questionById.get(id);
  if (found === undefined) throw new Error(`no question ${id}`);
  return found;
}

/** The horizon a recommendation gets for these answers, or null when it is not proposed. */
function horizonOf(answers: Answers, recommendationId: string): Horizon | null {
  const item = assess(questionnaire, answers).roadmap.find(
    (i) => i.kind === 'recommendation' && i.recommendationId === recommendationId,
  );
  return item?.horizon ?? null;
}

const allResources: { where: string; resource: ResourceLink }[] =
  definition.recommendations.flatMap((r) =>
    r.resources.map((resource) => ({ where: r.id, resource })),
  );
const items = (q: Question, framework: string) =>
  q.references.filter((r) => r.framework === framework).map((r) => r.item);

describe('cybersecurity baseline 1.1.0: French readers get French pages (fix 1)', () => {
  it('gives every resource an English and a French page, or marks the one language it exists in', () => {
    const unpaired = allResources.filter(
      ({ resource }) => typeof resource.url === 'string' && resource.onlyIn === undefined,
    );
    expect(unpaired).toEqual([]);
  });

  it('never sends a French reader to an /en/ page unless the resource is marked English only', () => {
    const wrong = allResources.filter(
      ({ resource }) => resourceUrl(resource, 'fr').includes('/en/') && resource.onlyIn !== 'en',
    );
    expect(wrong).toEqual([]);
  });

  it('never sends an English reader to a /fr/ page unless the resource is marked French only', () => {
    const wrong = allResources.filter(
      ({ resource }) => resourceUrl(resource, 'en').includes('/fr/') && resource.onlyIn !== 'fr',
    );
    expect(wrong).toEqual([]);
  });

  it('says in the title when a page exists in one language, and never says « en français aussi »', () => {
    for (const { resource } of allResources) {
      expect(resource.title.fr).not.toMatch(/en français aussi/);
      if (resource.onlyIn === 'en') expect(resource.title.fr).toMatch(/\(en anglais seulement\)$/);
      if (resource.onlyIn === 'fr') expect(resource.title.en).toMatch(/\(in French\)$/);
    }
  });

  it('uses the questionnaire’s real French title', () => {
    expect(definition.title.fr).toBe('Mesures de base en cybersécurité');
  });
});

describe('cybersecurity baseline 1.1.0: a cost on every action (fix 2)', () => {
  it('gives every recommendation a valid, dated cost with a basis in both languages', () => {
    for (const r of definition.recommendations) {
      expect(r.cost, r.id).toBeDefined();
      expect(costEstimateIssues(r.cost!), r.id).toEqual([]);
      expect(r.cost!.asOf, r.id).toMatch(/^\d{4}-\d{2}$/);
      expect(r.cost!.basis, r.id).toBeDefined();
    }
  });

  it('prices device management per staff member per month, since the free licences ended in July 2025', () => {
    const { cost } = recommendation('managed-devices');
    expect(cost?.recurring).toMatchObject({ per: 'month', scope: 'staff' });
    expect(cost?.basis?.en).toContain('1 July 2025');
  });

  it('says "not verified" or "estimate" wherever a price was not confirmed', () => {
    const unsure = [
      'remote-work-security',
      'cybersecure-canada-certification',
      'vendor-security-terms',
    ];
    for (const id of unsure)
      expect(recommendation(id).cost?.basis?.en, id).toMatch(/not verified|estimate/);
  });
});

describe('cybersecurity baseline 1.1.0: priorities (fix 3)', () => {
  it('puts the budget line in Now for the 6-person rural centre, on its own and in the cycle roadmap', () => {
    expect(recommendation('fund-cybersecurity')).toMatchObject({ effort: 'low', impact: 'high' });
    expect(horizonOf(ruralCentre, 'fund-cybersecurity')).toBe('now');
    const cycle = buildCycleRoadmap({
      questionnaires: [{ questionnaire, result: assess(questionnaire, ruralCentre) }],
      planning: { rules: shippedRules, staffBand: '6-15' },
    });
    const action = cycle.actions.find((a) => a.key === `${ID}/rec:fund-cybersecurity`);
    expect(action?.horizon).toBe('now');
  });

  it.each([
    ['none', false],
    ['sync-only', false],
    ['connected-only', false],
    ['manual-offline', true],
    ['automatic-isolated', true],
  ])(
    'passes the backup control with "%s" only if the copy is offline or isolated (%s)',
    (option, passes) => {
      const result = assess(questionnaire, { ...ruralCentre, 'backup-exists': { value: option } });
      expect(result.baseline.failed.includes('backup-exists')).toBe(!passes);
    },
  );

  it('lets "don\'t know" be the answer for an unknown backup, not a choice that also means "nobody is sure"', () => {
    const backup = question('backup-exists');
    if (backup.kind !== 'single-choice') throw new Error('backup-exists is a single choice');
    expect(backup.options.map((o) => o.label.en).join(' ')).not.toMatch(/sure|know/i);
    expect(backup.allowDontKnow).toBe(true);
  });

  it('puts the privacy check before client data leaves Quebec in Now or Next, and renegotiating contracts in Later', () => {
    const answers = {
      ...ruralCentre,
      'cloud-checks': { value: 'no' },
      'it-provider-agreement': { value: 'none' },
    };
    expect(['now', 'next']).toContain(horizonOf(answers, 'privacy-check-new-services'));
    expect(horizonOf(answers, 'vendor-security-terms')).toBe('later');
    const check = recommendation('privacy-check-new-services');
    expect(check.body.en).toContain('section 17');
    expect(check.resources.some((r) => r.provinces?.includes('QC'))).toBe(true);
    expect(recommendation('vendor-security-terms').body.en).not.toMatch(/impact assessment/);
  });

  it('proposes replacing unsupported computers only when their replacement is unplanned', () => {
    const planned = { ...ruralCentre, 'unsupported-systems': { value: 'few-planned' } };
    const unplanned = { ...ruralCentre, 'unsupported-systems': { value: 'some-unplanned' } };
    expect(horizonOf(planned, 'replace-unsupported')).toBeNull();
    expect(horizonOf(unplanned, 'replace-unsupported')).not.toBeNull();
  });

  it.each([
    [6, 7, false],
    [6, 40, false],
    [45, 5, false],
    [16, 10, true],
    [45, 70, true],
  ])(
    'proposes device management for %i staff and %i organization-owned devices: %s',
    (staff, owned, proposed) => {
      const answers = {
        ...ruralCentre,
        'staff-count': { value: staff },
        'owned-devices': { value: owned },
      };
      expect(horizonOf(answers, 'managed-devices') !== null).toBe(proposed);
    },
  );

  it('asks how many devices the organization owns, not how many phones staff bring', () => {
    expect(questionnaire.questionById.has('device-count')).toBe(false);
    expect(question('owned-devices').prompt.en).toMatch(/does the organization own/);
    expect(question('staff-count').kind).toBe('number');
  });

  it('answers "don\'t know" on the organizational questions with find-out items, not the budget action', () => {
    const dontKnow = { special: 'dont-know' } as const;
    const answers = {
      ...ruralCentre,
      'security-lead': dontKnow,
      'security-investment': dontKnow,
      'risk-review': dontKnow,
      'asset-inventory': dontKnow,
      'sensitive-data-map': dontKnow,
      'data-retention': dontKnow,
      'unsupported-systems': { value: 'none' },
    };
    const { roadmap } = assess(questionnaire, answers);
    expect(roadmap.map((i) => i.key)).not.toContain('rec:fund-cybersecurity');
    expect(roadmap.map((i) => i.key)).toContain('find-out:security-investment');
  });
});

describe('cybersecurity baseline 1.1.0: framework references (fix 4)', () => {
  const cisItems = [...definition.dimensions, ...definition.questions].flatMap((x) =>
    x.references.filter((r) => r.framework === 'CIS-v8').map((r) => r.item),
  );

  it('labels every CIS Controls reference with its implementation group', () => {
    expect(cisItems.length).toBeGreaterThan(0);
    expect(cisItems.filter((item) => !/^\d+\.\d+ \(IG[123]\)$/.test(item))).toEqual([]);
    for (const [safeguard, group] of [
      ['4.10', 'IG2'],
      ['4.11', 'IG2'],
      ['4.12', 'IG3'],
      ['9.5', 'IG2'],
      ['11.5', 'IG2'],
      ['15.4', 'IG2'],
    ]) {
      const labelled = cisItems.filter((item) => item.startsWith(`${safeguard} `));
      expect(labelled.length, safeguard).toBeGreaterThan(0);
      expect(new Set(labelled), safeguard).toEqual(new Set([`${safeguard} (${group})`]));
    }
    expect(definition.description.en).not.toMatch(/Implementation Group 1\)/);
  });

  it('does not cite CIS 9.1 for email filtering', () => {
    expect(items(question('email-filtering'), 'CIS-v8').some((i) => i.startsWith('9.1 '))).toBe(
      false,
    );
  });

  it('cites the organizational controls as "CCCS §2", never OC.1 to OC.3', () => {
    const cccs = [...definition.dimensions, ...definition.questions].flatMap((x) =>
      x.references.filter((r) => r.framework === 'CCCS-baseline').map((r) => r.item),
    );
    expect(cccs.filter((item) => item.startsWith('OC.'))).toEqual([]);
    const governance = questionnaire.dimensionById.get('governance');
    expect(governance?.references).toContainEqual({ framework: 'CCCS-baseline', item: '§2' });
  });

  it('cites 15.4 for contracts, 9.5 for DMARC and 11.5 for restore testing', () => {
    expect(items(question('it-provider-agreement'), 'CIS-v8')).toContain('15.4 (IG2)');
    expect(items(question('it-provider-agreement'), 'CIS-v8')).not.toContain('15.1 (IG1)');
    expect(items(question('email-domain-protection'), 'CIS-v8')).toContain('9.5 (IG2)');
    expect(items(question('restore-tested'), 'CIS-v8')).toContain('11.5 (IG2)');
  });
});

describe('cybersecurity baseline 1.1.0: refugee and at-risk client data (fix 5)', () => {
  it.each([
    ['data-retention', 'governance', 'retention-schedule', { value: 'no' }],
    ['group-chats', 'mobility', 'safe-group-messaging', { value: 'no' }],
    [
      'remote-interpretation',
      'cloud-outsourced',
      'interpretation-platform-check',
      { value: 'personal-accounts' },
    ],
    ['remote-networks', 'mobility', 'remote-work-security', { value: 'no' }],
    ['client-surveillance', 'awareness-training', 'client-surveillance-safety', { value: 'no' }],
  ] as const)(
    'asks %s in the %s section and proposes %s when it is not in place',
    (id, dimension, action, answer) => {
      expect(question(id).dimension).toBe(dimension);
      expect(horizonOf({ ...ruralCentre, [id]: answer }, action)).not.toBeNull();
    },
  );

  it("maps retention to CIS 3.4 and home or public Wi-Fi to the Cyber Centre's BC.8", () => {
    expect(items(question('data-retention'), 'CIS-v8')).toContain('3.4 (IG1)');
    expect(items(question('remote-networks'), 'CCCS-baseline')).toContain('BC.8');
  });

  it('puts protecting clients from surveillance in Now, as a low-effort, high-impact action', () => {
    expect(
      horizonOf(
        { ...ruralCentre, 'client-surveillance': { value: 'no' } },
        'client-surveillance-safety',
      ),
    ).toBe('now');
  });
});

describe('cybersecurity baseline 1.1.0: organizational controls (fix 6)', () => {
  it('asks about threat assessment and the investment level in the organizational section', () => {
    for (const id of ['risk-review', 'security-investment']) {
      expect(question(id).dimension, id).toBe('governance');
      expect(question(id).references, id).toContainEqual({
        framework: 'CCCS-baseline',
        item: '§2',
      });
    }
  });

  it('offers CyberSecure Canada certification to an organization at the Strong level without an outside check', () => {
    const top = extremeAnswers(questionnaire, true);
    const strongNoCheck = { ...top, 'risk-review': { value: 'yearly-review' } };
    const result = assess(questionnaire, strongNoCheck);
    expect(result.overall.level).toBe('strong');
    expect(result.roadmap.map((i) => i.key)).toContain('rec:cybersecure-canada-certification');
    expect(recommendation('cybersecure-canada-certification').body.en).toContain('CAN/DGSI 104');
    expect(recommendation('cybersecure-canada-certification').body.en).toContain(
      'Standards Council of Canada',
    );
    const strong = definition.levels.find((l) => l.id === 'strong');
    expect(strong?.description.en).toContain('CyberSecure Canada');
  });

  it('does not offer certification while the basics are missing', () => {
    const answers = { ...ruralCentre, 'risk-review': { value: 'yearly-review' } };
    expect(horizonOf(answers, 'cybersecure-canada-certification')).toBeNull();
  });
});

describe('cybersecurity baseline 1.1.0: privacy law by province (fix 9)', () => {
  it('says which privacy law covers a nonprofit in Quebec, British Columbia, Alberta and elsewhere', () => {
    for (const text of [
      question('breach-reporting').help!,
      recommendation('privacy-breach-procedure').body,
    ]) {
      expect(text.en).toMatch(
        /Quebec.*Law 25.*British Columbia.*PIPA.*Alberta.*Societies Act.*PIPEDA.*commercial/s,
      );
      expect(text.fr).toMatch(
        /Québec.*Loi 25.*Colombie-Britannique.*PIPA.*Alberta.*Societies Act.*LPRPDE.*commerciale/s,
      );
    }
  });

  it('tags each provincial law and regulator resource with its province', () => {
    const provincial: Record<string, string> = {
      'cai.gouv.qc.ca': 'QC',
      'legisquebec.gouv.qc.ca': 'QC',
      'oipc.bc.ca': 'BC',
      'alberta.ca': 'AB',
    };
    for (const { where, resource } of allResources) {
      const host = new URL(resourceUrl(resource, 'en')).hostname.replace(/^www\./, '');
      const province = provincial[host];
      if (province !== undefined)
        expect(resource.provinces, `${where}: ${host}`).toEqual([province]);
    }
    const breach = recommendation('privacy-breach-procedure').resources;
    for (const province of ['QC', 'BC', 'AB'] as const) {
      expect(
        breach.some((r) => r.provinces?.includes(province)),
        province,
      ).toBe(true);
    }
  });
});

describe('cybersecurity baseline 1.1.0: resources (fix 10)', () => {
  it('gives every recommendation at least one resource', () => {
    expect(
      definition.recommendations.filter((r) => r.resources.length === 0).map((r) => r.id),
    ).toEqual([]);
  });

  it('points each agency to its own umbrella body in the budget action', () => {
    const resources = recommendation('fund-cybersecurity').resources;
    const shownIn = (province: 'ON' | 'BC' | 'AB' | 'QC' | 'NB') =>
      resources
        .filter((r) => r.provinces !== undefined && resourceApplies(r, province))
        .map((r) => r.title.en);
    expect(shownIn('ON')).toEqual([
      expect.stringMatching(/^OCASI/),
      expect.stringMatching(/^Francophone Immigration Networks/),
    ]);
    expect(shownIn('QC')).toEqual([expect.stringMatching(/^TCRI/)]);
    expect(shownIn('NB')).toEqual([expect.stringMatching(/^Francophone Immigration Networks/)]);
  });
});

describe('cybersecurity baseline 1.1.0: what other questionnaires link to', () => {
  it('keeps the canonical multifactor authentication and backup actions under their 1.0.0 ids, with no sameAs', () => {
    for (const id of [
      'mfa-email-admin',
      'password-manager-mfa',
      'set-up-backups',
      'test-restores',
    ]) {
      expect(recommendation(id).sameAs, id).toBeUndefined();
    }
  });
});

describe('cybersecurity baseline 1.1.0 examples', () => {
  it.each(examples.map((e) => [e.name, e.example] as const))(
    'give %s a cycle roadmap whose Now fits the capacity rule for its staff band',
    (_name, example) => {
      expect(example.staffBand).toBeDefined();
      const result = assess(questionnaire, example.answers);
      const roadmap = buildCycleRoadmap({
        questionnaires: [{ questionnaire, result }],
        planning: { rules: shippedRules, staffBand: example.staffBand },
      });
      const limit = shippedRules.bands[example.staffBand!].nowCapacity;
      const now = roadmap.actions.filter((a) => a.horizon === 'now' && !isSettled(a.status));
      const essential = now.filter((a) => a.kind === 'proposed' && a.essential);
      expect(now.length).toBeLessThanOrEqual(Math.max(limit, essential.length));
      expect(roadmap.capacity?.limit).toBe(limit);
    },
  );
});
