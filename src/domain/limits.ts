// How long the texts people type may be, declared once: the stored records' schemas, the forms that
// check them before saving and the inputs' own limits all read these.
import { MAX_NOTE_LENGTH, MAX_TEXT_ANSWER_LENGTH } from '../engine/answer';

/** A name a person types: organization, cycle, respondent. */
export const MAX_NAME_LENGTH = 200;
/** A short text a person types: who owns a roadmap item. */
export const MAX_SHORT_TEXT_LENGTH = 200;
/** A note on an answer or on a roadmap item (the answer's limit is the engine's, which scores it). */
export { MAX_NOTE_LENGTH, MAX_TEXT_ANSWER_LENGTH };
/** An id the app makes (a record's, a question's). */
export const MAX_ID_LENGTH = 100;
/** A program name an agency types for its client skills checks. */
export const MAX_PROGRAM_NAME = 80;
