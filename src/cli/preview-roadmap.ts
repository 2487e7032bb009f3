// `npx tsx src/cli/preview-roadmap.ts <definition.json> <example-answers.json> [en|fr]`:
// prints scores, baseline and the Now / Next / Later roadmap an answer set produces, for content authors.
import { readFileSync } from 'node:fs';
import { assess } from '../engine/assess';
import { exampleAnswersSchema } from '../engine/example-answers';
import { parseQuestionnaire } from '../engine/prepare';

const [definitionFile, answersFile, language = 'en'] = process.argv.slice(2);
if (definitionFile === undefined || answersFile === undefined) {
  console.error('usage: preview-roadmap <definition.json> <example-answers.json> [en|fr]');
  process.exit(2);
}
const lang = language === 'fr' ? 'fr' : 'en';
const parsed = parseQuestionnaire(JSON.parse(readFileSync(definitionFile, 'utf8')));
if (!parsed.ok) {
  console.error(parsed.issues);
  process.exit(1);
}
const example = exampleAnswersSchema.parse(JSON.parse(readFileSync(answersFile, 'utf8')));
const questionnaire = parsed.questionnaire;
const result = assess(questionnaire, example.answers);
const pct = (n: number | null) => (n === null ? '—' : `${Math.round(n * 100)}%`);

const levelText = (summary: {
  level: string | null;
  provisional: boolean;
  missingForLevel: number;
}) =>
  summary.provisional
    ? `provisional, ${summary.missingForLevel} more answers for a level`
    : (summary.level ?? '—');

console.log(
  `${example.title[lang]} — overall ${result.overall.score?.toFixed(1) ?? '—'} (${levelText(result.overall)}${result.overall.capped ? `, capped from ${result.overall.uncappedLevel ?? '—'}` : ''}), coverage ${pct(result.overall.coverage)}, confidence ${pct(result.overall.confidence)}`,
);
console.log(
  `baseline: ${result.baseline.status}${result.baseline.failed.length ? ` (unmet: ${result.baseline.failed.join(', ')})` : ''}`,
);
for (const dimension of result.dimensions) {
  const title =
    questionnaire.dimensionById.get(dimension.dimensionId)?.title[lang] ?? dimension.dimensionId;
  console.log(
    `  ${dimension.score?.toFixed(0).padStart(3) ?? '  —'}  ${levelText(dimension)}  ${title}`,
  );
}
for (const horizon of ['now', 'next', 'later'] as const) {
  const items = result.roadmap.filter((item) => item.horizon === horizon);
  console.log(`\n${horizon.toUpperCase()} (${items.length})`);
  for (const item of items) {
    const title =
      item.kind === 'recommendation'
        ? questionnaire.recommendationById.get(item.recommendationId)?.title[lang]
        : (questionnaire.questionById.get(item.questionId)?.findOut?.[lang] ??
          `find out: ${questionnaire.questionById.get(item.questionId)?.prompt[lang] ?? ''}`);
    console.log(
      `  ${item.priority}. ${title ?? item.key} [${item.effort}/${item.impact}, ${item.horizonRule}${item.critical ? ', critical' : ''}]`,
    );
  }
}
console.log(`\n${result.roadmap.length} items`);
