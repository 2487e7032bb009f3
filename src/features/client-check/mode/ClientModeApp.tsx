// Client mode: a focused screen for a client answering the skills check on the agency's device. No
// navigation and no agency data: the language choice, the questions one by one, the result, then back
// to the start for the next client. The only way out is the staff PIN (LeaveClientMode).
import '../client-check.css';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreparedClientCheck } from '../../../engine/client-check/parse';
import { levelsByArea, type ClientResult } from '../../../engine/client-check/result';
import type { ClientLanguage } from '../../../engine/client-check/schema';
import { recordClientCheck } from '../../../state/commands/client-checks';
import { useClientCheck } from '../../../state/queries/client-checks';
import type { ClientModeSession } from '../../../state/client-mode-session';
import { inLanguage, languageTags } from '../client-text';
import { useCheckRunner } from '../use-check-runner';
import { ClientResultScreen } from './ClientResultScreen';
import { LanguageScreen } from './LanguageScreen';
import { LeaveClientMode } from './LeaveClientMode';
import { QuestionScreen } from './QuestionScreen';
import { useIdleReset } from './use-idle-reset';
import { WelcomeScreen } from './WelcomeScreen';

type Step =
  | { name: 'language' }
  | { name: 'welcome'; language: ClientLanguage }
  | { name: 'questions'; language: ClientLanguage }
  | { name: 'result'; language: ClientLanguage; result: ClientResult; recorded: boolean };

interface Props {
  session: ClientModeSession;
  /** Reloads the page after leaving client mode (tests pass their own). */
  reload?: () => void;
  print?: () => void;
}

export function ClientModeApp({ session, reload, print }: Props) {
  const { t, i18n } = useTranslation(['client-check', 'common']);
  const check = useClientCheck();
  const [step, setStep] = useState<Step>({ name: 'language' });
  const staffTag = i18n.language === 'fr' ? 'fr-CA' : 'en-CA';
  const restart = useCallback(() => {
    setStep({ name: 'language' });
  }, []);
  useIdleReset(step.name !== 'language', restart);

  const language = step.name === 'language' ? null : step.language;
  const questionnaire = check.status === 'ready' ? check.value : null;
  useEffect(() => {
    document.documentElement.lang = language === null ? staffTag : languageTags[language];
    if (questionnaire)
      document.title = inLanguage(
        questionnaire.definition.title,
        language ?? (i18n.language === 'fr' ? 'fr' : 'en'),
      );
  }, [language, staffTag, questionnaire, i18n.language]);

  let screen;
  if (check.status === 'loading') screen = <p role="status">{t('common:loading')}</p>;
  else if (check.status === 'error') screen = <p role="alert">{t('mode.unavailable')}</p>;
  else if (step.name === 'language')
    screen = (
      <LanguageScreen
        questionnaire={check.value}
        onChoose={(chosen) => setStep({ name: 'welcome', language: chosen })}
      />
    );
  else if (step.name === 'welcome')
    screen = (
      <WelcomeScreen
        questionnaire={check.value}
        language={step.language}
        onStart={() => setStep({ name: 'questions', language: step.language })}
        onBack={restart}
      />
    );
  else if (step.name === 'questions')
    screen = (
      <Questions
        questionnaire={check.value}
        language={step.language}
        session={session}
        onBack={() => setStep({ name: 'welcome', language: step.language })}
        onResult={(result, recorded) =>
          setStep({ name: 'result', language: step.language, result, recorded })
        }
      />
    );
  else
    screen = (
      <ClientResultScreen
        questionnaire={check.value}
        language={step.language}
        result={step.result}
        recorded={step.recorded}
        onFinish={restart}
        {...(print ? { print } : {})}
      />
    );

  const dir =
    language === null ? 'ltr' : (questionnaire?.definition.translations[language]?.dir ?? 'ltr');
  return (
    <div
      className="client-mode"
      lang={language === null ? staffTag : languageTags[language]}
      dir={dir}
    >
      <main id="main" tabIndex={-1} className="client-mode-main">
        {screen}
      </main>
      <footer className="client-mode-staff no-print" lang={staffTag} dir="ltr">
        <LeaveClientMode {...(reload ? { reload } : {})} />
      </footer>
    </div>
  );
}

/** The questions of one check; unmounted when the check ends, so its answers go with it. */
function Questions({
  questionnaire,
  language,
  session,
  onBack,
  onResult,
}: {
  questionnaire: PreparedClientCheck;
  language: ClientLanguage;
  session: ClientModeSession;
  onBack: () => void;
  onResult: (result: ClientResult, recorded: boolean) => void;
}) {
  const finish = useCallback(
    (result: ClientResult) => {
      void recordClientCheck({
        cycleId: session.cycleId,
        questionnaireId: questionnaire.definition.id,
        version: questionnaire.definition.version,
        language,
        mode: 'client-mode',
        ...(session.program === undefined ? {} : { program: session.program }),
        levels: levelsByArea(result),
      }).then((recorded) => {
        onResult(result, recorded);
      });
    },
    [language, onResult, questionnaire, session],
  );
  const runner = useCheckRunner(questionnaire, finish);
  return (
    <QuestionScreen
      questionnaire={questionnaire}
      language={language}
      runner={runner}
      onBackFromFirst={onBack}
    />
  );
}
