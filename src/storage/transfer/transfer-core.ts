// The work behind restoring a backup or importing a response file: read the file, check it, compare
// it with this device, and write it once the person has decided. The same code runs in a Web Worker
// (transfer.worker.ts), so a large file never freezes the page, or on the page where workers are
// not available (transfer-session.ts). It keeps the files it read between steps; nothing is written
// before `restoreBackup` or `importResponseFile`.
import { loadQuestionnaire } from '../../content/catalog';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import { refuse, type Parsed } from './import-error';
import { parseBackup, recordsOf, type BackupFile } from './backup-file';
import {
  checkBackupContent,
  versionKey,
  versionsNamed,
  type BackupFindings,
} from './backup-checks';
import { countImplausible } from './instants';
import {
  planRestore,
  type Choice,
  type Choices,
  type Conflict,
  type RestoreCounts,
  type RestoreMode,
  type RestorePlan,
  type RestoreSummary,
} from './plan-restore';
import { MAX_BACKUP_FILE_BYTES, MAX_RESPONSE_FILE_BYTES, readFileJson } from './read-file';
import { checkAgainstQuestionnaire, parseResponseFile, type ResponseFile } from './response-file';
import {
  importResponse,
  previewResponseImport,
  type ResponseImportOutcome,
  type ResponseImportPlan,
} from './response-import';
import type { Progress, Stage } from '../../domain/transfer-progress';
import type { RecordSet } from './record-kinds';
import { readDeviceRecords, restoreBackup, RestoreCancelled } from './restore-backup';
import { CONFLICT_PAGE, type TransferReplies, type TransferRequest } from './transfer-protocol';

/** The person cancelled: the step stopped and nothing was changed (the session says so to the page). */
export class StepCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export type { Progress, Stage };

/** What names a conflicting record in words: its cycle, respondent and questionnaire. */
export interface ConflictContext {
  cycle?: string;
  respondent?: string;
  questionnaireId?: string;
  version?: string;
}
export type ConflictView = Conflict & { context: ConflictContext };

export interface BackupPreview {
  mode: RestoreMode;
  formatVersion: number;
  exportedAt: string;
  counts: RestoreCounts;
  /** Replace only: copies on this device newer than the file's (or that may be). */
  discardsNewer: number;
  conflictCount: number;
  /** The first conflicts; the others come page by page (`conflicts`). */
  conflicts: ConflictView[];
  /** Records in the file with a time stamp before 2000 or more than a day ahead of this device. */
  implausibleTimes: number;
  /** What in the file this copy of Boussole cannot fully use (restored as it is). */
  findings: BackupFindings;
}

/** A response file read and checked, and what importing it would do. */
export interface ResponseCheck {
  /** Names the file for `importResponseFile`. */
  token: string;
  respondent: string;
  plan: ResponseImportPlan;
}

export interface CoreHooks {
  report: (progress: Progress) => void;
  cancelled: () => boolean;
  now: () => number;
}

/** An object without its undefined values (optional properties are absent, never undefined). */
function defined(values: Record<string, string | undefined>): ConflictContext {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}

function contextsFor(file: RecordSet, device: RecordSet) {
  const cycles = new Map([...file.cycles, ...device.cycles].map((c) => [c.id, c]));
  const responses = new Map([...file.responses, ...device.responses].map((r) => [r.id, r]));
  return (conflict: Conflict): ConflictContext => {
    const record = conflict.device;
    if ('responseId' in record) {
      const response = responses.get(record.responseId);
      return defined({
        cycle: response && cycles.get(response.cycleId)?.name,
        respondent: response?.respondent,
        questionnaireId: response?.questionnaireId,
        version: response?.version,
      });
    }
    if ('respondent' in record) return defined({ cycle: cycles.get(record.cycleId)?.name });
    if ('levels' in record) return defined({ cycle: cycles.get(record.cycleId)?.name });
    if ('itemKey' in record) {
      const cycle = cycles.get(record.cycleId);
      return defined({
        cycle: cycle?.name,
        questionnaireId: record.questionnaireId,
        version: cycle?.questionnaires.find((q) => q.id === record.questionnaireId)?.version,
      });
    }
    return {};
  };
}

/** The questionnaire versions a backup names that this copy of Boussole has. */
async function shippedVersions(backup: BackupFile): Promise<Map<string, PreparedQuestionnaire>> {
  const loaded = await Promise.all(
    versionsNamed(recordsOf(backup)).map(async ([id, version]) => {
      try {
        return [versionKey(id, version), await loadQuestionnaire(id, version)] as const;
      } catch {
        return undefined;
      }
    }),
  );
  return new Map(loaded.filter((entry) => entry !== undefined));
}

export class TransferCore {
  private backup: BackupFile | undefined;
  private findings: BackupFindings | undefined;
  private plan: RestorePlan | undefined;
  private context: ((conflict: Conflict) => ConflictContext) | undefined;
  private readonly responseFiles = new Map<string, { cycleId: string; file: ResponseFile }>();
  private nextToken = 1;

  constructor(private readonly hooks: CoreHooks) {}

