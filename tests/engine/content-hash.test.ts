import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, sha256Hex } from '../../src/engine/content-hash';

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
});
