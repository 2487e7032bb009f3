// "Invite a colleague": a short message in English or French with the steps to answer one of the
// cycle's questionnaires and send the responses back as a file, copied to the clipboard or opened in
// the email program (`mailto:`). Nothing leaves the device through Boussole. Also links to the
// printable blank questionnaire.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import { currentLanguage } from '../../lib/i18n';
import { languages, localize, type Language } from '../../lib/typography';
import { buildInvitation, mailtoHref } from './invitation';
import { useTextsIn } from './use-texts-in';

interface Props {
  cycleLabel: string;
  questionnaires: readonly PreparedQuestionnaire[];
}

/** Where this copy of Boussole is served: the colleague opens the same address. */
const appAddress = () => window.location.href.split('#')[0] ?? '';

export function InviteColleague({ cycleLabel, questionnaires }: Props) {
  const { t, i18n } = useTranslation(['cycles', 'common']);
  const id = useId();
  const [open, setOpen] = useState(false);
  const [language, setLanguage] = useState<Language>(currentLanguage(i18n));
  const [questionnaireId, setQuestionnaireId] = useState(questionnaires[0]?.definition.id ?? '');
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'fallback'>('idle');
  const textArea = useRef<HTMLTextAreaElement>(null);
  const sheetT = useTextsIn(language);
  const chosen =
    questionnaires.find(({ definition }) => definition.id === questionnaireId) ?? questionnaires[0];

  const invitation =
    sheetT === undefined || chosen === undefined
      ? undefined
      : buildInvitation(sheetT, {
          questionnaire: localize(chosen.definition.title, language),
          cycle: cycleLabel,
          address: appAddress(),
        });

  const copy = async () => {
    if (invitation === undefined) return;
    const text = `${invitation.subject}\n\n${invitation.body}`;
    try {
      await navigator.clipboard.writeText(text);
      setCopyState('copied');
    } catch {
      // No clipboard (an older browser, an address without HTTPS, or permission refused): select the text to copy by hand.
      textArea.current?.focus();
      textArea.current?.select();
      setCopyState('fallback');
    }
  };

  return (
    <section className="card stack-small" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('invite.heading')}</h2>
      <p>{t('invite.intro')}</p>
      <p>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={`${id}-panel`}
          onClick={() => {
            setOpen(!open);
          }}
        >
          {open ? t('invite.close') : t('invite.open')}
        </button>
      </p>
      {open && (
        <div id={`${id}-panel`} className="stack-small">
          <div className="field">
            <label htmlFor={`${id}-questionnaire`}>{t('invite.questionnaire')}</label>
            <select
              id={`${id}-questionnaire`}
              value={chosen?.definition.id ?? ''}
              onChange={(event) => {
                setQuestionnaireId(event.target.value);
                setCopyState('idle');
              }}
            >
              {questionnaires.map(({ definition }) => (
                <option key={definition.id} value={definition.id}>
                  {localize(definition.title, currentLanguage(i18n))}
                </option>
              ))}
            </select>
          </div>
          <fieldset>
            <legend>{t('invite.language')}</legend>
            {languages.map((option) => (
              <label key={option} className="choice" lang={option}>
                <input
                  type="radio"
                  name={`${id}-language`}
                  value={option}
                  checked={language === option}
                  onChange={() => {
                    setLanguage(option);
                    setCopyState('idle');
                  }}
                />{' '}
                {t(`invite.languageName.${option}`)}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-text`}>{t('invite.text')}</label>
            <textarea
              id={`${id}-text`}
              ref={textArea}
              readOnly
              rows={14}
              lang={language}
              value={invitation === undefined ? '' : `${invitation.subject}\n\n${invitation.body}`}
            />
          </div>
          <p className="inline-actions">
            <button type="button" disabled={invitation === undefined} onClick={() => void copy()}>
              {t('invite.copy')}
            </button>{' '}
            {invitation !== undefined && (
              <a className="button" href={mailtoHref(invitation)}>
                {t('invite.email')}
              </a>
            )}
          </p>
          <p role="status">
            {copyState === 'copied' && t('invite.copied')}
            {copyState === 'fallback' && t('invite.copyFallback')}
          </p>
          {chosen !== undefined && (
            <div className="stack-small">
              <p>
                <Link
                  to={{
                    name: 'print',
                    questionnaireId: chosen.definition.id,
                    version: chosen.definition.version,
                    language,
                  }}
                >
                  {t('invite.print')}
                </Link>
              </p>
              <p className="hint">{t('invite.printHint')}</p>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
