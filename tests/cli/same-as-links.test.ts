import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/cli/content-files';
import { checkSameAsLinks } from '../../src/cli/same-as-links';
import { exampleCopy } from '../support/example';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A content root with the example questionnaire and a second one whose first recommendation links. */
function catalog(sameAs: string, versions: Record<string, unknown>[] = [exampleCopy()]) {
  const root = mkdtempSync(join(tmpdir(), 'boussole-links-'));
  roots.push(root);
  const files: string[] = [];
  for (const definition of versions) {
    const file = join(root, 'example', `${String(definition.version)}.json`);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, JSON.stringify(definition));
    files.push(file);
  }
  const other = exampleCopy();
  other.id = 'other';
  other.recommendations[0] = { ...other.recommendations[0], sameAs };
  const otherFile = join(root, 'other', '1.0.0.json');
  mkdirSync(join(otherFile, '..'), { recursive: true });
  writeFileSync(otherFile, JSON.stringify(other));
  files.push(otherFile);
  const checked = files.map((file) => checkFile(root, file));
  return checkSameAsLinks(checked, new Set(['example', 'other'])).map((i) => i.message);
}

describe('checking sameAs links across the catalog', () => {
  it('accepts a link to a recommendation another questionnaire ships', () => {
    expect(catalog('example/turn-on-mfa')).toEqual([]);
  });

  it('accepts a link to a recommendation only an older version has', () => {
    const newer = exampleCopy();
    newer.version = '1.1.0';
    newer.recommendations = newer.recommendations.filter((r) => r.id !== 'digital-role');
    expect(catalog('example/digital-role', [exampleCopy(), newer])).toEqual([]);
  });

  it('reports a link to a questionnaire that is not in the catalog', () => {
    expect(catalog('cyber/turn-on-mfa')).toEqual([
      'sameAs names questionnaire "cyber", which is not in the catalog',
    ]);
  });

  it('reports a link to a recommendation no version has', () => {
    expect(catalog('example/hire-ciso')).toEqual([
      'sameAs names recommendation "example/hire-ciso", which no version of "example" has',
    ]);
  });

  it('reports a link to a recommendation that links on in turn', () => {
    const linking = exampleCopy();
    linking.recommendations[0] = { ...linking.recommendations[0], sameAs: 'example/digital-role' };
    expect(catalog('example/turn-on-mfa', [linking])).toEqual([
      'sameAs names "example/turn-on-mfa", which is itself the same as "example/digital-role": point to "example/digital-role" (links do not chain)',
    ]);
  });
});
