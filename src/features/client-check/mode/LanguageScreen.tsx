// The client's first screen: each language by its own name, in its own script and direction.
import type { PreparedClientCheck } from '../../../engine/client-check/parse';
import type { ClientLanguage } from '../../../engine/client-check/schema';
import { inLanguage, languageTags } from '../client-text';
import { useFocusOnShow } from './use-focus-on-show';

interface Props {
  questionnaire: PreparedClientCheck;
  onChoose: (language: ClientLanguage) => void;
}

export function LanguageScreen({ questionnaire, onChoose }: Props) {
  const { languages, translations, clientInterface } = questionnaire.definition;
  const heading = useFocusOnShow<HTMLHeadingElement>('language');
  return (
    <section className="client-screen stack" aria-labelledby="choose-language">
      <h1 id="choose-language" ref={heading} tabIndex={-1} className="choose-language">
        {languages.map((language) => (
          <span key={language} lang={languageTags[language]} dir={translations[language]?.dir}>
            {inLanguage(clientInterface.chooseLanguage, language)}
          </span>
        ))}
      </h1>
      <ul className="language-choices">
        {languages.map((language) => (
          <li key={language}>
            <button
              type="button"
              className="big-choice"
              lang={languageTags[language]}
              dir={translations[language]?.dir}
              onClick={() => {
                onChoose(language);
              }}
            >
              {translations[language]?.name ?? language}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
