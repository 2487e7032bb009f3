// Kept until the import/export screens (being reworked meanwhile) read from src/state/queries.
export type { ResponseWithAnswers } from './queries/cycle-data';
