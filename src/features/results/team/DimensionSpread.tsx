// Per dimension: the team's score, and the lowest and highest individual scores behind it.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamResult } from '../../../engine/aggregate';
import type { PreparedQuestionnaire } from '../../../engine/prepare';
import { localize } from '../../../lib/typography';
import { TableScroll } from '../../../components/TableScroll';
import { currentLanguage } from '../../../lib/i18n';

export function DimensionSpread({
  questionnaire,
  team,
}: {
  questionnaire: PreparedQuestionnaire;
  team: TeamResult;
}) {
  const captionId = useId();
  const { t, i18n } = useTranslation(['results', 'common']);
  const language = currentLanguage(i18n);
  const score = (value: number | null) =>
    value === null ? t('common:noScore') : t('common:score', { value });
  return (
    <section className="stack-small" aria-labelledby="spread-heading">
      <h2 id="spread-heading">{t('team.spreadHeading')}</h2>
      <TableScroll captionId={captionId}>
        <table>
          <caption id={captionId} className="visually-hidden">
            {t('team.spreadCaption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('team.dimension')}</th>
              <th scope="col">{t('team.teamScore')}</th>
              <th scope="col">{t('team.lowest')}</th>
              <th scope="col">{t('team.highest')}</th>
              <th scope="col">{t('team.respondents')}</th>
            </tr>
          </thead>
          <tbody>
            {team.dimensions.map((spread) => {
              const dimension = questionnaire.dimensionById.get(spread.dimensionId);
              const consensus = team.consensus.dimensions.find(
                (d) => d.dimensionId === spread.dimensionId,
              );
              return (
                <tr key={spread.dimensionId}>
                  <th scope="row">
                    {dimension ? localize(dimension.title, language) : spread.dimensionId}
                  </th>
                  <td>
                    {consensus?.provisional === true && consensus.score !== null
                      ? t('common:provisional.score', { score: score(consensus.score) })
                      : score(consensus?.score ?? null)}
                  </td>
                  <td>{score(spread.min)}</td>
                  <td>{score(spread.max)}</td>
                  <td>{spread.respondents}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
