// The cycle's results for the client skills check: counts over its anonymous records, each attribute
// on its own (level per area, language, program, how, month), the CSV export, and ways to run more
// checks. Never an individual client: there is none to show.
import '../client-check.css';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/Link';
import { Loading, NotFound } from '../../../components/NotFound';
import { TableScroll } from '../../../components/TableScroll';
import { summarizeChecks } from '../../../engine/client-check/outcomes';
import type { ClientLanguage } from '../../../engine/client-check/schema';
import { downloadBlob } from '../../../lib/download';
import { fileNamePart } from '../../../lib/file-name';
import { localize, type Language } from '../../../lib/typography';
import { useClientCheck, useClientChecks } from '../../../state/queries/client-checks';
import { useCycle } from '../../../state/queries/cycles';
import { showNotice } from '../../../state/notice-store';
import { StartClientCheck } from '../StartClientCheck';
import { clientChecksCsv } from './client-checks-csv';
import { CountTable } from './CountTable';
import { languageName, monthName } from './names';

export default function ClientOutcomesScreen({ cycleId }: { cycleId: string }) {
  const { t, i18n } = useTranslation(['client-check', 'results', 'common']);
  const language: Language = i18n.language === 'fr' ? 'fr' : 'en';
  const cycle = useCycle(cycleId);
  const records = useClientChecks(cycleId);
  const check = useClientCheck();
  if (cycle === undefined || records === undefined || check.status === 'loading')
    return <Loading />;
  if (cycle === null) return <NotFound />;
  if (check.status === 'error') return <p role="alert">{t('mode.unavailable')}</p>;

  const { definition } = check.value;
  const areas = definition.dimensions.filter((dimension) => dimension.scored !== false);
  const levels = [...definition.levels].sort((a, b) => a.lowerBound - b.lowerBound);
  const top = levels[levels.length - 1];
  const outcomes = summarizeChecks(
    records,
    areas.map((area) => area.id),
    levels.map((level) => level.id),
  );
  const percentOf = (count: number, of: number) =>
    of === 0 ? '' : ` (${t('common:percent', { value: count / of })})`;

  const exportCsv = () => {
    const name = `${fileNamePart(cycle.name, { fallback: 'cycle' })}-client-checks-${language}.csv`;
    const csv = clientChecksCsv(
      records,
      check.value,
      {
        month: t('csv.month'),
        program: t('csv.program'),
        language: t('csv.language'),
        mode: t('csv.mode'),
        version: t('csv.version'),
        noLevel: t('csv.noLevel'),
        modes: {
          'client-mode': t('outcomes.modes.client-mode'),
          'read-aloud': t('outcomes.modes.read-aloud'),
        },
      },
      language,
    );
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), name);
    showNotice('info', 'client-check:outcomes.exported', { file: name });
  };

  return (
    <section className="stack client-outcomes">
      <p className="muted">
        <Link to={{ name: 'cycle', cycleId: cycle.id }}>
          {t('results:backToCycle', { cycle: cycle.name })}
        </Link>
      </p>
      <h1>{t('outcomes.title')}</h1>
      <p className="privacy-note">{t('privacy')}</p>
      {outcomes.total === 0 ? (
        <p>{t('outcomes.none')}</p>
      ) : (
        <>
          <p>
            {t('outcomes.summary', {
              count: outcomes.total,
              from: monthName(outcomes.firstMonth ?? '', language),
              to: monthName(outcomes.lastMonth ?? '', language),
            })}
          </p>
          <TableScroll captionId="areas-caption">
            <table>
              <caption id="areas-caption">{t('outcomes.areasCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('outcomes.area')}</th>
                  {levels.map((level) => (
                    <th scope="col" key={level.id}>
                      {localize(level.label, language)}
                    </th>
                  ))}
                  <th scope="col">{t('outcomes.noLevel')}</th>
                  <th scope="col">{t('outcomes.neededHelp')}</th>
                </tr>
              </thead>
              <tbody>
                {outcomes.areas.map((area) => {
                  const dimension = areas.find((candidate) => candidate.id === area.areaId);
                  return (
                    <tr key={area.areaId}>
                      <th scope="row">{dimension && localize(dimension.title, language)}</th>
                      {levels.map((level) => (
                        <td key={level.id}>{area.byLevel[level.id] ?? 0}</td>
                      ))}
                      <td>{area.noLevel}</td>
                      <td>
                        {area.belowTop}
                        {percentOf(area.belowTop, area.withLevel)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
          {top && (
            <p className="hint">
              {t('outcomes.neededHelpHint', { level: localize(top.label, language) })}
            </p>
          )}
          <div className="outcome-tables">
            <CountTable
              id="languages"
              caption={t('outcomes.languagesCaption')}
              label={t('outcomes.language')}
              count={t('outcomes.checks')}
              rows={(Object.entries(outcomes.byLanguage) as [ClientLanguage, number][]).map(
                ([code, count]) => ({
                  key: code,
                  name: languageName(code, language),
                  native: definition.translations[code]?.name,
                  count,
                }),
              )}
            />
            <CountTable
              id="programs"
              caption={t('outcomes.programsCaption')}
              label={t('outcomes.program')}
              count={t('outcomes.checks')}
              rows={outcomes.byProgram.map(({ program, count }) => ({
                key: program ?? '',
                name: program ?? t('noProgram'),
                count,
              }))}
            />
            <CountTable
              id="modes"
              caption={t('outcomes.modesCaption')}
              label={t('outcomes.mode')}
              count={t('outcomes.checks')}
              rows={(['client-mode', 'read-aloud'] as const).map((mode) => ({
                key: mode,
                name: t(`outcomes.modes.${mode}`),
                count: outcomes.byMode[mode],
              }))}
            />
            <CountTable
              id="months"
              caption={t('outcomes.monthsCaption')}
              label={t('outcomes.month')}
              count={t('outcomes.checks')}
              rows={outcomes.byMonth.map(({ month, count }) => ({
                key: month,
                name: monthName(month, language),
                count,
              }))}
            />
          </div>
          <p className="hint">{t('outcomes.reportNote')}</p>
          <div className="stack-small">
            <button type="button" onClick={exportCsv} aria-describedby="client-csv-hint">
              {t('outcomes.csvExport')}
            </button>
            <p id="client-csv-hint" className="hint">
              {t('outcomes.csvHint')}
            </p>
          </div>
        </>
      )}
      {cycle.closedAt === undefined && <StartClientCheck cycles={[cycle]} fixedCycle />}
    </section>
  );
}
