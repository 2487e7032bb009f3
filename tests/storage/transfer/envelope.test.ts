// The checksum covers a canonical form of the file: re-saving it in an editor (re-indented, CRLF line
// ends, a byte-order mark, accents decomposed) is not an edit; changing one character is.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../../src/engine/content-hash';
import { importResponseFile } from '../../../src/features/transfer/import-response-files';
import { createCycle } from '../../../src/storage/cycles';
import { getAnswers, saveAnswer } from '../../../src/storage/responses';
import { openEnvelope, seal } from '../../../src/storage/transfer/envelope';
import { buildResponseFile, type ResponseFile } from '../../../src/storage/transfer/response-file';
import { freshDatabase } from '../../support/app';
import { seedCycle } from '../../support/cycle-fixture';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every string and key of a JSON value passed through `change`, as an editor re-saving the file would. */
function mapText(value: Json, change: (text: string) => string): Json {
  if (typeof value === 'string') return change(value);
  if (Array.isArray(value)) return value.map((item) => mapText(item, change));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [change(key), mapText(item, change)]),
  );
}

const nfd = (text: string) => text.normalize('NFD');
const asFile = (content: string | Uint8Array) =>
  new File(
    [typeof content === 'string' ? content : new Uint8Array(content)],
    'answers.boussole.json',
  );

/** How the checksum was computed before it was normalised: plain canonical JSON. */
function sealedTheOldWay(content: Record<string, unknown>): Record<string, unknown> {
  const { checksum: _c, ...rest } = content;
  return { ...rest, checksum: sha256Hex(canonicalJson(rest)) };
}

/** UTF-16 little-endian with its byte-order mark, as Windows Notepad saves "Unicode". */
function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[2 + i * 2] = unit & 0xff;
    bytes[3 + i * 2] = unit >> 8;
  }
  return bytes;
}

const accented = 'Vérifier avec Hélène « TI » ; Ça coûte 50 $ — Œuvre, naïveté, Nguyễn Thị Ánh';

async function exported(note = accented): Promise<{ file: ResponseFile; directorId: string }> {
  const { director } = await seedCycle();
  await saveAnswer(director.id, 'mfa-email', { value: 'no', note });
  const file = await buildResponseFile(director.id);
  if (!file) throw new Error('no file');
  return { file, directorId: director.id };
}

async function importInto(content: string | Uint8Array) {
  freshDatabase();
  const cycle = await createCycle('Cycle de l’équipe', [
    { id: 'cybersecurity-baseline', version: '1.0.0' },
  ]);
  return importResponseFile(cycle.id, asFile(content));
}

