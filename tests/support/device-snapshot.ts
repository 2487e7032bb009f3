// Everything stored on the current test device, and what changed between two snapshots: to check
// that what a restore said it would do is what it did.
import { database } from '../../src/storage/database';
import {
  contentOf,
  recordKey,
  recordKinds,
  type AnyRecord,
  type RecordKind,
} from '../../src/storage/transfer/record-kinds';

export type Snapshot = Record<RecordKind, Map<string, AnyRecord>>;

export async function snapshot(): Promise<Snapshot> {
  const db = database();
  const result = {} as Snapshot;
  for (const kind of recordKinds) {
    const key = recordKey[kind] as (record: AnyRecord) => string;
    const records = (await db.table(kind).toArray()) as AnyRecord[];
    result[kind] = new Map(records.map((record) => [key(record), record]));
  }
  return result;
}

export interface Changes {
  added: number;
  /** Records whose content changed (revisions and time stamps alone do not count). */
  updated: number;
  removed: number;
}

export function changesBetween(before: Snapshot, after: Snapshot): Record<RecordKind, Changes> {
  const changes = {} as Record<RecordKind, Changes>;
  for (const kind of recordKinds) {
    const said = (record: AnyRecord) =>
      JSON.stringify((contentOf as (k: RecordKind, r: AnyRecord) => unknown)(kind, record));
    const was = before[kind];
    const is = after[kind];
    changes[kind] = {
      added: [...is.keys()].filter((key) => !was.has(key)).length,
      updated: [...is].filter(([key, record]) => {
        const old = was.get(key);
        return old !== undefined && said(old) !== said(record);
      }).length,
      removed: [...was.keys()].filter((key) => !is.has(key)).length,
    };
  }
  return changes;
}
