// "Read the questions to a client", for phone and video: the worker sees the script, each question in
// the worker's language with a note, and records the client's answers. The answers are kept in memory
// only, as in client mode; what is kept is the same anonymous record. Loaded on demand.
import '../client-check.css';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/Link';
import { Loading, NotFound } from '../../../components/NotFound';
import type { PreparedClientCheck } from '../../../engine/client-check/parse';
import { levelsByArea, type ClientResult } from '../../../engine/client-check/result';
import type { ClientLanguage } from '../../../engine/client-check/schema';
import { localize, type Language } from '../../../lib/typography';
import { recordClientCheck } from '../../../state/commands/client-checks';
import { useClientCheck, usePrograms } from '../../../state/queries/client-checks';
import { useCycle } from '../../../state/queries/cycles';
import type { Cycle } from '../../../domain/cycle';
import { languageTags } from '../client-text';
import { ResultView } from '../ResultView';
import { useCheckRunner } from '../use-check-runner';
import { ReadAloudQuestion } from './ReadAloudQuestion';

type Step =
  | { name: 'setup' }
  | { name: 'questions'; language: ClientLanguage; program: string; run: number }
  | { name: 'result'; result: ClientResult; recorded: boolean };

export default function ReadAloudScreen({ cycleId }: { cycleId: string }) {
  const { t, i18n } = useTranslation(['client-check', 'common']);
  const cycle = useCycle(cycleId);
  const check = useClientCheck();
  const [step, setStep] = useState<Step>({ name: 'setup' });
  const [runs, setRuns] = useState(0);
  const staff: Language = i18n.language === 'fr' ? 'fr' : 'en';

  if (cycle === undefined || check.status === 'loading') return <Loading />;
  if (cycle === null) return <NotFound />;
  if (check.status === 'error') return <p role="alert">{t('mode.unavailable')}</p>;
  const questionnaire = check.value;
  const { readAloud } = questionnaire.definition.staff;

  return (
    <section className="stack read-aloud-screen">
      <p className="muted no-print">
        <Link to={{ name: 'cycle', cycleId: cycle.id }}>
          {t('remote.backToCycle', { cycle: cycle.name })}
        </Link>
      </p>
      <h1>{t('remote.title')}</h1>
      {step.name === 'setup' && (
        <Setup
          questionnaire={questionnaire}
          staff={staff}
          onStart={(language, program) => {
            setRuns(runs + 1);
            setStep({ name: 'questions', language, program, run: runs + 1 });
          }}
        />
      )}
      {step.name === 'questions' && (
        <Questions
          key={step.run}
          questionnaire={questionnaire}
          cycle={cycle}
          staff={staff}
          language={step.language}
          program={step.program}
          onCancel={() => setStep({ name: 'setup' })}
          onResult={(result, recorded) => setStep({ name: 'result', result, recorded })}
        />
      )}
      {step.name === 'result' && (
        <section className="stack" aria-labelledby="remote-result">
          <div className="card stack-small no-print">
            <h2>{t('remote.closing')}</h2>
            <p className="script">{localize(readAloud.closing, staff)}</p>
          </div>
          <p role="status" className={step.recorded ? 'muted' : 'field-error'}>
            {step.recorded ? t('remote.recorded') : t('remote.notRecorded')}
          </p>
          <h2 id="remote-result">{t('remote.resultTitle')}</h2>
          <details className="no-print">
            <summary>{t('remote.readingTheResult')}</summary>
            <p>{localize(readAloud.readingTheResult, staff)}</p>
            <p>{localize(questionnaire.definition.staff.resultGuidance, staff)}</p>
          </details>
          <ResultView
            questionnaire={questionnaire}
            result={step.result}
            language={staff}
            audience="staff"
          />
          <p className="inline-form no-print">
            <button type="button" onClick={() => window.print()}>
              {t('remote.print')}
            </button>
            <button type="button" className="primary" onClick={() => setStep({ name: 'setup' })}>
              {t('remote.another')}
            </button>
          </p>
        </section>
      )}
    </section>
  );
}

function Setup({
  questionnaire,
  staff,
  onStart,
}: {
  questionnaire: PreparedClientCheck;
  staff: Language;
  onStart: (language: ClientLanguage, program: string) => void;
}) {
  const { t } = useTranslation('client-check');
  const id = useId();
  const programs = usePrograms();
  const [language, setLanguage] = useState<ClientLanguage>(staff);
  const [program, setProgram] = useState('');
  const { definition } = questionnaire;
  const { readAloud } = definition.staff;
  return (
    <div className="stack">
      <p>{localize(readAloud.beforeYouStart, staff)}</p>
      <p className="privacy-note">{t('privacy')}</p>
      <section className="card stack-small" aria-labelledby={`${id}-setup`}>
        <h2 id={`${id}-setup`}>{t('remote.setupTitle')}</h2>
        <div className="field">
          <label htmlFor={`${id}-language`}>{t('remote.language')}</label>
          <select
            id={`${id}-language`}
            value={language}
            aria-describedby={`${id}-language-hint`}
            onChange={(event) => {
              const chosen = definition.languages.find((l) => l === event.target.value);
              if (chosen) setLanguage(chosen);
            }}
          >
            {definition.languages.map((option) => (
              <option key={option} value={option} lang={languageTags[option]}>
                {definition.translations[option]?.name ?? option}
              </option>
            ))}
          </select>
          <p id={`${id}-language-hint`} className="hint">
            {t('remote.languageHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-program`}>{t('program')}</label>
          <select id={`${id}-program`} value={program} onChange={(e) => setProgram(e.target.value)}>
            <option value="">{t('noProgram')}</option>
            {(programs ?? []).map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </section>
      <section className="stack-small" aria-labelledby={`${id}-tips`}>
        <h2 id={`${id}-tips`}>{t('remote.tipsTitle')}</h2>
        <ul>
          {readAloud.tips.map((tip) => (
            <li key={tip.en}>{localize(tip, staff)}</li>
          ))}
        </ul>
      </section>
      <section className="card stack-small" aria-labelledby={`${id}-opening`}>
        <h2 id={`${id}-opening`}>{t('remote.readFirst')}</h2>
        <p className="script">{localize(readAloud.opening, staff)}</p>
      </section>
      <p>
        <button type="button" className="primary" onClick={() => onStart(language, program)}>
          {t('remote.start')}
        </button>
      </p>
    </div>
  );
}

function Questions({
  questionnaire,
  cycle,
  staff,
  language,
  program,
  onCancel,
  onResult,
}: {
  questionnaire: PreparedClientCheck;
  cycle: Cycle;
  staff: Language;
  language: ClientLanguage;
  program: string;
  onCancel: () => void;
  onResult: (result: ClientResult, recorded: boolean) => void;
}) {
  const finish = useCallback(
    (result: ClientResult) => {
      void recordClientCheck({
        cycleId: cycle.id,
        questionnaireId: questionnaire.definition.id,
        version: questionnaire.definition.version,
        language,
        mode: 'read-aloud',
        ...(program === '' ? {} : { program }),
        levels: levelsByArea(result),
      }).then((recorded) => {
        onResult(result, recorded);
      });
    },
    [cycle.id, language, onResult, program, questionnaire],
  );
  const runner = useCheckRunner(questionnaire, finish);
  return (
    <ReadAloudQuestion
      questionnaire={questionnaire}
      staff={staff}
      runner={runner}
      onBackFromFirst={onCancel}
    />
  );
}
