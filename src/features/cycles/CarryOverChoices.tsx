// When a new cycle starts: the unfinished actions of the most recent cycle, offered for carrying over
// (all ticked at first). Own actions are copied; a proposed action's follow-up is kept for when this
// cycle's answers propose it again.
import { useTranslation } from 'react-i18next';
import { useContentFormat } from '../../components/use-content-format';
import type { CycleAction } from '../../engine/cycle-action';
import type { PreparedQuestionnaire } from '../../engine/prepare';
import { itemTitle } from '../../presentation/reasons';
import type { CarryOffer } from '../../state/queries/carry-offer';

interface Props {
  offer: CarryOffer;
  /** Keys of the actions left out. */
  leftOut: ReadonlySet<string>;
  onToggle: (key: string, carried: boolean) => void;
}

export function CarryOverChoices({ offer, leftOut, onToggle }: Props) {
  const { t } = useTranslation(['cycles', 'roadmap', 'common']);
  const format = useContentFormat();
  const { from, candidates, questionnaires } = offer;
  if (from === null) return null;
  if (candidates.length === 0)
    return <p className="muted">{t('carry.none', { cycle: from.name })}</p>;

  const title = (action: CycleAction, known: ReadonlyMap<string, PreparedQuestionnaire>) => {
    if (action.kind === 'own') return action.action.title;
    const [first] = action.members;
    const questionnaire = first && known.get(first.questionnaireId);
    return first && questionnaire ? itemTitle(questionnaire, first.item, format) : action.key;
  };

  return (
    <fieldset className="carry-over" aria-describedby="carry-over-hint">
      <legend>{t('carry.legend', { cycle: from.name })}</legend>
      <p id="carry-over-hint" className="hint">
        {t('carry.intro')}
      </p>
      {candidates.map(({ action }, index) => (
        // The box is named by the action's title alone; its horizon, status and owner describe it.
        <label key={action.key} className="choice choice-card">
          <input
            type="checkbox"
            checked={!leftOut.has(action.key)}
            aria-labelledby={`carry-${String(index)}-title`}
            aria-describedby={`carry-${String(index)}-about`}
            onChange={(event) => {
              onToggle(action.key, event.target.checked);
            }}
          />
          <span>
            <strong id={`carry-${String(index)}-title`}>{title(action, questionnaires)}</strong>{' '}
            <span className="muted" id={`carry-${String(index)}-about`}>
              (
              {[
                action.kind === 'own' ? t('carry.own') : null,
                t(`common:horizon.${action.horizon}`),
                t(`roadmap:status.${action.status ?? 'proposed'}`),
                action.owner,
              ]
                .filter((part) => part !== null)
                .join(' · ')}
              )
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
