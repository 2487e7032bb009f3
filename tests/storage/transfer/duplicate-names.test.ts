import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { importResponseFile } from '../../../src/features/transfer/import-response-files';
import { createCycle } from '../../../src/storage/cycles';
import { countStored } from '../../../src/storage/device-data';
import { hasDuplicateMemberName } from '../../../src/storage/transfer/duplicate-names';
import { parseJsonText } from '../../../src/storage/transfer/read-file';
import { buildResponseFile } from '../../../src/storage/transfer/response-file';
import { freshDatabase } from '../../support/app';
import { seedCycle } from '../../support/cycle-fixture';

describe('a member named twice in one object', () => {
  it('is found wherever it is, also when written with escapes', () => {
    expect(hasDuplicateMemberName('{"a":1,"a":2}')).toBe(true);
    expect(hasDuplicateMemberName('{"x":[{"b":1},{"b":2,"c":{"d":1, "d" :1}}]}')).toBe(true);
    expect(hasDuplicateMemberName('{"mfa-email":1,"mfa\\u002demail":2}')).toBe(true);
  });

  it('is not confused by the same name in different objects, in strings or in arrays', () => {
    expect(hasDuplicateMemberName('{"a":{"a":1},"b":{"a":2}}')).toBe(false);
    expect(hasDuplicateMemberName('{"a":"\\"a\\":1,","b":["a","a"]}')).toBe(false);
    expect(hasDuplicateMemberName('[{"a":1},{"a":1}]')).toBe(false);
  });

  it('is never reported in JSON written by JSON.stringify (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(hasDuplicateMemberName(JSON.stringify(value))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('is always reported when an object gets a second member of the same name (property)', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue(), { minKeys: 1 }),
        fc.jsonValue(),
        (object, other) => {
          const [name] = Object.keys(object);
          const text = JSON.stringify(object);
          const twice = `${text.slice(0, -1)},${JSON.stringify(name)}:${JSON.stringify(other)}}`;
          expect(hasDuplicateMemberName(twice)).toBe(true);
          expect(parseJsonText(twice)).toMatchObject({
            ok: false,
            error: { code: 'duplicate-names' },
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a response file naming an answer twice', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('is refused, since a text editor and the import would read different answers', async () => {
    const { director } = await seedCycle();
    const file = await buildResponseFile(director.id);
    const text = JSON.stringify(file).replace(
      '"answers":{',
      '"answers":{"mfa-email":{"value":"yes","answeredAt":"2026-03-01T10:00:00.000Z"},',
    );
    freshDatabase();
    const cycle = await createCycle('2026', [{ id: 'cybersecurity-baseline', version: '1.0.0' }]);
    const before = await countStored();
    expect(
      await importResponseFile(cycle.id, new File([text], 'twice.boussole.json')),
    ).toMatchObject({
      ok: false,
      error: { code: 'duplicate-names' },
    });
    expect(await countStored()).toEqual(before);
  });
});