describe('a response file re-saved by an editor', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('still imports when every string and key was rewritten with decomposed accents (NFD)', async () => {
    const { file, directorId } = await exported();
    const resaved = mapText(file as unknown as Json, nfd);
    expect(JSON.stringify(resaved)).not.toBe(JSON.stringify(file));
    expect(await importInto(JSON.stringify(resaved))).toMatchObject({ ok: true });
    expect((await getAnswers(directorId))['mfa-email']?.note?.normalize('NFC')).toBe(accented);
  });

  it('still imports re-indented with CRLF line ends', async () => {
    const { file } = await exported();
    const text = JSON.stringify(file, null, '\t').replace(/\n/g, '\r\n') + '\r\n';
    expect(await importInto(text)).toMatchObject({ ok: true });
    const squeezed = JSON.stringify(file);
    expect(await importInto(squeezed)).toMatchObject({ ok: true });
  });

  it('still imports with a UTF-8 byte-order mark, or saved as UTF-16 with one', async () => {
    const { file } = await exported();
    const text = JSON.stringify(file, null, 2);
    expect(await importInto(`\uFEFF${text}`)).toMatchObject({ ok: true });
    expect(await importInto(utf16le(text))).toMatchObject({ ok: true });
  });

  it('says a UTF-16 file without its byte-order mark, or text in Windows-1252, is in another encoding, not that it is no text', async () => {
    const { file } = await exported();
    const text = JSON.stringify(file, null, 2);
    const withoutMark = utf16le(text).subarray(2);
    expect(await importInto(withoutMark)).toMatchObject({
      ok: false,
      error: { code: 'other-encoding' },
    });
    // "Hélène" saved by an older Windows editor: é is the single byte 0xE9, not valid UTF-8
    const windows1252 = new Uint8Array([
      ...new TextEncoder().encode('{"respondent":"H'),
      0xe9,
      0x6c,
      0xe8,
      0x6e,
      0x65,
      0x22,
      0x7d,
    ]);
    expect(await importInto(windows1252)).toMatchObject({
      ok: false,
      error: { code: 'other-encoding' },
    });
  });

  it('still imports when all of the above happened at once', async () => {
    const { file } = await exported();
    const resaved = JSON.stringify(mapText(file as unknown as Json, nfd), null, 4);
    expect(await importInto(`\uFEFF${resaved.replace(/\n/g, '\r\n')}`)).toMatchObject({
      ok: true,
    });
  });

  it('is refused when one character of the content changed, NFD or not', async () => {
    const { file } = await exported();
    const edited = JSON.stringify(file, null, 2).replace('Hélène', 'Hélèna');
    expect(await importInto(edited)).toMatchObject({ ok: false, error: { code: 'tampered' } });
    const editedNfd = JSON.stringify(mapText(file as unknown as Json, nfd)).replace(
      nfd('Hélène'),
      nfd('Hèlène'),
    );
    expect(await importInto(editedNfd)).toMatchObject({ ok: false, error: { code: 'tampered' } });
  });
});

describe('a response file exported before the checksum was normalised', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('imports, even with a note typed with decomposed accents', async () => {
    const typedNfd = nfd(accented);
    const { file, directorId } = await exported(typedNfd);
    const old = sealedTheOldWay(file);
    expect(old.checksum).not.toBe(file.checksum);
    expect(await importInto(JSON.stringify(old, null, 2))).toMatchObject({ ok: true });
    expect((await getAnswers(directorId))['mfa-email']?.note).toBe(typedNfd);
  });

  it('imports when its text was already composed (the new and old checksums agree)', async () => {
    const { file } = await exported();
    const old = sealedTheOldWay(file);
    expect(old.checksum).toBe(file.checksum);
    expect(await importInto(JSON.stringify(old))).toMatchObject({ ok: true });
  });

  it('is refused when edited', async () => {
    const { file } = await exported();
    const old = sealedTheOldWay(file);
    const text = JSON.stringify(old).replace('Directrice', 'Directeur');
    expect(await importInto(text)).toMatchObject({ ok: false, error: { code: 'tampered' } });
  });
});

describe('the canonical form', () => {
  const open = (content: unknown) => openEnvelope(content, 'boussole-response', 1);
  const base = { format: 'boussole-response', formatVersion: 1 };

  it('is the same for any key order, NFC or NFD text and any indentation', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 20 });
    fc.assert(
      fc.property(fc.dictionary(text, text, { maxKeys: 6 }), (record) => {
        const sealed = seal({ ...base, record });
        for (const form of ['NFC', 'NFD'] as const) {
          const resaved = JSON.parse(
            JSON.stringify(
              mapText(sealed, (s) => s.normalize(form)),
              null,
              3,
            ),
          ) as unknown;
          expect(open(resaved).ok).toBe(true);
        }
      }),
    );
  });

  it('tells apart any two contents that differ in more than normalisation', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 20 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        fc.pre(a.normalize('NFC') !== b.normalize('NFC'));
        const sealed = seal({ ...base, note: a });
        expect(open({ ...sealed, note: b }).ok).toBe(false);
      }),
    );
  });

  it('gives thousands of stacked combining marks one form, and still sees one more mark', () => {
    const zalgo = `a${'\u0301\u0316'.repeat(5000)}`;
    const sealed = seal({ ...base, note: zalgo });
    expect(open(JSON.parse(JSON.stringify(sealed))).ok).toBe(true);
    expect(open({ ...sealed, note: `${zalgo}\u0301` }).ok).toBe(false);
  });
});
