// The first screens' texts in English, as one file fetched before the first render in that language.
import common from '../../../locales/en/common.json';
import home from '../../../locales/en/home.json';
import questionnaire from '../../../locales/en/questionnaire.json';

export const coreTexts = { common, home, questionnaire };
