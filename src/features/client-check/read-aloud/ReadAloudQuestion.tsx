// One question of the read-aloud view: what to read, what to ask, the note for the worker, and the
// client's answer as the worker records it (or "skip", which leaves it out of the result).
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreparedClientCheck } from '../../../engine/client-check/parse';
import { localize, type Language } from '../../../lib/typography';
import { SafeSvg } from '../SafeSvg';
import type { CheckRunner } from '../use-check-runner';

interface Props {
  questionnaire: PreparedClientCheck;
  staff: Language;
  runner: CheckRunner;
  onBackFromFirst: () => void;
}

export function ReadAloudQuestion({ questionnaire, staff, runner, onBackFromFirst }: Props) {
  const { t } = useTranslation('client-check');
  const heading = useRef<HTMLHeadingElement>(null);
  const { question } = runner;
  useEffect(() => {
    heading.current?.focus();
  }, [question?.id]);
  if (question === null) return null;

  const { readAloud } = questionnaire.definition.staff;
  const area = questionnaire.dimensionById.get(question.dimension);
  const prompt = question.scored === false ? readAloud.accessPrompt : readAloud.answerPrompt;
  const chosen = runner.answers[question.id]?.value;

  return (
    <section className="stack read-aloud-question" aria-labelledby="read-aloud-prompt">
      <p className="check-progress">
        {t('remote.questionProgress', { number: runner.number, total: runner.total })}
        {area && <> · {localize(area.title, staff)}</>}
      </p>
      <div className="read-aloud-layout">
        {question.picture && (
          <SafeSvg
            svg={question.picture.svg}
            label={localize(question.picture.alt, staff)}
            className="question-picture small"
          />
        )}
        <div className="stack-small">
          <p className="script-label">{t('remote.readToClient')}</p>
          <h2 id="read-aloud-prompt" ref={heading} tabIndex={-1} className="script">
            {localize(question.prompt, staff)}
          </h2>
          {question.help && <p className="script">{localize(question.help, staff)}</p>}
          {prompt && (
            <>
              <p className="script-label">{t('remote.thenAsk')}</p>
              <p className="script">{localize(prompt, staff)}</p>
            </>
          )}
        </div>
      </div>
      {question.staffNote && (
        <p className="notice">
          <strong>{t('remote.noteForYou')}</strong> {localize(question.staffNote, staff)}
        </p>
      )}
      <div role="group" aria-labelledby="read-aloud-prompt" className="answer-choices">
        {question.options.map((option) => (
          <button
            key={option.id}
            type="button"
            className="big-choice"
            aria-pressed={chosen === option.id}
            onClick={() => runner.answer(option.id)}
          >
            {localize(option.label, staff)}
          </button>
        ))}
      </div>
      <p className="inline-form">
        <button type="button" onClick={() => runner.skip()}>
          {t('remote.skip')}
        </button>
        <button
          type="button"
          onClick={() => {
            if (!runner.back()) onBackFromFirst();
          }}
        >
          {t('remote.back')}
        </button>
      </p>
    </section>
  );
}
