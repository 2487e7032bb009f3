import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkFile,
  missingPublishedVersions,
  publishNewVersions,
} from '../../src/cli/content-files';
import { PLANNING_FILE } from '../../src/cli/planning-file';
import { exampleCopy, worstAnswers } from '../support/example';

const roots: string[] = [];
function contentRoot(
  definition: unknown,
  name = 'example/1.0.0.json',
): { root: string; file: string } {
  const root = mkdtempSync(join(tmpdir(), 'boussole-content-'));
  roots.push(root);
  const file = join(root, name);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify(definition, null, 2));
  return { root, file };
}
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('checking questionnaire files', () => {
  it('asks for a new version to be published before it ships', () => {
    const { root, file } = contentRoot(exampleCopy());
    const issues = checkFile(root, file).issues.map((i) => i.message);
    expect(issues).toEqual([
      'version 1.0.0 is not recorded in example/published.json; run "npm run validate -- --publish" once it is final',
    ]);
  });

  it('refuses an edit to a published version', () => {
    const { root, file } = contentRoot(exampleCopy());
    expect(publishNewVersions(root)).toEqual(['example@1.0.0']);
    expect(checkFile(root, file).issues).toEqual([]);

    const edited = exampleCopy();
    (edited.title as { en: string }).en = 'Edited after publication';
    writeFileSync(file, JSON.stringify(edited));
    expect(checkFile(root, file).issues.map((i) => i.message)).toEqual([
      'version 1.0.0 was published and must not be edited (content hash changed); put the change in a new version file',
    ]);
  });

  it('does not count reformatting as an edit', () => {
    const { root, file } = contentRoot(exampleCopy());
    publishNewVersions(root);
    writeFileSync(file, JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))));
    expect(checkFile(root, file).issues).toEqual([]);
  });

  it('reports a published version whose file was deleted', () => {
    const { root, file } = contentRoot(exampleCopy());
    publishNewVersions(root);
    rmSync(file);
    expect(missingPublishedVersions(root).map((i) => i.message)).toEqual([
      'published version 1.0.0 is missing; published versions must stay so old results can be re-scored',
    ]);
  });

  it('reports a file whose name does not match its id and version', () => {
    const { root, file } = contentRoot(exampleCopy(), 'other/2.0.0.json');
    const messages = checkFile(root, file).issues.map((i) => i.message);
    expect(messages).toContain('id "example" does not match folder "other"');
    expect(messages).toContain('version "1.0.0" does not match file name "2.0.0.json"');
  });

  it('reports a file that is not JSON', () => {
    const { root, file } = contentRoot('{');
    writeFileSync(file, '{ "id": ');
    expect(checkFile(root, file).issues[0]?.message).toMatch(/^not valid JSON/);
  });
});

describe('npm run validate', () => {
  it('exits non-zero and prints file, path and problem for a broken definition', () => {
    const broken = exampleCopy();
    (broken.questions[1] as { prompt: { fr?: string } }).prompt.fr = '';
    const { root } = contentRoot(broken);
    let output = '';
    let status = 0;
    try {
      execFileSync('npx', ['tsx', 'src/cli/validate-content.ts', root], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      const failed = error as { status: number; stderr: string };
      status = failed.status;
      output = failed.stderr;
    }
    expect(status).toBe(1);
    expect(output).toContain('example/1.0.0.json: $.questions[1].prompt.fr: French text is empty');
  });
});

describe('npm run validate on example answer sets', () => {
  function exampleFile(
    root: string,
    name: string,
    extra: Record<string, unknown>,
    folder = '1.0.0',
  ) {
    const file = join(root, 'example', 'examples', folder, `${name}.json`);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(
      file,
      JSON.stringify({
        questionnaire: 'example',
        version: '1.0.0',
        title: { en: name, fr: name },
        description: { en: name, fr: name },
        answers: worstAnswers,
        ...extra,
      }),
    );
  }

  it("prints each example's cycle roadmap for its staff band, or for the small-agency bands when it states none", () => {
    const { root } = contentRoot(exampleCopy());
    publishNewVersions(root);
    writeFileSync(
      join(root, PLANNING_FILE),
      readFileSync(join('assessments', PLANNING_FILE), 'utf8'),
    );
    exampleFile(root, 'no-band', {});
    exampleFile(root, 'large', { staffBand: '200+' });
    const output = execFileSync('npx', ['tsx', 'src/cli/validate-content.ts', root], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    const lines = output.split('\n');
    /** The lines printed right under an example's own line. */
    const after = (name: string) => {
      const found: string[] = [];
      let at = lines.findIndex((line) => line.includes(`examples/1.0.0/${name}.json`)) + 1;
      while (lines[at]?.includes('cycle roadmap,')) found.push(lines[at++] ?? '');
      return found;
    };
    expect(after('no-band').map((line) => line.trim().split(':')[0])).toEqual([
      'cycle roadmap, 1-5 staff, Now holds at most 4',
      'cycle roadmap, 6-15 staff, Now holds at most 6',
    ]);
    expect(after('large').map((line) => line.trim().split(':')[0])).toEqual([
      'cycle roadmap, 200+ staff, Now holds at most 15',
    ]);
  });

  it("prints no cycle roadmap under a client skills check's examples: their items are referrals, not actions", () => {
    const output = execFileSync('npx', ['tsx', 'src/cli/validate-content.ts'], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    const lines = output.split('\n');
    const clientExamples = lines.flatMap((line, at) =>
      line.includes('newcomer-digital-skills/examples/') ? [at] : [],
    );
    expect(clientExamples.length).toBeGreaterThan(0);
    for (const at of clientExamples) expect(lines[at + 1] ?? '').not.toContain('cycle roadmap,');
    // the organization questionnaires' examples still have theirs
    const maturity = lines.findIndex((line) => line.includes('digital-maturity/examples/1.1.0/'));
    expect(lines[maturity + 1]).toContain('cycle roadmap,');
  });

  it('reports an example kept in the folder of another version than the one it answers', () => {
    const { root } = contentRoot(exampleCopy());
    publishNewVersions(root);
    exampleFile(root, 'misplaced', {}, '2.0.0');
    const run = () =>
      execFileSync('npx', ['tsx', 'src/cli/validate-content.ts', root], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    expect(run).toThrow(/misplaced\.json: \$\.version: is 1\.0\.0, but the file is in 2\.0\.0\//);
  });
});
