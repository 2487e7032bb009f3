// Where each on-demand namespace's English texts are, as one small chunk fetched the first time a
// screen needs a namespace beyond the first screens': the list of file addresses stays off the first load.
type LocaleFile = Record<string, unknown>;

export const loaders = import.meta.glob<LocaleFile>(
  ['/locales/en/*.json', '!/locales/en/{common,home,questionnaire}.json'],
  { import: 'default' },
);
