// The first screens' texts in French, as one file fetched before the first render in that language.
import common from '../../../locales/fr/common.json';
import home from '../../../locales/fr/home.json';
import questionnaire from '../../../locales/fr/questionnaire.json';

export const coreTexts = { common, home, questionnaire };
