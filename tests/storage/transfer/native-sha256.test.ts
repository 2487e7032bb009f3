import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/engine/content-hash';
import { nativeSha256Hex } from '../../../src/storage/transfer/native-sha256';

describe("the browser's own SHA-256", () => {
  it('gives the same digest as the engine, for any text', async () => {
    for (const text of ['', 'abc', 'Organisme d’accueil : « nouveaux arrivants »', '日本語 🇨🇦'])
      expect(await nativeSha256Hex(text)).toBe(sha256Hex(text));
    expect(await nativeSha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
