// `npm run validate [-- --publish] [folder]`: checks every questionnaire file and prints its counts.
import { z } from 'zod/mini';
import {
  checkExamples,
  checkFile,
  listVersionFiles,
  missingPublishedVersions,
  publishNewVersions,
} from './content-files';

// zod/mini ships without messages; authors get zod's plain English ones.
z.config(z.locales.en());

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
const examples = checkExamples(root, checked);
const issues = [
  ...checked.flatMap((result) => result.issues),
  ...missingPublishedVersions(root),
  ...examples.flatMap((example) => example.issues),
];

for (const { file, questionnaire } of checked) {
  if (!questionnaire) continue;
  const { definition } = questionnaire;
  console.log(
    `${file}: ${definition.dimensions.length} dimensions, ${definition.questions.length} questions, ` +
      `${definition.recommendations.length} recommendations`,
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
}
for (const issue of issues) console.error(`${issue.file}: ${issue.path}: ${issue.message}`);

if (files.length === 0)
  console.warn(`No questionnaire files found under ${root}/ (expected <id>/<version>.json).`);
if (issues.length > 0) {
  console.error(`\n${issues.length} problem(s) found.`);
  process.exit(1);
}
console.log(`\nAll ${files.length} questionnaire file(s) are valid.`);
