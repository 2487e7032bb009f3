import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints a snippet as if it lived in src/engine, with the project's own config.
async function engineLintMessages(
  code: string,
  filePath = 'src/engine/score.ts',
): Promise<string[]> {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

// The first lint of a run builds the TypeScript program for type-aware rules: seconds on an idle
// machine, tens of seconds on a busy two-core one. A lint that never finishes still fails.
const LINT_TIMEOUT = 120_000;

describe('the engine stays pure (lint)', () => {
  it(
    'refuses React, Dexie, i18next and files outside src/engine',
    async () => {
      const messages = await engineLintMessages(
        [
          "import { useState } from 'react';",
          "import Dexie from 'dexie';",
          "import i18next from 'i18next';",
          "import { db } from '../storage/db';",
          'export const all = [useState, Dexie, i18next, db];',
        ].join('\n'),
      );
      expect(messages).toHaveLength(4);
      expect(messages[0]).toContain('src/engine is pure');
    },
    LINT_TIMEOUT,
  );

  it(
    'refuses browser APIs such as window, document and indexedDB',
    async () => {
      const messages = await engineLintMessages(
        'export const all = [window.location, document.title, indexedDB.open("x"), localStorage];',
      );
      expect(messages).toHaveLength(4);
    },
    LINT_TIMEOUT,
  );

  it(
    'allows zod and sibling engine files',
    async () => {
      const messages = await engineLintMessages(
        "import { z } from 'zod/mini';\nimport { assess } from './assess';\nexport const all = [z, assess];",
      );
      expect(messages).toEqual([]);
    },
    LINT_TIMEOUT,
  );

  it(
    'lets a folder inside the engine import its parent engine files, but nothing outside',
    async () => {
      const messages = await engineLintMessages(
        [
          "import { z } from 'zod/mini';",
          "import { levelFor } from '../levels';",
          "import { regionOf } from './regions';",
          "import { db } from '../../storage/db';",
          "import React from 'react';",
          'export const all = [z, levelFor, regionOf, db, React];',
        ].join('\n'),
        'src/engine/sector-snapshot/views.ts',
      );
      expect(messages).toHaveLength(2);
    },
    LINT_TIMEOUT,
  );
});
