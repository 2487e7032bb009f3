// "Contribute to a sector snapshot" from a closed cycle: the person chooses what to include, reads
// every field of the file exactly as it will be written, in their language, then saves it. Saving the
// same cycle again writes the next revision under the same id.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/Link';
import { Loading, NotFound } from '../../../components/NotFound';
import { cycleOutcomes, cycleVersionRefs } from '../../../state/queries/cycle-outcomes';
import { useCycleData } from '../../../state/queries/cycle-data';
import { useProfile } from '../../../state/queries/profile';
import {
  contributableOutcomes,
  contributionFile,
  cycleContribution,
  newContributionId,
  saveCycleContribution,
  useSharedCycle,
  type ContributionChoices as Choices,
} from '../../../state/sector/cycle-contribution';
import { useQuestionnaires } from '../../../state/queries/questionnaire-sets';
import { ContributionChoices } from './ContributionChoices';
import { PreviewTable } from './PreviewTable';
import { previewRows, type PreviewText } from './preview-rows';
import { currentLanguage } from '../../../lib/i18n';

export function ContributeScreen({ cycleId }: { cycleId: string }) {
  const { t, i18n } = useTranslation(['contribution', 'profile', 'benchmark', 'common']);
  const language = currentLanguage(i18n);
  const data = useCycleData(cycleId);
  const profile = useProfile();
  const shared = useSharedCycle(cycleId);
  const versions = useQuestionnaires(
    data ? cycleVersionRefs(data.cycle, data.responses) : undefined,
  );
  const [freshId] = useState(newContributionId);
  const [chosen, setChosen] = useState<Choices | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  if (data === undefined || profile === undefined || shared === undefined) return <Loading />;
  if (data === null) return <NotFound />;
  if (versions.status === 'loading') return <Loading />;
  if (versions.status === 'error') return <p role="alert">{versions.error.message}</p>;

  const { cycle } = data;
  const back = (
    <p className="muted">
      <Link to={{ name: 'cycle', cycleId: cycle.id }}>{t('back', { cycle: cycle.name })}</Link>
    </p>
  );
  const byKey = new Map(
    versions.value.map((q) => [`${q.definition.id}@${q.definition.version}`, q]),
  );
  const outcomes = contributableOutcomes(cycleOutcomes(cycle, data.responses, byKey));
  const header = (
    <>
      {back}
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p>{t('notIncluded')}</p>
    </>
  );
  if (cycle.closedAt === undefined || outcomes.length === 0)
    return (
      <section className="stack">
        {header}
        <p className="notice">{cycle.closedAt === undefined ? t('notClosed') : t('noResults')}</p>
      </section>
    );

  const choices: Choices = chosen ?? {
    province: true,
    communitySize: true,
    staffBand: true,
    questionnaires: new Set(outcomes.map((o) => o.questionnaire.definition.id)),
  };
  const id = shared?.contributionId ?? freshId;
  const revision = (shared?.revision ?? 0) + 1;
  const contribution = cycleContribution({ id, cycle, profile, outcomes, choices });
  const { file, text } = contributionFile(contribution, revision);
  const translate = t as unknown as PreviewText;
  const preview = previewRows(file, byKey, translate, language);
  const nothingChosen = contribution.questionnaires.length === 0;

  return (
    <section className="stack">
      {header}
      <ContributionChoices
        profile={profile}
        questionnaires={outcomes.map((o) => o.questionnaire)}
        choices={choices}
        onChange={(next) => {
          setChosen(next);
          setSaved(null);
        }}
      />
      {nothingChosen ? (
        <p className="notice">{t('chooseOne')}</p>
      ) : (
        <section className="stack-small" aria-labelledby="contribution-preview">
          <h2 id="contribution-preview">{t('previewTitle')}</h2>
          <PreviewTable caption={t('caption')} rows={preview.top} />
          {preview.questionnaires.map((q) => (
            <PreviewTable
              key={q.id}
              caption={t('questionnaireCaption', { title: q.title })}
              rows={q.rows}
            />
          ))}
          <PreviewTable caption={t('fields.checksum')} rows={[preview.checksum]} />
          <details className="table-details">
            <summary>{t('fileText')}</summary>
            <pre className="sector-file-text">{text}</pre>
          </details>
        </section>
      )}
      {shared !== null && (
        <p className="notice">{t('again', { revision: shared.revision, next: revision })}</p>
      )}
      <p>
        <button
          type="button"
          className="primary"
          disabled={nothingChosen}
          onClick={() => {
            void saveCycleContribution(cycle.id, contribution, revision).then(setSaved);
          }}
        >
          {t('save')}
        </button>
      </p>
      <p role="status">{saved === null ? '' : t('saved', { file: saved })}</p>
    </section>
  );
}
