import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Tree = { [key: string]: string | Tree };
const read = (language: string, file: string): Tree =>
  JSON.parse(readFileSync(join('locales', language, file), 'utf8')) as Tree;

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const pluralBase = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const namespaces = readdirSync(join('locales', 'en')).filter((file) => file.endsWith('.json'));

/** Texts allowed to read the same in both languages: names, acronyms, numbers and shared words. */
const sameInBothLanguages = new Set([
  'Boussole',
  // words spelled the same in both languages
  'Type',
  'Cycle',
  'Cycles',
  'Questionnaire',
  'Questionnaires',
  'Dimension',
  'Question',
  'Note',
  'Version',
  'A4',
  'Total',
  'Horizon',
  'Action',
  '{{title}}, version {{version}} ({{respondents}})',
  '{{title}} (version {{version}})',
  // province and territory names that are the same in both languages
  'Alberta',
  'Manitoba',
  'Nunavut',
  'Ontario',
  'Saskatchewan',
  'Yukon',
  'Prairies',
  'Effort',
  'Version {{version}}',
  'Sections',
  'Question {{number}} of {{total}}',
  '{{count}} question',
  '{{count}} questions',
]);

describe.each(namespaces)('interface text in %s', (file) => {
  const en = leaves(read('en', file));
  const fr = leaves(read('fr', file));

  it('exists in French for every English key, and no French key is left over', () => {
    const enBases = new Set([...en.keys()].map(pluralBase));
    const frBases = new Set([...fr.keys()].map(pluralBase));
    expect([...enBases].filter((key) => !frBases.has(key))).toEqual([]);
    expect([...frBases].filter((key) => !enBases.has(key))).toEqual([]);
  });

  it('has the plural forms each language needs', () => {
    for (const key of en.keys()) {
      if (!key.endsWith('_other')) continue;
      const base = pluralBase(key);
      expect(en.has(`${base}_one`), `${base}_one (en)`).toBe(true);
      for (const form of ['one', 'many', 'other'])
        expect(fr.has(`${base}_${form}`), `${base}_${form} (fr)`).toBe(true);
    }
  });

  it('keeps the same interpolation variables in both languages', () => {
    // "count" may be left out of a singular ("One action"), so it is not compared.
    const variables = (text: string) =>
      [...text.matchAll(/\{\{\s*(\w+)/g)]
        .map((m) => m[1])
        .filter((v) => v !== 'count')
        .sort();
    for (const [key, text] of en) {
      const french = fr.get(key) ?? fr.get(`${pluralBase(key)}_other`);
      if (french === undefined) continue;
      expect(variables(french), key).toEqual(variables(text));
    }
  });

  it('translates every text (none left in English)', () => {
    // Texts made only of placeholders and punctuation ("{{organization}} · {{date}}") need no translation.
    const hasWords = (text: string) => /\p{L}/u.test(text.replace(/\{\{[^}]*\}\}/g, ''));
    const untranslated = [...en].filter(
      ([key, text]) => fr.get(key) === text && hasWords(text) && !sameInBothLanguages.has(text),
    );
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });
});
