// What the app may ask of the device's storage: the port between src/state and the database. Only
// src/state uses it, through src/storage/index.ts, which implements it with Dexie (IndexedDB).
//
// One implementation: component tests and the read-only demo run this same Dexie code over
// fake-indexeddb, an IndexedDB kept in memory. A second, hand-written in-memory store would need its
// own transactions, indexes, live queries and refusals (a write to a deleted response), and the tests
// would then check code the app never runs; fake-indexeddb is loaded only when the demo opens.
//
// The port is a module's exports rather than an object, as Actual Budget's platform modules are: a
// screen's code keeps only the functions it calls, and rarely used ones (carrying a response to a
// newer version, deleting everything) stay out of the first load.
import type { Answer, Answers } from '../engine/answer';
import type { PreparedQuestionnaire } from '../engine/prepare';
import type { AnswerRecord } from '../domain/answer-record';
import type { Cycle, QuestionnaireRef } from '../domain/cycle';
import type { OrganizationProfile, ProfileInput } from '../domain/profile';
import type { NewResponse, Response } from '../domain/response';
import type { RoadmapEdit, RoadmapEditChange } from '../domain/roadmap-edit';
import type { SettingKey, SettingValue } from '../domain/settings';
import type { ClientCheckRecord } from '../domain/client-check-record';
import type { OwnActionChange, OwnActionFields, OwnActionRecord } from '../domain/own-action';
import type { StoredPin } from '../domain/client-check-settings';
import type { CarriedAction } from './carry-actions';
import type { CarryOutcome } from './carry-response';
import type { DatabaseEvent } from './database';
import type { StoredCounts } from './device-data';
import type { DeviceRecords } from './demo-storage';
import type { StorageState } from './open-storage';

/** A read that runs again whenever what it read changes, in this tab or another. */
export interface LiveRead<T> {
  subscribe(next: (value: T) => void, error?: (error: unknown) => void): { unsubscribe(): void };
}

export interface Carrying {
  carryResponse(
    responseId: string,
    versions: readonly PreparedQuestionnaire[],
  ): Promise<CarryOutcome>;
  declineNewerVersion(responseId: string, version: string): Promise<void>;
}

export interface DeviceData {
  countStored(): Promise<StoredCounts>;
  /** Deletes the database and the drafts, then opens a new, empty database. */
  deleteAllData(): Promise<void>;
  /** After a restore that replaced everything: drops the drafts and tells the other tabs. */
  settleReplacedData(): void;
}

/** The cycle roadmap's records. */
export interface RoadmapActions {
  // Leadership's roadmap edits.
  listRoadmapEdits(cycleId: string): Promise<RoadmapEdit[]>;
  editRoadmapItem(cycleId: string, itemKey: string, change: RoadmapEditChange): Promise<void>;

  // The organization's own actions.
  listOwnActions(cycleId: string): Promise<OwnActionRecord[]>;
  addOwnAction(cycleId: string, fields: OwnActionFields): Promise<OwnActionRecord>;
  updateOwnAction(cycleId: string, id: string, change: OwnActionChange): Promise<void>;
  deleteOwnAction(cycleId: string, id: string): Promise<void>;

  /**
   * Merges a change into the decision on a proposed action of the cycle roadmap, under the action's
   * key; `foundUnder` is where the decision in force was found (a merged action's member key).
   */
  decideAction(
    cycleId: string,
    key: string,
    change: RoadmapEditChange,
    foundUnder?: string | null,
  ): Promise<void>;

  /** Creates a cycle and copies the chosen unfinished actions of an earlier one, in one step. */
  startCycleCarryingOver(
    name: string,
    questionnaires: QuestionnaireRef[],
    from: { cycleId: string; actions: readonly CarriedAction[] } | null,
    period?: string,
  ): Promise<Cycle>;
  keepCarriedAsOwnAction(cycleId: string, itemKey: string, title: string): Promise<void>;
  dropCarriedDecision(cycleId: string, itemKey: string): Promise<void>;
}

export interface ClientChecks {
  addClientCheck(record: Omit<ClientCheckRecord, 'id' | 'revision'>): Promise<string>;
  listClientChecks(cycleId: string): Promise<ClientCheckRecord[]>;
  countClientChecks(cycleId: string): Promise<number>;
  getStoredPin(): Promise<StoredPin | null>;
  setStoredPin(pin: StoredPin): Promise<void>;
  getPrograms(): Promise<string[]>;
  setPrograms(programs: readonly string[]): Promise<void>;
}

export interface Repository {
  // Opening, and what happens to the database while the app runs.
  openStorage(): Promise<StorageState>;
  /** The read-only demo's in-memory database: loaded on demand. */
  loadDemoStorage(): Promise<{ openDemoStorage(records: DeviceRecords): Promise<void> }>;
  onDatabaseEvent(listener: (event: DatabaseEvent) => void): () => void;
  /** Follows a read made of the functions below. */
  live<T>(read: () => Promise<T>): LiveRead<T>;

  // The organization's profile.
  getProfile(): Promise<OrganizationProfile | undefined>;
  saveProfile(input: ProfileInput): Promise<void>;

  // Cycles, newest first.
  listCycles(): Promise<Cycle[]>;
  getCycle(id: string): Promise<Cycle | undefined>;
  createCycle(name: string, questionnaires: QuestionnaireRef[], period?: string): Promise<Cycle>;
  setTarget(
    cycleId: string,
    questionnaireId: string,
    dimensionId: string,
    levelId: string | null,
  ): Promise<void>;
  closeCycle(id: string, closed: boolean): Promise<void>;

  // Responses and their answers.
  createResponse(input: NewResponse): Promise<Response>;
  getResponse(id: string): Promise<Response | undefined>;
  listResponses(cycleId: string): Promise<Response[]>;
  countResponsesByCycle(): Promise<Map<string, number>>;
  rememberPage(responseId: string, page: string): Promise<void>;
  submitResponse(responseId: string, submitted: boolean): Promise<void>;
  deleteResponse(responseId: string): Promise<void>;
  getAnswerRecords(responseId: string): Promise<AnswerRecord[]>;
  getAnswers(responseId: string): Promise<Answers>;
  /** One answer (value, "not applicable"/"don't know" and note together), or `null` to clear it. */
  saveAnswer(responseId: string, questionId: string, answer: Answer | null): Promise<void>;
  /** Moving a response to a newer questionnaire version, or staying: loaded on demand. */
  loadCarrying(): Promise<Carrying>;

  // The cycle roadmap: leadership's decisions, the organization's own actions, carrying actions to a
  // new cycle. Loaded on demand.
  loadRoadmapActions(): Promise<RoadmapActions>;

  // Anonymous client skills check records and client mode's settings: loaded on demand.
  loadClientChecks(): Promise<ClientChecks>;

  // Device settings, copies of questionnaire definitions, typed drafts (localStorage).
  getSetting<K extends SettingKey>(key: K): Promise<SettingValue<K> | undefined>;
  setSetting<K extends SettingKey>(key: K, value: SettingValue<K>): Promise<void>;
  getDefinitionCopy(id: string, version: string): Promise<unknown>;
  keepDefinitionCopy(id: string, version: string, definition: unknown): Promise<void>;
  keepDraft(key: string, text: string): void;
  readDraft(key: string): string | null;
  dropDraft(key: string): void;
  dropAllDrafts(): void;

  /** Everything on the device, counted or deleted: loaded on demand. */
  loadDeviceData(): Promise<DeviceData>;
}
