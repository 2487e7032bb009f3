// One cycle's overall level per questionnaire, as the results screen gives it: a level only when the
// answers earn one, a provisional score otherwise, "not answered" when nothing is.
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../lib/i18n';
import { localize } from '../../lib/typography';
import { cycleProgress } from '../../state/cycle-progress';
import type { CycleSnapshot } from '../../state/queries/cycle-snapshots';

export function CycleLevels({ snapshot, label }: { snapshot: CycleSnapshot; label: string }) {
  const { t, i18n } = useTranslation(['history', 'common']);
  const language = currentLanguage(i18n);
  const progress = cycleProgress(snapshot.outcomes, snapshot.responses, snapshot.versions);
  return (
    <ul className="cycle-levels" aria-label={label}>
      {progress.map(({ questionnaire, standing }) => {
        const title = localize(questionnaire.definition.title, language);
        const level =
          standing.kind === 'level'
            ? questionnaire.definition.levels.find((l) => l.id === standing.levelId)
            : undefined;
        return (
          <li key={questionnaire.definition.id}>
            {standing.kind === 'level' && level !== undefined
              ? t('questionnaireLevel', {
                  questionnaire: title,
                  level: localize(level.label, language),
                  score: t('common:score', { value: standing.score }),
                })
              : standing.kind === 'provisional'
                ? t('questionnaireProvisional', {
                    questionnaire: title,
                    score: t('common:score', { value: standing.score }),
                  })
                : t('notAnswered', { questionnaire: title })}
          </li>
        );
      })}
    </ul>
  );
}
