// Reads questionnaire files from disk and checks them: schema, semantics, file naming, and that a
// published version is never edited (its content hash is recorded in <id>/published.json).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { assess } from '../engine/assess';
import { contentHash } from '../engine/content-hash';
import type { CycleSource } from '../engine/cycle-roadmap';
import { exampleAnswersSchema } from '../engine/example-answers';
import { jsonPath } from '../engine/prepare';
import type { StaffBand } from '../engine/planning-rules';
import type { PreparedQuestionnaire } from '../engine/prepare';
import { validateQuestionnaire } from '../engine/validate';

export interface FileIssue {
  file: string;
  path: string;
  message: string;
}

export interface CheckedFile {
  file: string;
  questionnaire?: PreparedQuestionnaire;
  issues: FileIssue[];
}

const VERSION_FILE = /^\d+\.\d+\.\d+\.json$/;
export const PUBLISHED_FILE = 'published.json';

/** Version files (`<id>/<semver>.json`) under a content root, sorted. */
export function listVersionFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(root, dir.name))
        .filter((name) => VERSION_FILE.test(name))
        .map((name) => join(root, dir.name, name)),
    )
    .sort();
}

function readPublished(root: string, id: string): Record<string, string> {
  const file = join(root, id, PUBLISHED_FILE);
  if (!existsSync(file)) return {};
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
}

export function checkFile(root: string, file: string): CheckedFile {
  const name = relative(process.cwd(), file);
  const issue = (path: string, message: string): FileIssue => ({ file: name, path, message });
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { file: name, issues: [issue('$', `not valid JSON: ${(error as Error).message}`)] };
  }
  const validation = validateQuestionnaire(raw);
  if (!validation.ok) {
    return { file: name, issues: validation.issues.map((i) => issue(i.path, i.message)) };
  }
  const { definition } = validation.questionnaire;
  const issues: FileIssue[] = [];
  const [dir, base] = file.split('/').slice(-2);
  if (dir !== definition.id)
    issues.push(issue('$.id', `id "${definition.id}" does not match folder "${dir ?? ''}"`));
  if (base !== `${definition.version}.json`) {
    issues.push(
      issue(
        '$.version',
        `version "${definition.version}" does not match file name "${base ?? ''}"`,
      ),
    );
  }
  const recorded = readPublished(root, definition.id)[definition.version];
  if (recorded === undefined) {
    issues.push(
      issue(
        '$',
        `version ${definition.version} is not recorded in ${definition.id}/${PUBLISHED_FILE}; run "npm run validate -- --publish" once it is final`,
      ),
    );
  } else if (recorded !== validation.questionnaire.contentHash) {
    issues.push(
      issue(
        '$',
        `version ${definition.version} was published and must not be edited (content hash changed); put the change in a new version file`,
      ),
    );
  }
  return { file: name, questionnaire: validation.questionnaire, issues };
}

/** Published versions whose file has gone: old results could no longer be opened. */
export function missingPublishedVersions(root: string): FileIssue[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      Object.keys(readPublished(root, dir.name))
        .filter((version) => !existsSync(join(root, dir.name, `${version}.json`)))
        .map((version) => ({
          file: join(relative(process.cwd(), root), dir.name, `${version}.json`),
          path: '$',
          message: `published version ${version} is missing; published versions must stay so old results can be re-scored`,
        })),
    );
}

/** Records the content hash of every valid version file not yet published. Returns what it recorded. */
export function publishNewVersions(root: string): string[] {
  const recorded: string[] = [];
  for (const file of listVersionFiles(root)) {
    const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const validation = validateQuestionnaire(raw);
    if (!validation.ok) continue;
    const { id, version } = validation.questionnaire.definition;
    const published = readPublished(root, id);
    if (published[version] !== undefined) continue;
    published[version] = contentHash(raw);
    writeFileSync(join(root, id, PUBLISHED_FILE), `${JSON.stringify(published, null, 2)}\n`);
    recorded.push(`${id}@${version}`);
  }
  return recorded;
}

