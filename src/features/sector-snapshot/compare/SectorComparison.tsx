// On the results screen: the organization's scores next to similar agencies' from a benchmark file it
// imported, per measure ("you: 62; agencies of your size band: median 48, middle half 35–60, n = 41"),
// in the peer group it chooses. What could not be compared is listed with the reason. Loaded on demand.
import '../sector-snapshot.css';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreparedQuestionnaire } from '../../../engine/prepare';
import type { QuestionnaireResult } from '../../../engine/result';
import {
  compareWithBenchmark,
  lookupIn,
  resultEntry,
  type BenchmarkComparison,
} from '../../../engine/sector-snapshot';
import { localize } from '../../../lib/typography';
import type { Cycle } from '../../../domain/cycle';
import { useProfile } from '../../../state/queries/profile';
import {
  benchmarkForYear,
  choosePeerGroup,
  removeBenchmark,
  sectorProfileOf,
  useImportedBenchmarks,
  usePeerGroup,
} from '../../../state/sector/agency-benchmarks';
import { contributionYear } from '../../../state/sector/cycle-contribution';
import { useKnownDefinitions } from '../../../state/sector/known-definitions';
import { useFigureFormat } from '../format-figure';
import { usePeerValue } from '../use-view-label';
import { BenchmarkImport } from './BenchmarkImport';
import { barColours, ComparisonBar } from './ComparisonBar';
import { PeerGroupSelect } from './PeerGroupSelect';
import { currentLanguage } from '../../../lib/i18n';

interface Props {
  cycle: Cycle;
  questionnaire: PreparedQuestionnaire;
  /** The organization's result (the team's consensus), never one respondent's. */
  result: QuestionnaireResult;
}

export default function SectorComparison({ cycle, questionnaire, result }: Props) {
  const { t } = useTranslation('benchmark');
  const id = useId();
  const benchmarks = useImportedBenchmarks();
  const peerGroup = usePeerGroup();
  const profile = useProfile();
  const definitions = useKnownDefinitions();
  const [year, setYear] = useState<number | null>(null);
  if (benchmarks === undefined || peerGroup === undefined || profile === undefined) return null;

  const stored =
    benchmarks.find((b) => b.year === year) ??
    benchmarkForYear(benchmarks, contributionYear(cycle));
  const sectorProfile = sectorProfileOf(profile);
  const comparison =
    stored === undefined || definitions === undefined
      ? null
      : compareWithBenchmark({
          entry: resultEntry(result),
          profile: sectorProfile,
          benchmark: stored.benchmark,
          peerGroup,
          definitions: lookupIn(definitions),
        });

  return (
    <section className="card stack-small" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('title')}</h2>
      <p>{t('intro')}</p>
      {stored === undefined ? (
        <p>{t('none')}</p>
      ) : (
        <>
          <div className="sector-filters">
            {benchmarks.length > 1 && (
              <div className="field">
                <label htmlFor={`${id}-year`}>{t('year')}</label>
                <select
                  id={`${id}-year`}
                  value={stored.year}
                  onChange={(event) => setYear(Number(event.target.value))}
                >
                  {benchmarks.map((b) => (
                    <option key={b.year} value={b.year}>
                      {b.year}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <PeerGroupSelect
              value={peerGroup}
              profile={sectorProfile}
              onChange={(group) => void choosePeerGroup(group)}
            />
          </div>
          {comparison !== null && (
            <ComparisonView comparison={comparison} questionnaire={questionnaire} />
          )}
          <p>
            <button type="button" onClick={() => void removeBenchmark(stored.year)}>
              {t('remove', { year: stored.year })}
            </button>
          </p>
        </>
      )}
      <BenchmarkImport definitions={definitions} />
    </section>
  );
}

function ComparisonView({
  comparison,
  questionnaire,
}: {
  comparison: BenchmarkComparison;
  questionnaire: PreparedQuestionnaire;
}) {
  const { t, i18n } = useTranslation('benchmark');
  const language = currentLanguage(i18n);
  const peerValue = usePeerValue();
  const figure = useFigureFormat();
  const { view } = comparison;
  if (comparison.benchmarkVersion === null)
    return <p>{t('noQuestionnaire', { year: comparison.year })}</p>;
  if (view === null) return <p className="notice">{t('chooseGroup')}</p>;

  const measureName = (dimension: string | null) => {
    if (dimension === null) return t('overall');
    const found = questionnaire.dimensionById.get(dimension);
    return found === undefined ? dimension : localize(found.title, language);
  };
  const peers =
    view === 'all'
      ? t('peers.all')
      : t(`peers.${view.attribute}`, { value: peerValue(view.attribute, view.value) });
  const compared = comparison.measures.flatMap((measure) =>
    measure.you !== null && measure.peers.status === 'published'
      ? [{ ...measure, you: measure.you, peers: measure.peers }]
      : [],
  );
  return (
    <div className="stack-small">
      {comparison.benchmarkVersion !== comparison.version && (
        <p className="notice">
          {t('versionNote', {
            benchmarkVersion: comparison.benchmarkVersion,
            version: comparison.version,
          })}
        </p>
      )}
      {compared.length > 0 && (
        <>
          <ul className="sector-legend" aria-hidden="true">
            <li>
              <span className="sector-swatch" style={{ background: barColours.band }} />
              {t('legend.band')}
            </li>
            <li>
              <span className="sector-swatch" style={{ background: barColours.median }} />
              {t('legend.median')}
            </li>
            <li>
              <span className="sector-swatch" style={{ background: barColours.you }} />
              {t('legend.you')}
            </li>
          </ul>
          <ul className="sector-comparisons" aria-label={t('listLabel', { peers })}>
            {compared.map(({ dimension, you, provisional, peers: figures }) => (
              <li key={dimension ?? ''}>
                <p>
                  {t(provisional ? 'lineProvisional' : 'line', {
                    measure: measureName(dimension),
                    you,
                    peers,
                    median: figure(figures.median),
                    q1: figure(figures.q1),
                    q3: figure(figures.q3),
                    n: figures.n,
                  })}
                </p>
                <ComparisonBar you={you} peers={figures} />
              </li>
            ))}
          </ul>
        </>
      )}
      {comparison.notCompared.length > 0 && (
        <>
          <h3>{t('notComparedTitle')}</h3>
          <ul>
            {comparison.notCompared.map(({ dimension, reason }) => (
              <li key={dimension ?? ''}>
                {t(`reason.${reason}`, { measure: measureName(dimension) })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
