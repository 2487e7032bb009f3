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
export { editRoadmapItem, listRoadmapEdits } from './roadmap-edits';
export { getSetting, setSetting } from './settings';
export { getDefinitionCopy, keepDefinitionCopy } from './definition-copies';
export { dropAllDrafts, dropDraft, keepDraft, readDraft } from './typed-drafts';
export type { CarryOutcome, CarryRefusal } from './carry-response';
export type { DeviceRecords } from './demo-storage';
export type { StoredCounts } from './device-data';
export type { CarriedAction } from './carry-actions';
export type {
  ActionDecisions,
  Carrying,
  CarryingActions,
  ClientChecks,
  DeviceData,
  LiveRead,
  OwnActions,
  Repository,
} from './repository';

/** Carrying a response to a newer questionnaire version, or staying on its own. */
export const loadCarrying = () => import('./carry-response');
/** Counting and deleting everything on the device: the data and settings screen only. */
export const loadDeviceData = () => import('./device-data');
/** The read-only demo's in-memory database: only for browsers that cannot keep data. */
export const loadDemoStorage = () => import('./demo-storage');
/** The organization's own actions: the roadmap, the comparison and the exports. */
export const loadOwnActions = () => import('./own-actions');
/** Leadership's decisions on the cycle roadmap's proposed actions. */
export const loadActionDecisions = () => import('./action-decisions');
/** Starting a cycle with the unfinished actions of an earlier one, and what became of them. */
export const loadCarryingActions = () => import('./carry-actions');
/** Anonymous client check records, the staff PIN's hash and the agency's programs. */
export const loadClientChecks = () => import('./client-checks');
