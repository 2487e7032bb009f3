import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, sha256Hex } from '../../src/engine/content-hash';
import { normalizedCanonicalJson, normalizedText } from '../../src/engine/normalized-json';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe('content hash', () => {
  it('matches the SHA-256 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('agrees with Node for any text, accents and long inputs included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
    );
  });

  it('ignores key order and formatting but not content', () => {
    const a = { id: 'x', title: { en: 'Backups', fr: 'Sauvegardes' } };
    const b = JSON.parse(
      '{ "title": { "fr": "Sauvegardes", "en": "Backups" },\n "id": "x" }',
    ) as unknown;
    expect(contentHash(b)).toBe(contentHash(a));
    expect(contentHash({ ...a, id: 'y' })).not.toBe(contentHash(a));
    expect(canonicalJson(a)).toBe('{"id":"x","title":{"en":"Backups","fr":"Sauvegardes"}}');
  });

  it('still gives every published questionnaire version exactly its recorded hash', () => {
    const checked: string[] = [];
    const questionnaires = readdirSync('assessments', { withFileTypes: true }).filter((entry) =>
      existsSync(join('assessments', entry.name, 'published.json')),
    );
    for (const { name: id } of questionnaires) {
      const published = readJson(join('assessments', id, 'published.json')) as Record<
        string,
        string
      >;
      for (const [version, hash] of Object.entries(published)) {
        expect(
          contentHash(readJson(join('assessments', id, `${version}.json`))),
          `${id} ${version}`,
        ).toBe(hash);
        checked.push(`${id}@${version}`);
      }
    }
    expect(checked.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps questionnaire hashes on the plain canonical form, not the normalised one files use', () => {
    const decomposed = { title: 'Se\u0301curite\u0301' };
    expect(canonicalJson(decomposed)).toBe('{"title":"Se\u0301curite\u0301"}');
    expect(normalizedCanonicalJson(decomposed)).toBe('{"title":"Sécurité"}');
  });
});

describe('the canonical form of files', () => {
  it('is the plain canonical JSON for composed text', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.normalize('NFC'));
    fc.assert(
      fc.property(fc.dictionary(text, text, { maxKeys: 5 }), (record) => {
        expect(normalizedCanonicalJson(record)).toBe(canonicalJson(record));
      }),
    );
  });

  it('is the same for composed and decomposed keys and values', () => {
    expect(normalizedCanonicalJson({ 'e\u0301lan': ['Cafe\u0301'] })).toBe(
      normalizedCanonicalJson({ élan: ['Café'] }),
    );
  });
});

describe('normalised text', () => {
  it('is Unicode NFC of any text with at most 30 combining marks in a row', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({
        unit: fc.constantFrom('e', '\u0301', '\u0316', '\u0323', 'ᄀ', 'ᅡ', 'ᆨ', '\u{1d165}'),
      }),
    );
    fc.assert(
      fc.property(text, (value) => {
        fc.pre(!/\p{M}{31}/u.test(value));
        expect(normalizedText(value)).toBe(value.normalize('NFC'));
        expect(normalizedText(value.normalize('NFD'))).toBe(value.normalize('NFC'));
      }),
    );
  });

  it('leaves every character below U+0300 as it is, as NFC does', () => {
    for (let code = 0; code < 0x300; code++) {
      const text = `A${String.fromCharCode(code)}b`;
      expect(normalizedText(text)).toBe(text);
      expect(text.normalize('NFC')).toBe(text);
    }
  });

  it('puts a joiner after every 30 combining marks on one letter, then normalises', () => {
    const stacked = `e${'\u0316\u0301'.repeat(40)}`;
    const result = normalizedText(stacked);
    expect(result.split('\u034f')).toHaveLength(3);
    expect(result).toBe(result.normalize('NFC'));
    const astral = `x${'\u{1d165}'.repeat(61)}`;
    expect(normalizedText(astral).split('\u034f')).toHaveLength(3);
  });
});
