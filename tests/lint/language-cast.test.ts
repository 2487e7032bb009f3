import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints a snippet as if it were a screen in src/, with the project's own config: the language shown
// is read with currentLanguage(), which checks it, never with a cast, which would let any string by.
const eslint = new ESLint({ cwd: process.cwd() });

async function castMessages(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, {
    filePath: 'src/features/roadmap/RoadmapFilters.tsx',
  });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message);
}

describe('the language shown is read without a cast (lint)', () => {
  it('refuses i18n.language cast to a language, and names currentLanguage()', async () => {
    const messages = await castMessages(
      [
        "import type { i18n } from 'i18next';",
        "import type { Language } from '../../lib/typography';",
        'export const shown = (instance: i18n): Language => instance.language as Language;',
      ].join('\n'),
    );
    expect(messages).toEqual([expect.stringContaining('currentLanguage(i18n)')]);
  }, 60_000);

  it('lets currentLanguage() through', async () => {
    const messages = await castMessages(
      [
        "import type { i18n } from 'i18next';",
        "import { currentLanguage } from '../../lib/i18n';",
        'export const shown = (instance: i18n) => currentLanguage(instance);',
      ].join('\n'),
    );
    expect(messages).toEqual([]);
  }, 60_000);
});
