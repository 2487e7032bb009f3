// Where the person is, remembered quietly so that reopening the app returns there: the last screen
// (its #/… address) and the page of each response.
import { rememberPage as storePage, setSetting } from '../../storage';
import { saveQuietly } from '../save';

export async function rememberLastPlace(hash: string): Promise<void> {
  await setSetting('lastPlace', hash);
}

/** Remembers the page a respondent is on, so reopening the response resumes there. */
export function rememberPage(responseId: string, page: string): void {
  saveQuietly(() => storePage(responseId, page));
}
