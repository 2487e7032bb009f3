// Imports response files into a cycle, one file at a time: each is read, checked against the
// questionnaire version it names and saved in one transaction, or refused with the reason.
import { loadQuestionnaire } from '../../content/catalog';
import type { ImportError } from '../../storage/transfer/import-error';
import { MAX_RESPONSE_FILE_BYTES, readFileJson } from '../../storage/transfer/read-file';
import {
  checkAgainstQuestionnaire,
  importResponse,
  parseResponseFile,
} from '../../storage/transfer/response-file';

export type FileOutcome =
  { file: string; ok: true; respondent: string } | { file: string; ok: false; error: ImportError };

export async function importResponseFile(cycleId: string, file: File): Promise<FileOutcome> {
  const fail = (error: ImportError): FileOutcome => ({ file: file.name, ok: false, error });
  const raw = await readFileJson(file, MAX_RESPONSE_FILE_BYTES);
  if (!raw.ok) return fail(raw.error);
  const parsed = parseResponseFile(raw.value);
  if (!parsed.ok) return fail(parsed.error);
  const { id, version } = parsed.value.questionnaire;
  let questionnaire;
  try {
    questionnaire = await loadQuestionnaire(id, version);
  } catch {
    return fail({ code: 'unknown-questionnaire', details: { id, version } });
  }
  const checked = checkAgainstQuestionnaire(parsed.value, questionnaire);
  if (!checked.ok) return fail(checked.error);
  try {
    const imported = await importResponse(cycleId, checked.value);
    return imported.ok
      ? { file: file.name, ok: true, respondent: imported.value.respondent }
      : fail(imported.error);
  } catch (error) {
    return fail({
      code: 'storage-failed',
      details: { reason: error instanceof Error ? error.message : String(error) },
    });
  }
}
