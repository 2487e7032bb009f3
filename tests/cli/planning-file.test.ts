import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPlanningFile, PLANNING_FILE } from '../../src/cli/planning-file';

const shipped = JSON.parse(readFileSync(join('assessments', PLANNING_FILE), 'utf8')) as {
  bands: Record<string, { staffForCosts: number; nowCapacity: number }>;
};

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function rootWith(content: string | null): string {
  const root = mkdtempSync(join(tmpdir(), 'boussole-planning-'));
  roots.push(root);
  if (content !== null) writeFileSync(join(root, PLANNING_FILE), content);
  return root;
}

const messages = (root: string) =>
  checkPlanningFile(root).issues.map((issue) => `${issue.path}: ${issue.message}`);

describe('checking the planning rules file', () => {
  it('accepts the shipped rules', () => {
    const checked = checkPlanningFile('assessments');
    expect(checked.issues).toEqual([]);
    expect(checked.rules?.bands['6-15'].nowCapacity).toBe(6);
  });

  it('reports the file missing', () => {
    expect(messages(rootWith(null))).toEqual([
      '$: the planning rules are missing; the roadmap needs them',
    ]);
  });

  it('reports a file that is not JSON', () => {
    expect(messages(rootWith('{ "bands": '))[0]).toMatch(/^\$: not valid JSON/);
  });

  it('names the band whose rule is wrong', () => {
    const broken = structuredClone(shipped);
    broken.bands['1-5'] = { staffForCosts: 3, nowCapacity: 0 };
    expect(messages(rootWith(JSON.stringify(broken)))).toEqual([
      expect.stringMatching(/^\$\.bands\.1-5\.nowCapacity: /),
    ]);
  });

  it('reports a head count outside its band, and gives no rules to use', () => {
    const broken = structuredClone(shipped);
    broken.bands['200+'] = { staffForCosts: 150, nowCapacity: 15 };
    const root = rootWith(JSON.stringify(broken));
    expect(messages(root)).toEqual([
      '$.bands.200+.staffForCosts: 150 staff is outside the band 200+',
    ]);
    expect(checkPlanningFile(root).rules).toBeNull();
  });
});
