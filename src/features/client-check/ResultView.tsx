// A client's result in one language: the level in each area, what they can already do, and what to
// learn next with the kinds of help that fit. The client sees the first few things to learn; the
// worker (`audience="staff"`) sees all of them, with what each kind of help means.
import type { PreparedClientCheck } from '../../engine/client-check/parse';
import type { ClientResult, ResultLine } from '../../engine/client-check/result';
import type { ClientLanguage } from '../../engine/client-check/schema';
import { localize } from '../../lib/typography';
import { inLanguage } from './client-text';

interface Props {
  questionnaire: PreparedClientCheck;
  result: ClientResult;
  language: ClientLanguage;
  audience: 'client' | 'staff';
}

export function ResultView({ questionnaire, result, language, audience }: Props) {
  const { definition, dimensionById, recommendationById } = questionnaire;
  const words = definition.clientInterface;
  const say = (key: keyof typeof words) => inLanguage(words[key], language);
  const level = (id: string | null) => definition.levels.find((candidate) => candidate.id === id);
  const kinds = new Map(definition.helpKinds.map((kind) => [kind.id, kind]));
  const learnNext = audience === 'client' ? result.forClient : result.learnNext;
  const staffLanguage = language === 'fr' ? 'fr' : 'en';

  const lineText = (line: ResultLine) => {
    const content = recommendationById.get(line.lineId);
    return content === undefined
      ? null
      : { title: inLanguage(content.title, language), body: inLanguage(content.body, language) };
  };

  return (
    <div className="check-result stack">
      <section className="stack-small" aria-labelledby="levels-heading">
        <h2 id="levels-heading">{say('levelsHeading')}</h2>
        <ul className="area-levels">
          {result.areas.map((area) => {
            const dimension = dimensionById.get(area.areaId);
            const reached = level(area.level);
            return (
              <li key={area.areaId} className="area-level">
                <h3>{dimension && inLanguage(dimension.title, language)}</h3>
                {reached ? (
                  <>
                    <p className={`level-name level-${reached.id}`}>
                      <strong>{inLanguage(reached.label, language)}</strong>
                    </p>
                    <p>{inLanguage(reached.description, language)}</p>
                  </>
                ) : (
                  <p className="level-name">
                    <strong>{say('notEnoughAnswers')}</strong>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      <section className="stack-small" aria-labelledby="can-do-heading">
        <h2 id="can-do-heading">{say('canDoHeading')}</h2>
        {result.canDo.length === 0 ? (
          <p>{say('canDoNone')}</p>
        ) : (
          <ul className="result-lines">
            {result.canDo.map((line) => {
              const text = lineText(line);
              return (
                text && (
                  <li key={line.lineId}>
                    <strong>{text.title}</strong> {text.body}
                  </li>
                )
              );
            })}
          </ul>
        )}
      </section>

      <section className="stack-small" aria-labelledby="learn-next-heading">
        <h2 id="learn-next-heading">{say('learnNextHeading')}</h2>
        {learnNext.length === 0 ? (
          <p>{say('learnNextNone')}</p>
        ) : (
          <ol className="result-lines learn-next">
            {learnNext.map((line) => {
              const text = lineText(line);
              if (text === null) return null;
              return (
                <li key={line.lineId} className="stack-small">
                  <h3>{text.title}</h3>
                  <p>{text.body}</p>
                  <p className="help-kinds">
                    <strong>{say('helpKindsLabel')}</strong>{' '}
                    {line.helpKinds
                      .map((id) => kinds.get(id))
                      .map((kind) => kind && inLanguage(kind.label, language))
                      .filter((label) => label !== undefined)
                      .join(' · ')}
                  </p>
                </li>
              );
            })}
          </ol>
        )}
        {audience === 'client' && learnNext.length > 0 && <p>{say('askYourWorker')}</p>}
      </section>

      {audience === 'staff' && result.helpKinds.length > 0 && (
        <section className="stack-small" aria-labelledby="help-kinds-heading">
          <h2 id="help-kinds-heading">{say('helpKindsLabel')}</h2>
          <dl className="help-kind-list">
            {result.helpKinds.map((id) => {
              const kind = kinds.get(id);
              return (
                kind && (
                  <div key={id}>
                    <dt>{inLanguage(kind.label, language)}</dt>
                    <dd>{localize(kind.staffDescription, staffLanguage)}</dd>
                  </div>
                )
              );
            })}
          </dl>
        </section>
      )}
    </div>
  );
}
