// How far a long transfer (a backup read or restored, response files imported) has gone, as the
// worker reports it and the progress bar shows it.
export type Stage = 'reading' | 'checking' | 'comparing' | 'writing';

export interface Progress {
  stage: Stage;
  /** Records done of `total`; a total of 0 means the step cannot say how far it is. */
  done: number;
  total: number;
}
