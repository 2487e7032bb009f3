// Engine figures: scoring a large generated definition, and validating the shipped content.
import type { Answer, Answers } from '../../src/engine/answer';
import { assess } from '../../src/engine/assess';
import { parseQuestionnaire } from '../../src/engine/prepare';
import type { QuestionnaireInput } from '../../src/engine/schema';
import { checkFile, listVersionFiles } from '../../src/cli/content-files';
import type { Figure } from './figures';
import { medianMs } from './measure';

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

export function engineFigures(): Figure[] {
  const definition = largeDefinition(1000);
  const parsed = parseQuestionnaire(definition);
  if (!parsed.ok)
    throw new Error(`generated definition is invalid: ${JSON.stringify(parsed.issues)}`);
  const answers = fullAnswers(definition);
  const files = listVersionFiles('assessments');
  return [
    {
      name: 'engine: score 1,000-question definition (full answers)',
      value: medianMs(() => assess(parsed.questionnaire, answers), 50, 10),
      unit: 'ms',
      budget: 5,
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
