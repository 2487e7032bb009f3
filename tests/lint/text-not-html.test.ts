import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints a snippet as if it were a screen in src/, with the project's own config, and keeps the
// messages of the rules that keep imported text out of HTML.
const eslint = new ESLint({ cwd: process.cwd() });

async function htmlSinkMessages(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, {
    filePath: 'src/features/questionnaire/NoteField.tsx',
  });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-syntax' || m.ruleId === 'no-restricted-properties')
    .map((m) => m.message);
}

describe('imported text renders as text (lint)', () => {
  it('refuses dangerouslySetInnerHTML, explaining why', async () => {
    const messages = await htmlSinkMessages(
      [
        'export function Note({ note }: { note: string }) {',
        '  return <p dangerouslySetInnerHTML={{ __html: note }} />;',
        '}',
      ].join('\n'),
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('must render as text, never as HTML');
  }, 60_000);

  it('refuses innerHTML and outerHTML assignments, insertAdjacentHTML and document.write', async () => {
    const messages = await htmlSinkMessages(
      [
        'export function paint(element: HTMLElement, note: string) {',
        '  element.innerHTML = note;',
        "  element['outerHTML'] = note;",
        "  element.insertAdjacentHTML('beforeend', note);",
        '  document.write(note);',
        '}',
      ].join('\n'),
    );
    expect(messages).toHaveLength(4);
  }, 60_000);

  it('allows text in JSX and reading innerHTML', async () => {
    const messages = await htmlSinkMessages(
      [
        'export function Note({ note }: { note: string }) {',
        '  return <p>{note}</p>;',
        '}',
        'export const markup = (element: HTMLElement) => element.innerHTML;',
      ].join('\n'),
    );
    expect(messages).toEqual([]);
  }, 60_000);
});
