// One question on its own screen: its picture, the question and its example, read-aloud where a voice
// exists, and the answers as large buttons; choosing one moves on.
import type { PreparedClientCheck } from '../../../engine/client-check/parse';
import type { ClientLanguage } from '../../../engine/client-check/schema';
import { fill, inLanguage } from '../client-text';
import { ReadAloudButton } from '../ReadAloudButton';
import { SafeSvg } from '../SafeSvg';
import type { CheckRunner } from '../use-check-runner';
import { useReadAloud } from '../use-voice';
import { TranslationNotice } from './TranslationNotice';
import { useFocusOnShow } from './use-focus-on-show';

interface Props {
  questionnaire: PreparedClientCheck;
  language: ClientLanguage;
  runner: CheckRunner;
  onBackFromFirst: () => void;
}

export function QuestionScreen({ questionnaire, language, runner, onBackFromFirst }: Props) {
  const { definition, dimensionById } = questionnaire;
  const say = (key: keyof typeof definition.clientInterface) =>
    inLanguage(definition.clientInterface[key], language);
  const readAloud = useReadAloud(language);
  const { question } = runner;
  const heading = useFocusOnShow<HTMLHeadingElement>(question?.id ?? 'done');
  if (question === null) return null;

  const prompt = inLanguage(question.prompt, language);
  const help = question.help && inLanguage(question.help, language);
  const labels = question.options.map((option) => inLanguage(option.label, language));
  const area = dimensionById.get(question.dimension);
  const chosen = runner.answers[question.id]?.value;

  return (
    <section className="client-screen question-screen stack" aria-labelledby="question-prompt">
      <p className="check-progress">
        {fill(say('questionProgress'), { number: runner.number, total: runner.total })}
        {area && <> · {inLanguage(area.title, language)}</>}
      </p>
      {question.picture && (
        <SafeSvg
          svg={question.picture.svg}
          label={inLanguage(question.picture.alt, language)}
          className="question-picture"
        />
      )}
      <h1 id="question-prompt" ref={heading} tabIndex={-1}>
        {prompt}
      </h1>
      {help && <p className="question-help">{help}</p>}
      <ReadAloudButton
        readAloud={readAloud}
        text={[prompt, help, ...labels].filter(Boolean).join('. ')}
        listen={say('listen')}
        stop={say('stopListening')}
      />
      <div role="group" aria-labelledby="question-prompt" className="answer-choices">
        {question.options.map((option, index) => (
          <button
            key={option.id}
            type="button"
            className="big-choice"
            aria-pressed={chosen === option.id}
            onClick={() => {
              readAloud.stop();
              runner.answer(option.id);
            }}
          >
            {labels[index]}
          </button>
        ))}
      </div>
      <div className="client-actions">
        <button
          type="button"
          onClick={() => {
            readAloud.stop();
            if (!runner.back()) onBackFromFirst();
          }}
        >
          {say('back')}
        </button>
      </div>
      <TranslationNotice questionnaire={questionnaire} language={language} />
    </section>
  );
}