  /** Answers one request (the worker and the page session both come through here). */
  handle<K extends TransferRequest['kind']>(
    request: Extract<TransferRequest, { kind: K }>,
  ): Promise<TransferReplies[K]>;
  async handle(request: TransferRequest): Promise<TransferReplies[TransferRequest['kind']]> {
    switch (request.kind) {
      case 'open-backup':
        return this.openBackup(request.file, request.mode);
      case 'preview-backup':
        return this.previewBackup(request.mode);
      case 'conflicts':
        return this.conflicts(request.offset, request.count);
      case 'restore-backup':
        return this.restoreBackup(request.mode, request.choices);
      case 'check-response':
        return this.checkResponseFile(request.cycleId, request.file);
      case 'import-response':
        return this.importResponseFile(request.token, request.choice);
    }
  }

  /** Reports the step now under way, unless the person has cancelled. */
  private stage(stage: Stage): void {
    if (this.hooks.cancelled()) throw new StepCancelled();
    this.hooks.report({ stage, done: 0, total: 0 });
  }

  /** Reads and checks a backup file, then previews restoring it. */
  async openBackup(file: Blob, mode: RestoreMode): Promise<Parsed<BackupPreview>> {
    this.backup = undefined;
    this.stage('reading');
    const raw = await readFileJson(file, MAX_BACKUP_FILE_BYTES);
    if (!raw.ok) return raw;
    this.stage('checking');
    const parsed = parseBackup(raw.value);
    if (!parsed.ok) return parsed;
    this.backup = parsed.value;
    this.findings = checkBackupContent(
      recordsOf(parsed.value),
      await shippedVersions(parsed.value),
    );
    return { ok: true, value: await this.previewBackup(mode) };
  }

  /** Compares the backup read last with this device as it is now. */
  async previewBackup(mode: RestoreMode): Promise<BackupPreview> {
    const backup = this.requireBackup();
    this.stage('comparing');
    const file = recordsOf(backup);
    const device = await readDeviceRecords();
    const plan = planRestore(file, device, mode);
    this.plan = plan;
    this.context = contextsFor(file, device);
    return {
      mode,
      formatVersion: backup.formatVersion,
      exportedAt: backup.exportedAt,
      counts: plan.counts,
      discardsNewer: plan.discardsNewer,
      conflictCount: plan.conflicts.length,
      conflicts: this.conflicts(0, CONFLICT_PAGE),
      implausibleTimes: countImplausible(file, this.hooks.now()),
      findings: this.findings ?? checkBackupContent(file, await shippedVersions(backup)),
    };
  }

  /** A page of the last preview's conflicts, each with what names it. */
  conflicts(offset: number, count: number): ConflictView[] {
    const context = this.context;
    if (!this.plan || !context) return [];
    return this.plan.conflicts
      .slice(offset, offset + count)
      .map((conflict) => ({ ...conflict, context: context(conflict) }));
  }

  /** Writes the backup in one transaction; a cancel before the end leaves the device unchanged. */
  async restoreBackup(mode: RestoreMode, choices: Choices): Promise<RestoreSummary> {
    const backup = this.requireBackup();
    this.stage('writing');
    const summary = await restoreBackup(backup, mode, choices, {
      onProgress: (done, total) => {
        this.hooks.report({ stage: 'writing', done, total });
      },
      cancelled: this.hooks.cancelled,
    }).catch((error: unknown) => {
      throw error instanceof RestoreCancelled ? new StepCancelled() : error;
    });
    this.backup = undefined;
    this.findings = undefined;
    this.plan = undefined;
    return summary;
  }

  /** Reads a response file, checks it against the questionnaire version it names, and plans it. */
  async checkResponseFile(cycleId: string, blob: Blob): Promise<Parsed<ResponseCheck>> {
    this.stage('reading');
    const raw = await readFileJson(blob, MAX_RESPONSE_FILE_BYTES);
    if (!raw.ok) return raw;
    this.stage('checking');
    const parsed = parseResponseFile(raw.value);
    if (!parsed.ok) return parsed;
    const { id, version } = parsed.value.questionnaire;
    let questionnaire;
    try {
      questionnaire = await loadQuestionnaire(id, version);
    } catch {
      return refuse('unknown-questionnaire', { id, version });
    }
    const checked = checkAgainstQuestionnaire(parsed.value, questionnaire);
    if (!checked.ok) return checked;
    this.stage('comparing');
    const plan = await previewResponseImport(cycleId, checked.value);
    if (!plan.ok) return plan;
    const token = String(this.nextToken++);
    this.responseFiles.set(token, { cycleId, file: checked.value });
    return {
      ok: true,
      value: { token, respondent: checked.value.response.respondent, plan: plan.value },
    };
  }

  /** Imports a response file checked before; `choice` decides a newer copy or a conflict. */
  async importResponseFile(token: string, choice?: Choice): Promise<Parsed<ResponseImportOutcome>> {
    const checked = this.responseFiles.get(token);
    if (!checked) throw new Error('no response file was checked under this token');
    this.stage('writing');
    const outcome = await importResponse(checked.cycleId, checked.file, choice);
    if (outcome.ok && outcome.value.status !== 'needs-choice') this.responseFiles.delete(token);
    return outcome;
  }

  private requireBackup(): BackupFile {
    if (!this.backup) throw new Error('no backup has been read');
    return this.backup;
  }
}
