// The technical detail of an error, for a "Details" disclosure under a message in plain words: the
// browser's error text is in English and means little to most people, but helps whoever supports them.
export function technicalDetail(error: unknown): string {
  if (error instanceof Error) return error.message ? `${error.name}: ${error.message}` : error.name;
  return String(error);
}
