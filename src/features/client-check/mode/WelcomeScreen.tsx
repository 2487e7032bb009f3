// What the check is, that the answers are not saved, and "Start", in the client's language.
import type { PreparedClientCheck } from '../../../engine/client-check/parse';
import type { ClientLanguage } from '../../../engine/client-check/schema';
import { inLanguage } from '../client-text';
import { ReadAloudButton } from '../ReadAloudButton';
import { useReadAloud } from '../use-voice';
import { TranslationNotice } from './TranslationNotice';
import { useFocusOnShow } from './use-focus-on-show';

interface Props {
  questionnaire: PreparedClientCheck;
  language: ClientLanguage;
  onStart: () => void;
  onBack: () => void;
}

export function WelcomeScreen({ questionnaire, language, onStart, onBack }: Props) {
  const { definition } = questionnaire;
  const say = (key: keyof typeof definition.clientInterface) =>
    inLanguage(definition.clientInterface[key], language);
  const title = inLanguage(definition.title, language);
  const description = inLanguage(definition.description, language);
  const readAloud = useReadAloud(language);
  const heading = useFocusOnShow<HTMLHeadingElement>(`welcome-${language}`);
  return (
    <section className="client-screen stack" aria-labelledby="check-title">
      <h1 id="check-title" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p className="client-lead">{description}</p>
      <p className="client-privacy">{say('privacy')}</p>
      <ReadAloudButton
        readAloud={readAloud}
        text={`${title}. ${description} ${say('privacy')}`}
        listen={say('listen')}
        stop={say('stopListening')}
      />
      <div className="client-actions">
        <button type="button" className="primary big-action" onClick={onStart}>
          {say('start')}
        </button>
        <button type="button" onClick={onBack}>
          {say('back')}
        </button>
      </div>
      <TranslationNotice questionnaire={questionnaire} language={language} />
    </section>
  );
}
