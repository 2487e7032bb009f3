// The client's result in their language, to read, hear or print; "Finish" clears it for the next client.
import { useTranslation } from 'react-i18next';
import type { PreparedClientCheck } from '../../../engine/client-check/parse';
import type { ClientResult } from '../../../engine/client-check/result';
import type { ClientLanguage } from '../../../engine/client-check/schema';
import { inLanguage } from '../client-text';
import { ResultView } from '../ResultView';
import { TranslationNotice } from './TranslationNotice';
import { useFocusOnShow } from './use-focus-on-show';

interface Props {
  questionnaire: PreparedClientCheck;
  language: ClientLanguage;
  result: ClientResult;
  /** Whether the anonymous record was kept; the staff are told when it was not. */
  recorded: boolean;
  onFinish: () => void;
  print?: () => void;
}

export function ClientResultScreen({
  questionnaire,
  language,
  result,
  recorded,
  onFinish,
  print = () => window.print(),
}: Props) {
  const { t, i18n } = useTranslation('client-check');
  const { definition } = questionnaire;
  const say = (key: keyof typeof definition.clientInterface) =>
    inLanguage(definition.clientInterface[key], language);
  const heading = useFocusOnShow<HTMLHeadingElement>('result');
  return (
    <section className="client-screen stack" aria-labelledby="result-title">
      <h1 id="result-title" ref={heading} tabIndex={-1}>
        {say('resultTitle')}
      </h1>
      <p className="print-only">{inLanguage(definition.title, language)}</p>
      <ResultView
        questionnaire={questionnaire}
        result={result}
        language={language}
        audience="client"
      />
      <p className="client-privacy">{say('privacy')}</p>
      <p className="no-print">{say('finishNote')}</p>
      <div className="client-actions no-print">
        <button type="button" onClick={print}>
          {say('print')}
        </button>
        <button type="button" className="primary big-action" onClick={onFinish}>
          {say('finish')}
        </button>
      </div>
      {!recorded && (
        <p
          className="staff-line no-print"
          lang={i18n.language === 'fr' ? 'fr-CA' : 'en-CA'}
          dir="ltr"
        >
          {t('mode.notRecorded')}
        </p>
      )}
      <TranslationNotice questionnaire={questionnaire} language={language} />
    </section>
  );
}
