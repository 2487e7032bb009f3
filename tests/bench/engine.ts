// Engine figures: scoring a large generated definition, aggregating a team of 50 (on the longest
// shipped questionnaire, and on the large definition as a stress figure), building a cycle roadmap,
// validating the content, and the sector snapshot (10,000 synthetic contributions: aggregation, a
// filter change, reading their contents).
import { assessTeam } from '../../src/engine/aggregate';
import type { Answer, Answers } from '../../src/engine/answer';
import { assess } from '../../src/engine/assess';
import { parseQuestionnaire } from '../../src/engine/prepare';
import type { QuestionnaireInput } from '../../src/engine/schema';
import { checkFile, listVersionFiles } from '../../src/cli/content-files';
import { cycleRoadmapInput } from './cycle-roadmap-input';
import { buildCycleRoadmap } from '../../src/engine/cycle-roadmap';
import type { Figure } from './figures';
import { medianMs } from './measure';
import { shippedQuestionnaires, variedAnswers } from './seed';
import {
  aggregate,
  indexBenchmark,
  lookupIn,
  pickView,
  readContribution,
  viewList,
} from '../../src/engine/sector-snapshot';
import { shippedDefinitions, syntheticContributions } from '../support/sector-contributions';

/** The sector snapshot at the scale of the whole sector and more: 10,000 contributions in one year. */
function sectorSnapshotFigures(): Figure[] {
  const questionnaires = shippedDefinitions();
  const definitions = lookupIn(questionnaires);
  const contributions = syntheticContributions(10_000, { seed: 19 });
  const contents = contributions.map((c) => JSON.parse(JSON.stringify(c)) as unknown);
  const benchmark = aggregate(contributions, { year: 2026, definitions });
  const index = indexBenchmark(benchmark);
  let next = 0;
  return [
    {
      // every cell of every measure of the three questionnaires, suppression included
      name: 'sector snapshot: aggregate 10,000 contributions (3 questionnaires)',
      value: medianMs(() => aggregate(contributions, { year: 2026, definitions }), 9, 2),
      unit: 'ms',
      budget: 1000,
      kind: 'time',
    },
    {
      // what a filter change recomputes: every measure of every questionnaire in another view
      name: 'sector snapshot: filter change (pick one view, all measures)',
      value: medianMs(
        () => {
          const view = viewList[next++ % viewList.length]?.view ?? 'all';
          for (const q of questionnaires)
            pickView(index, q.definition.id, q.definition.version, view);
        },
        200,
        20,
      ),
      unit: 'ms',
      budget: 100,
      kind: 'time',
    },
    {
      // the engine's share of importing 10,000 files: nesting, schema and checks of each content
      name: 'sector snapshot: read and check 10,000 contribution contents',
      value: medianMs(() => contents.forEach((c) => readContribution(c, definitions)), 5, 1),
      unit: 'ms',
      kind: 'info',
    },
  ];
}

const text = (s: string) => ({ en: s, fr: `${s} (fr)` });

/** A definition with `count` questions of every scored kind over 10 dimensions, and 100 recommendations. */
export function largeDefinition(count: number): QuestionnaireInput {
  const kinds = ['scale', 'yes-partly-no', 'single-choice', 'checklist'] as const;
  const dimensions = Array.from({ length: 10 }, (_, i) => ({
    id: `d${i}`,
    title: text(`Dimension ${i}`),
    description: text(`Dimension ${i}`),
  }));
  const questions = Array.from({ length: count }, (_, i) => {
    const base = { id: `q${i}`, dimension: `d${i % 10}`, prompt: text(`Question ${i}`) };
    const options = [0, 1, 2, 3].map((o) => ({
      id: `o${o}`,
      label: text(`Option ${o}`),
      score: o / 3,
    }));
    switch (kinds[i % 4]) {
      case 'scale':
        return {
          ...base,
          kind: 'scale' as const,
          anchors: [0, 1, 2, 3, 4].map((s) => text(`Step ${s}`)) as never,
        };
      case 'yes-partly-no':
        return { ...base, kind: 'yes-partly-no' as const, critical: i % 40 === 1 };
      case 'single-choice':
        return { ...base, kind: 'single-choice' as const, options };
      default:
        return {
          ...base,
          kind: 'checklist' as const,
          options: options.map(({ score: _s, ...o }) => o),
        };
    }
  });
  return {
    id: 'large',
    version: '1.0.0',
    respondent: 'organization',
    title: text('Large'),
    description: text('Large'),
    dimensions,
    questions,
    levels: [0, 20, 40, 60, 80].map((lowerBound) => ({
      id: `l${lowerBound}`,
      lowerBound,
      label: text(`Level ${lowerBound}`),
      description: text(`Level ${lowerBound}`),
    })),
    criticalCap: { level: 'l0', message: text('Baseline not met') },
    recommendations: Array.from({ length: 100 }, (_, i) => ({
      id: `r${i}`,
      title: text(`Recommendation ${i}`),
      body: text(`Recommendation ${i}`),
      effort: (['low', 'medium', 'high'] as const)[i % 3] ?? 'low',
      impact: (['high', 'medium', 'low'] as const)[i % 3] ?? 'high',
      trigger: { op: 'score-below' as const, question: `q${i * 10}`, value: 1 },
      dependsOn: i > 0 && i % 5 === 0 ? [`r${i - 1}`] : [],
    })),
  };
}

