// Reads and checks the roadmap planning rules (assessments/roadmap-planning.json).
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  checkPlanningRules,
  planningRulesSchema,
  type PlanningRules,
} from '../engine/planning-rules';
import { jsonPath } from '../engine/prepare';
import type { FileIssue } from './content-files';

export const PLANNING_FILE = 'roadmap-planning.json';

export function checkPlanningFile(root: string): {
  file: string;
  rules: PlanningRules | null;
  issues: FileIssue[];
} {
  const path = join(root, PLANNING_FILE);
  const file = relative(process.cwd(), path);
  const fail = (at: string, message: string) => ({
    file,
    rules: null,
    issues: [{ file, path: at, message }],
  });
  if (!existsSync(path)) return fail('$', 'the planning rules are missing; the roadmap needs them');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return fail('$', `not valid JSON: ${(error as Error).message}`);
  }
  const parsed = planningRulesSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      file,
      rules: null,
      issues: parsed.error.issues.map((issue) => ({
        file,
        path: jsonPath(issue.path),
        message: issue.message,
      })),
    };
  }
  const issues = checkPlanningRules(parsed.data).map((issue) => ({ file, ...issue }));
  return { file, rules: issues.length === 0 ? parsed.data : null, issues };
}
