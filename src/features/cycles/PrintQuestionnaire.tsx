// A questionnaire's blank printable copy, in English or French: every question with its options as
// boxes to tick and lines for written answers, for a board meeting or a colleague without a computer.
// The answers are entered in Boussole afterwards. Prints through the browser (window.print).
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link';
import { Loading } from '../../components/NotFound';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import type { Question } from '../../engine/schema';
import { localize, type Language } from '../../lib/typography';
import { navigate } from '../../routing/route-store';
import { useQuestionnaires } from '../../state/queries/questionnaire-sets';
import { useTextsIn, type SheetT } from './use-texts-in';
import './print.css';

interface Props {
  questionnaireId: string;
  version: string;
  language: Language;
}

export default function PrintQuestionnaire({ questionnaireId, version, language }: Props) {
  const { t } = useTranslation(['cycles', 'common']);
  const loaded = useQuestionnaires([{ id: questionnaireId, version }]);
  const sheetT = useTextsIn(language);
  if (loaded.status === 'loading' || sheetT === undefined) return <Loading />;
  const questionnaire = loaded.status === 'ready' ? loaded.value[0] : undefined;
  if (questionnaire === undefined) return <p role="alert">{t('print.unavailable')}</p>;

  return (
    <section className="stack print-view">
      <div className="print-controls stack-small">
        <p>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              window.history.back();
            }}
          >
            {t('print.back')}
          </button>
        </p>
        <p>{t('print.intro')}</p>
        <div className="field">
          <label htmlFor="print-language">{t('print.language')}</label>
          <select
            id="print-language"
            value={language}
            onChange={(event) => {
              navigate({
                name: 'print',
                questionnaireId,
                version,
                language: event.target.value === 'fr' ? 'fr' : 'en',
              });
            }}
          >
            <option value="en">{t('invite.languageName.en')}</option>
            <option value="fr">{t('invite.languageName.fr')}</option>
          </select>
        </div>
        <p>
          <button
            type="button"
            className="primary"
            onClick={() => {
              window.print();
            }}
          >
            {t('print.print')}
          </button>
        </p>
      </div>
      <BlankSheet questionnaire={questionnaire} language={language} t={sheetT} />
      <p className="print-controls">
        <Link to={{ name: 'home' }}>{t('common:goHome')}</Link>
      </p>
    </section>
  );
}

function BlankSheet({
  questionnaire,
  language,
  t,
}: {
  questionnaire: PreparedQuestionnaire;
  language: Language;
  t: SheetT;
}) {
  const { definition } = questionnaire;
  // Numbered through the whole sheet, in the order the sections show them.
  const numbers = new Map(
    definition.dimensions
      .flatMap((dimension) => definition.questions.filter((q) => q.dimension === dimension.id))
      .map((question, index) => [question.id, index + 1]),
  );
  return (
    <article className="print-sheet" lang={language} aria-labelledby="print-title">
      <h1 id="print-title">{localize(definition.title, language)}</h1>
      <p className="muted">{t('cycles:print.version', { version: definition.version })}</p>
      <p>{localize(definition.description, language)}</p>
      <p className="print-line">{t('cycles:print.respondent')}</p>
      <p className="print-line">{t('cycles:print.date')}</p>
      <p>{t('cycles:print.instructions')}</p>
      {definition.dimensions.map((dimension) => (
        <section key={dimension.id} aria-labelledby={`print-${dimension.id}`}>
          <h2 id={`print-${dimension.id}`}>{localize(dimension.title, language)}</h2>
          <ol className="print-questions">
            {definition.questions
              .filter((question) => question.dimension === dimension.id)
              .map((question) => {
                return (
                  <li key={question.id} value={numbers.get(question.id)} className="print-question">
                    <p className="print-prompt">{localize(question.prompt, language)}</p>
                    {question.help !== undefined && (
                      <p className="muted">{localize(question.help, language)}</p>
                    )}
                    {question.showIf !== undefined && (
                      <p className="muted">{t('cycles:print.conditional')}</p>
                    )}
                    <AnswerSpace question={question} language={language} t={t} />
                  </li>
                );
              })}
          </ol>
        </section>
      ))}
    </article>
  );
}

function AnswerSpace({
  question,
  language,
  t,
}: {
  question: Question;
  language: Language;
  t: SheetT;
}) {
  const boxes = (labels: readonly string[]) => (
    <ul className="print-boxes">
      {labels.map((label, index) => (
        <li key={`${String(index)}-${label}`}>
          <span aria-hidden="true">☐ </span>
          {label}
        </li>
      ))}
    </ul>
  );
  const specials = [
    ...(question.allowDontKnow ? [t('common:answer.dontKnow')] : []),
    ...(question.allowNotApplicable ? [t('common:answer.notApplicable')] : []),
  ];
  switch (question.kind) {
    case 'scale':
      return boxes([...question.anchors.map((anchor) => localize(anchor, language)), ...specials]);
    case 'yes-partly-no':
      return boxes([
        t('common:answer.yes'),
        t('common:answer.partly'),
        t('common:answer.no'),
        ...specials,
      ]);
    case 'single-choice':
      return boxes([...question.options.map((o) => localize(o.label, language)), ...specials]);
    case 'checklist':
      return (
        <>
          <p className="muted">{t('cycles:print.several')}</p>
          {boxes([
            ...question.options.map((o) => localize(o.label, language)),
            t('common:answer.none'),
            ...specials,
          ])}
        </>
      );
    case 'number':
      return (
        <>
          <p className="print-line">
            {t('cycles:print.number')}
            {question.unit !== undefined && <> ({localize(question.unit, language)})</>}
          </p>
          {specials.length > 0 && boxes(specials)}
        </>
      );
    case 'text':
      return (
        <>
          <p>{t('cycles:print.text')}</p>
          <div className="print-lines" aria-hidden="true">
            <span />
            <span />
            <span />
          </div>
        </>
      );
  }
}
