// The charts' numbers as a table: every dimension with its score, level, confidence, coverage, target
// and gap.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../lib/typography';
import type { DimensionSummary } from './dimension-summary';
import { useGapText } from './use-gap-text';
import { useSectionLevelText } from './use-section-level-text';
import { TableScroll } from '../../components/TableScroll';
import { currentLanguage } from '../../lib/i18n';

export function DimensionTable({ summaries }: { summaries: readonly DimensionSummary[] }) {
  const captionId = useId();
  const { t, i18n } = useTranslation(['results', 'common']);
  const language = currentLanguage(i18n);
  const gapText = useGapText();
  const levelText = useSectionLevelText();
  const none = t('overall.notAvailable');
  return (
    <TableScroll captionId={captionId}>
      <table className="dimension-table">
        <caption id={captionId}>{t('charts.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.dimension')}</th>
            <th scope="col">{t('table.score')}</th>
            <th scope="col">{t('table.level')}</th>
            <th scope="col">{t('table.confidence')}</th>
            <th scope="col">{t('table.coverage')}</th>
            <th scope="col">{t('table.target')}</th>
            <th scope="col">{t('table.gap')}</th>
          </tr>
        </thead>
        <tbody>
          {summaries.map((summary) => {
            const { dimension, result, target } = summary;
            return (
              <tr key={dimension.id}>
                <th scope="row">{localize(dimension.title, language)}</th>
                <td className="number">
                  {result.score === null
                    ? none
                    : result.provisional
                      ? t('common:provisional.score', {
                          score: t('common:score', { value: result.score }),
                        })
                      : t('common:score', { value: result.score })}
                </td>
                <td>
                  {result.provisional
                    ? t('common:provisional.answerMore', { count: result.missingForLevel })
                    : (levelText(summary) ?? none)}
                </td>
                <td className="number">
                  {result.confidence === null
                    ? none
                    : t('common:percent', { value: result.confidence })}
                </td>
                <td className="number">{t('common:percent', { value: result.coverage })}</td>
                <td>{target === undefined ? none : localize(target.label, language)}</td>
                <td>{gapText.short(summary)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
