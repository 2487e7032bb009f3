// For a staff self-assessment: how many people are at each level in each area (e.g. DigComp areas).
// Counts only, no names and no ranking. Someone with no score, or too few answers for a level, is
// counted under "no level yet".
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { levelCounts, type TeamResult } from '../../../engine/aggregate';
import type { PreparedQuestionnaire } from '../../../engine/prepare';
import { localize } from '../../../lib/typography';
import { TableScroll } from '../../../components/TableScroll';
import { currentLanguage } from '../../../lib/i18n';

export function SkillsProfile({
  questionnaire,
  team,
}: {
  questionnaire: PreparedQuestionnaire;
  team: TeamResult;
}) {
  const captionId = useId();
  const { t, i18n } = useTranslation('results');
  const language = currentLanguage(i18n);
  const levels = questionnaire.levelOrder
    .map((id) => questionnaire.definition.levels.find((level) => level.id === id))
    .filter((level) => level !== undefined);
  return (
    <section className="stack-small" aria-labelledby="skills-heading">
      <h2 id="skills-heading">{t('team.skillsHeading')}</h2>
      <p>{t('team.skillsIntro', { count: team.respondents })}</p>
      <TableScroll captionId={captionId}>
        <table>
          <caption id={captionId} className="visually-hidden">
            {t('team.skillsCaption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('team.area')}</th>
              {levels.map((level) => (
                <th scope="col" key={level.id}>
                  {localize(level.label, language)}
                </th>
              ))}
              <th scope="col">{t('team.noLevel')}</th>
            </tr>
          </thead>
          <tbody>
            {levelCounts(questionnaire, team.individuals).map(
              ({ dimensionId, counts, unscored }) => {
                const dimension = questionnaire.dimensionById.get(dimensionId);
                return (
                  <tr key={dimensionId}>
                    <th scope="row">
                      {dimension ? localize(dimension.title, language) : dimensionId}
                    </th>
                    {levels.map((level) => (
                      <td key={level.id}>{counts[level.id] ?? 0}</td>
                    ))}
                    <td>{unscored}</td>
                  </tr>
                );
              },
            )}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
