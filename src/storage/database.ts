// The IndexedDB database (Dexie), with the schema versions declared in schema-versions.ts, and what can
// happen to it while the app runs: another tab upgrades, deletes or replaces it, the browser closes it,
// or this tab's upgrade waits for other tabs.
import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { AnswerRecord } from '../domain/answer-record';
import type { Cycle } from '../domain/cycle';
import type { OrganizationProfile } from '../domain/profile';
import type { Response } from '../domain/response';
import type { RoadmapEdit } from '../domain/roadmap-edit';
import type { SettingRecord } from '../domain/settings';
import type { ClientCheckRecord } from '../domain/client-check-record';
import type { OwnActionRecord } from '../domain/own-action';
import { onDataChangeElsewhere } from './data-broadcast';
import { declareSchema } from './schema-versions';

export const DATABASE_NAME = 'boussole';

/** A published questionnaire definition as it was fetched (see definition-copies.ts). */
export interface DefinitionCopy {
  id: string;
  version: string;
  definition: unknown;
}

export class BoussoleDatabase extends Dexie {
  profile!: EntityTable<OrganizationProfile, 'id'>;
  cycles!: EntityTable<Cycle, 'id'>;
  responses!: EntityTable<Response, 'id'>;
  answers!: Dexie.Table<AnswerRecord, [string, string]>;
  roadmapEdits!: Dexie.Table<RoadmapEdit, [string, string]>;
  ownActions!: Dexie.Table<OwnActionRecord, [string, string]>;
  settings!: EntityTable<SettingRecord, 'key'>;
  definitions!: Dexie.Table<DefinitionCopy, [string, string]>;
  clientChecks!: EntityTable<ClientCheckRecord, 'id'>;

  constructor(name = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    declareSchema(this);
  }
}

/** Why this tab can no longer use its database, so that it must reload: another tab upgraded it (a
 *  newer Boussole), deleted it ("Delete all data") or replaced its data from a backup, or the browser
 *  closed it (this site's data cleared). */
export type StorageLoss = 'upgraded' | 'deleted' | 'replaced' | 'closed';

/** A loss; this tab's own upgrade or deletion waiting for other tabs to close the database
 *  ("…-blocked"); or the database open again (the wait is over). */
export type DatabaseEvent = StorageLoss | 'upgrade-blocked' | 'deletion-blocked' | 'opened';
type Listener = (event: DatabaseEvent) => void;
const listeners = new Set<Listener>();

export function onDatabaseEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function emit(event: DatabaseEvent): void {
  listeners.forEach((listener) => {
    listener(event);
  });
}

/** Closes this tab's connection for good: no write may land in a database the screen no longer
 *  matches, and Dexie must not quietly reopen (and so recreate) a deleted one. */
function lose(db: BoussoleDatabase, loss: StorageLoss): void {
  db.close({ disableAutoOpen: true });
  emit(loss);
}

let stopListening: (() => void) | undefined;

function watch(db: BoussoleDatabase): BoussoleDatabase {
  db.on('versionchange', (event) => {
    // Let the other tab's upgrade or deletion proceed. Returning false stops Dexie's own handler,
    // which would reopen the database on the next query.
    lose(db, event.newVersion === null ? 'deleted' : 'upgraded');
    return false;
  });
  db.on('blocked', (event) => {
    emit(event.newVersion === null ? 'deletion-blocked' : 'upgrade-blocked');
  });
  db.on(
    'ready',
    () => {
      // The browser closes a connection itself when this site's data is cleared; Dexie would reopen
      // an empty database on the next query and save into it as if nothing had happened.
      db.backendDB().onclose = () => {
        lose(db, 'closed');
      };
      emit('opened');
    },
    true,
  );
  stopListening?.();
  stopListening = onDataChangeElsewhere(db.name, (change) => {
    lose(db, change);
  });
  return db;
}

let current: BoussoleDatabase | undefined;

/** The app's database, opened on first use. Tests and the demo swap it with `setDatabase`. */
export function database(): BoussoleDatabase {
  current ??= watch(new BoussoleDatabase());
  return current;
}

export function setDatabase(db: BoussoleDatabase): void {
  current = watch(db);
}
