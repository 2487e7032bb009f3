// The cycle roadmap input for the bench: each shipped questionnaire scored on the example answer set
// that proposes the most actions, leadership's decisions on every action (some pinned, costed, funded)
// and a number of the organization's own actions.
import { readFileSync } from 'node:fs';
import type { ActionDecision, OwnAction } from '../../src/engine/action-inputs';
import { assess } from '../../src/engine/assess';
import type { CycleRoadmapInput } from '../../src/engine/cycle-roadmap';
import { planningRulesSchema } from '../../src/engine/planning-rules';
import type { Shipped } from './seed';

const HORIZONS = ['now', 'next', 'later'] as const;
const SOURCES = ['own-budget', 'ircc-cfp', 'ircc-sdi', 'in-kind', 'not-yet-funded'] as const;

export function cycleRoadmapInput(
  shipped: readonly Shipped[],
  ownCount: number,
): CycleRoadmapInput {
  const questionnaires = shipped.map(({ questionnaire, examples }) => {
    const results = examples.map((answers) => assess(questionnaire, answers));
    const longest = results.sort((a, b) => b.roadmap.length - a.roadmap.length)[0] ?? null;
    return { questionnaire, result: longest };
  });
  const decisions = questionnaires.flatMap(({ questionnaire, result }, q) =>
    (result?.roadmap ?? []).map((item, i): ActionDecision => ({
      itemKey: `${questionnaire.definition.id}/${item.key}`,
      status: (i + q) % 6 === 5 ? 'done' : 'in-progress',
      owner: 'Directrice générale',
      targetDate: `2027-0${(i % 9) + 1}-15`,
      ...(i % 5 === 0 ? { horizon: HORIZONS[i % 3] ?? 'now' } : {}),
      ...(i % 3 === 0 ? { cost: { oneTime: { min: 500 * i, max: 900 * i } } } : {}),
      funding: { source: SOURCES[i % SOURCES.length] ?? 'own-budget' },
      updatedAt: `2026-05-${String((i % 28) + 1).padStart(2, '0')}T12:00:00Z`,
    })),
  );
  const ownActions = Array.from({ length: ownCount }, (_, i): OwnAction => ({
    id: `own-${i}`,
    title: `Action ${i} of the organization`,
    horizon: HORIZONS[i % 3] ?? 'now',
    cost: { recurring: { min: 5, max: 12, per: 'month', scope: 'staff' } },
    status: i % 6 === 5 ? 'done' : 'planned',
    targetDate: `2027-${String((i % 12) + 1).padStart(2, '0')}-01`,
    funding: { source: 'not-yet-funded' },
  }));
  const rules = planningRulesSchema.parse(
    JSON.parse(readFileSync('assessments/roadmap-planning.json', 'utf8')),
  );
  return { questionnaires, decisions, ownActions, planning: { rules, staffBand: '6-15' } };
}
