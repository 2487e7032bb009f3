// A write aimed at a record that is no longer stored: deleted in another tab, or gone with a restore.
// Writing anyway would leave an answer or a note with nothing to belong to, and report it saved.
export class RecordMissingError extends Error {
  override name = 'RecordMissingError';

  constructor(readonly record: 'response' | 'cycle' | 'action') {
    super(`the ${record} is no longer stored`);
  }
}
