import { describe, expect, it } from 'vitest';
import { joinFiles } from '../../../src/storage/sector/joined-files';

const fileOf = (text: string, name: string, type = '') => new File([text], name, { type });

describe('joining chosen files for the import', () => {
  it('joins contribution files in order, keeping each name and size to split them again', async () => {
    const files = [fileOf('{"a":1}', 'a.json'), fileOf('{"bb":22}', 'b.json')];
    const { joined, apart } = joinFiles(files);
    expect(apart).toEqual([]);
    expect(joined).toHaveLength(1);
    expect(joined[0]!.names).toEqual(['a.json', 'b.json']);
    expect(joined[0]!.sizes).toEqual([7, 9]);
    expect(await joined[0]!.blob.text()).toBe('{"a":1}{"bb":22}');
  });

  it('joins at most 250 files together', () => {
    const files = Array.from({ length: 600 }, (_, i) => fileOf('{}', `${String(i)}.json`));
    const { joined } = joinFiles(files);
    expect(joined.map((group) => group.names.length)).toEqual([250, 250, 100]);
    expect(joined.flatMap((group) => group.names)).toEqual(files.map((file) => file.name));
  });

  it('sets archives and files too large to be a contribution apart, to be read on their own', () => {
    const archive = fileOf('PK', 'ontario.zip');
    const typedArchive = fileOf('PK', 'quebec', 'application/zip');
    const huge = new File([new Uint8Array(1024 * 1024 + 1)], 'huge.json');
    const { joined, apart } = joinFiles([archive, fileOf('{}', 'a.json'), typedArchive, huge]);
    expect(apart).toEqual([archive, typedArchive, huge]);
    expect(joined.flatMap((group) => group.names)).toEqual(['a.json']);
  });
});
