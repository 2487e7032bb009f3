// `npm run validate [-- --publish] [folder]`: checks every questionnaire file, the sameAs links between
// them and the roadmap planning rules, and prints each file's counts and each example's roadmap.
import { z } from 'zod/mini';
import { buildCycleRoadmap } from '../engine/cycle-roadmap';
import type { PlanningRules } from '../engine/planning-rules';
import {
  checkExamples,
  checkFile,
  listVersionFiles,
  missingPublishedVersions,
  publishNewVersions,
  type CheckedExample,
} from './content-files';
import { checkPlanningFile } from './planning-file';
import { cycleRoadmapSummary } from './roadmap-summary';
import { checkSameAsLinks } from './same-as-links';

// zod/mini ships without messages; authors get zod's plain English ones.
z.config(z.locales.en());

/** Bands an example's roadmap is shown for when it states none: the small agencies the limit is for. */
const SMALL_AGENCY_BANDS = ['1-5', '6-15'] as const;

const args = process.argv.slice(2);
const root = args.find((arg) => !arg.startsWith('--')) ?? 'assessments';

if (args.includes('--publish')) {
  const recorded = publishNewVersions(root);
  console.log(
    recorded.length > 0
      ? `Recorded as published: ${recorded.join(', ')}`
      : 'Nothing new to publish.',
  );
}

const files = listVersionFiles(root);
const checked = files.map((file) => checkFile(root, file));
const questionnaireIds = new Set(files.map((file) => file.split('/').at(-2) ?? ''));
const planning = checkPlanningFile(root);
const examples = checkExamples(root, checked);
const issues = [
  ...checked.flatMap((result) => result.issues),
  ...checkSameAsLinks(checked, questionnaireIds),
  ...missingPublishedVersions(root),
  ...planning.issues,
  ...examples.flatMap((example) => example.issues),
];

/** "after" lines: the example's cycle roadmap once the Now limit applies. */
function cycleRoadmapLines(example: CheckedExample, rules: PlanningRules): string[] {
  const { source } = example;
  // A client skills check is answered by newcomers: its items are referrals, never a cycle's actions.
  if (source === null || 'audience' in source.questionnaire.definition) return [];
  const bands = example.staffBand === null ? SMALL_AGENCY_BANDS : [example.staffBand];
  return bands.map(
    (staffBand) =>
      `    cycle roadmap, ${cycleRoadmapSummary(
        buildCycleRoadmap({ questionnaires: [source], planning: { rules, staffBand } }),
      )}`,
  );
}

for (const { file, questionnaire } of checked) {
  if (!questionnaire) continue;
  const { definition } = questionnaire;
  const costed = definition.recommendations.filter((r) => r.cost !== undefined).length;
  const linked = definition.recommendations.filter((r) => r.sameAs !== undefined).length;
  console.log(
    `${file}: ${definition.dimensions.length} dimensions, ${definition.questions.length} questions, ` +
      `${definition.recommendations.length} recommendations (${costed} with a cost, ${linked} with sameAs)`,
  );
}
if (planning.rules !== null) {
  const bands = Object.entries(planning.rules.bands);
  console.log(
    `${planning.file}: Now holds at most ${bands.map(([band, r]) => `${r.nowCapacity} (${band})`).join(', ')}; ` +
      `per-staff costs for ${bands.map(([, r]) => r.staffForCosts).join(' / ')} staff`,
  );
}
for (const example of examples) {
  if (example.issues.length > 0) continue;
  const { now, next, later } = example.horizons;
  const level =
    example.missingForLevel > 0
      ? `provisional (${example.missingForLevel} more answers for a level)`
      : (example.level ?? '—');
  console.log(
    `  example ${example.file}: level ${level}, roadmap now ${now} / next ${next} / later ${later}` +
      (example.baseline === 'not-applicable' ? '' : `, baseline ${example.baseline}`),
  );
  if (planning.rules !== null)
    cycleRoadmapLines(example, planning.rules).forEach((line) => console.log(line));
}
for (const issue of issues) console.error(`${issue.file}: ${issue.path}: ${issue.message}`);

if (files.length === 0)
  console.warn(`No questionnaire files found under ${root}/ (expected <id>/<version>.json).`);
if (issues.length > 0) {
  console.error(`\n${issues.length} problem(s) found.`);
  process.exit(1);
}
console.log(`\nAll ${files.length} questionnaire file(s) are valid.`);