export interface CheckedExample {
  file: string;
  questionnaireId: string;
  /** Number of roadmap items per horizon this answer set produces. */
  horizons: { now: number; next: number; later: number };
  baseline: string;
  level: string | null;
  /** Answers still needed for the overall level; 0 unless the result is provisional. */
  missingForLevel: number;
  /** The questionnaire with this answer set's result, for the cycle roadmap; null when invalid. */
  source: CycleSource | null;
  /** The staff band the example states, if any. */
  staffBand: StaffBand | null;
  issues: FileIssue[];
}

/** Example answer sets (`<id>/examples/<version>/*.json`): valid for their version, with their roadmap split. */
export function checkExamples(root: string, checked: readonly CheckedFile[]): CheckedExample[] {
  const byVersion = new Map(
    checked.flatMap((c) =>
      c.questionnaire
        ? [
            [
              `${c.questionnaire.definition.id}@${c.questionnaire.definition.version}`,
              c.questionnaire,
            ] as const,
          ]
        : [],
    ),
  );
  if (!existsSync(root)) return [];
  // Each version's examples sit in their own folder, so a new version's examples never replace the
  // ones older results were checked with.
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'examples')))
    .flatMap((dir) =>
      readdirSync(join(root, dir.name, 'examples'), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .flatMap((folder) =>
          readdirSync(join(root, dir.name, 'examples', folder.name))
            .filter((name) => name.endsWith('.json'))
            .map((name) => join(folder.name, name)),
        )
        .sort()
        .map((name) => {
          const file = join(root, dir.name, 'examples', name);
          const shown = relative(process.cwd(), file);
          const empty = { now: 0, next: 0, later: 0 };
          const fail = (path: string, message: string): CheckedExample => ({
            file: shown,
            questionnaireId: dir.name,
            horizons: empty,
            baseline: '',
            level: null,
            missingForLevel: 0,
            source: null,
            staffBand: null,
            issues: [{ file: shown, path, message }],
          });
          let raw: unknown;
          try {
            raw = JSON.parse(readFileSync(file, 'utf8'));
          } catch (error) {
            return fail('$', `not valid JSON: ${(error as Error).message}`);
          }
          const parsed = exampleAnswersSchema.safeParse(raw);
          if (!parsed.success) {
            const first = parsed.error.issues[0];
            return fail(jsonPath(first?.path ?? []), first?.message ?? 'invalid');
          }
          if (parsed.data.version !== dirname(name)) {
            return fail(
              '$.version',
              `is ${parsed.data.version}, but the file is in ${dirname(name)}/`,
            );
          }
          const questionnaire = byVersion.get(
            `${parsed.data.questionnaire}@${parsed.data.version}`,
          );
          if (!questionnaire) {
            return fail(
              '$.version',
              `no valid questionnaire ${parsed.data.questionnaire} ${parsed.data.version}`,
            );
          }
          const issues: FileIssue[] = Object.keys(parsed.data.answers)
            .filter((id) => !questionnaire.questionById.has(id))
            .map((id) => ({
              file: shown,
              path: `$.answers.${id}`,
              message: `no question "${id}"`,
            }));
          const result = assess(questionnaire, parsed.data.answers);
          for (const id of result.invalidAnswers) {
            issues.push({
              file: shown,
              path: `$.answers.${id}`,
              message: 'answer does not fit the question',
            });
          }
          const horizons = { ...empty };
          for (const item of result.roadmap) horizons[item.horizon] += 1;
          return {
            file: shown,
            questionnaireId: dir.name,
            horizons,
            baseline: result.baseline.status,
            level: result.overall.level,
            missingForLevel: result.overall.missingForLevel,
            source: { questionnaire, result },
            staffBand: parsed.data.staffBand ?? null,
            issues,
          };
        }),
    );
}