/** Full answers: a mix of every answer value, with some "don't know". */
export function fullAnswers(definition: QuestionnaireInput): Answers {
  return Object.fromEntries(
    definition.questions.map((q, i): [string, Answer] => {
      if (i % 17 === 0) return [q.id, { special: 'dont-know' as const }];
      switch (q.kind) {
        case 'scale':
          return [q.id, { value: i % 5 }];
        case 'yes-partly-no':
          return [q.id, { value: ['yes', 'partly', 'no'][i % 3] ?? 'yes' }];
        case 'single-choice':
          return [q.id, { value: `o${i % 4}` }];
        default:
          return [q.id, { value: ['o0', 'o2'] }];
      }
    }),
  );
}

/** Respondent `index`'s full answers: every value shifts with the respondent, so the team disagrees. */
export function respondentAnswers(definition: QuestionnaireInput, index: number): Answers {
  return Object.fromEntries(
    definition.questions.map((q, i): [string, Answer] => {
      const turn = i + index;
      if (turn % 17 === 0) return [q.id, { special: 'dont-know' as const }];
      switch (q.kind) {
        case 'scale':
          return [q.id, { value: turn % 5 }];
        case 'yes-partly-no':
          return [q.id, { value: ['yes', 'partly', 'no'][turn % 3] ?? 'yes' }];
        case 'single-choice':
          return [q.id, { value: `o${turn % 4}` }];
        default:
          return [q.id, { value: ['o0', 'o1', 'o2', 'o3'].slice(turn % 4) }];
      }
    }),
  );
}

export function engineFigures(): Figure[] {
  const definition = largeDefinition(1000);
  const parsed = parseQuestionnaire(definition);
  if (!parsed.ok)
    throw new Error(`generated definition is invalid: ${JSON.stringify(parsed.issues)}`);
  const answers = fullAnswers(definition);
  const team = Array.from({ length: 50 }, (_, index) => respondentAnswers(definition, index));
  const files = listVersionFiles('assessments');
  // The longest shipped questionnaire, answered by 50 people: a large agency's whole staff.
  const longest = shippedQuestionnaires().sort(
    (a, b) =>
      b.questionnaire.definition.questions.length - a.questionnaire.definition.questions.length,
  )[0];
  if (!longest) throw new Error('no questionnaire in assessments/');
  const staff = Array.from({ length: 50 }, (_, index) => variedAnswers(longest, index));
  const { id, questions } = longest.questionnaire.definition;
  const cycleInput = cycleRoadmapInput(shippedQuestionnaires(), 50);
  return [
    ...sectorSnapshotFigures(),
    {
      name: 'engine: score 1,000-question definition (full answers)',
      value: medianMs(() => assess(parsed.questionnaire, answers), 50, 10),
      unit: 'ms',
      // Issue 9 allows 10 ms; issue 2 asked for under 5 ms, which still holds.
      budget: 5,
      kind: 'time',
    },
    {
      // A team of 50 on the longest real questionnaire: every individual result, the consensus and
      // its roadmap, per-question agreement and per-dimension spread (what the results screen shows).
      name: `engine: aggregate 50 respondents on ${id} (${questions.length} questions)`,
      value: medianMs(() => assessTeam(longest.questionnaire, staff), 60, 10),
      unit: 'ms',
      budget: 10,
      kind: 'time',
    },
    {
      // 50,000 answers: 50 full assessments of the size above, then the aggregation. A stress
      // figure, printed to watch the trend; no real questionnaire comes near 1,000 questions.
      name: 'engine: aggregate 50 respondents on the 1,000-question definition',
      value: medianMs(() => assessTeam(parsed.questionnaire, team), 9, 2),
      unit: 'ms',
      kind: 'info',
    },
    {
      // Every shipped questionnaire at its longest example roadmap, a decision on every action and
      // 50 own actions, for a 6-15 staff agency: what the roadmap screen rebuilds on each change.
      name: 'engine: cycle roadmap, 3 questionnaires and 50 own actions',
      value: medianMs(() => buildCycleRoadmap(cycleInput), 60, 10),
      unit: 'ms',
      budget: 50,
      kind: 'time',
    },
    {
      name: `content: validate all definitions (${files.length} files)`,
      value: medianMs(
        () => {
          files.forEach((file) => checkFile('assessments', file));
        },
        5,
        1,
      ),
      unit: 'ms',
      kind: 'info',
    },
  ];
}
