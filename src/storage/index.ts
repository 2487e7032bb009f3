// The storage's public entry: the Dexie implementation of the repository (repository.ts). src/state
// imports this file and nothing else from src/storage (ESLint checks it); dexie-repository.ts checks
// that it implements the whole repository. What a first screen never needs is behind a `load…`
// function: a module this file re-exported would be part of the first load.
export { live } from './live';
export { onDatabaseEvent, type DatabaseEvent, type StorageLoss } from './database';
export { openStorage, type StorageState } from './open-storage';
export { RecordMissingError } from './record-missing';
export { getProfile, saveProfile } from './profile';
export { closeCycle, createCycle, getCycle, listCycles, setTarget } from './cycles';
export {
  countResponsesByCycle,
  createResponse,
  deleteResponse,
  getAnswerRecords,
  getAnswers,
  getResponse,
  listResponses,
  rememberPage,
  saveAnswer,
  submitResponse,
} from './responses';
export { getSetting, setSetting } from './settings';
export { getDefinitionCopy, keepDefinitionCopy } from './definition-copies';
export { dropAllDrafts, dropDraft, keepDraft, readDraft } from './typed-drafts';
export type { CarryOutcome, CarryRefusal } from './carry-response';
export type { DeviceRecords } from './demo-storage';
export type { StoredCounts } from './device-data';
export type { CarriedAction } from './carry-actions';
export type {
  Carrying,
  ClientChecks,
  DeviceData,
  LiveRead,
  Repository,
  RoadmapActions,
} from './repository';

/** Carrying a response to a newer questionnaire version, or staying on its own. */
export const loadCarrying = () => import('./carry-response');
/** Counting and deleting everything on the device: the data and settings screen only. */
export const loadDeviceData = () => import('./device-data');
/** The read-only demo's in-memory database: only for browsers that cannot keep data. */
export const loadDemoStorage = () => import('./demo-storage');
/**
 * The cycle roadmap's records: leadership's decisions, the organization's own actions, and carrying
 * actions to a new cycle (the roadmap, the comparison, the exports, a new cycle).
 */
export const loadRoadmapActions = () => import('./roadmap-actions');
/** Anonymous client check records, the staff PIN's hash and the agency's programs. */
export const loadClientChecks = () => import('./client-checks');
