// Leadership's follow-up of one action: status, owner, target date, note, the horizon it goes in,
// who pays and what it costs. Each saves as it changes: a proposed action's under its stable key (so
// it survives re-scoring), an own action's on the action itself. Disabled when the cycle is closed.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionStatuses, type ActionStatus } from '../../engine/action-inputs';
import type { CycleAction } from '../../engine/cycle-action';
import { HORIZONS } from '../../engine/roadmap';
import type { Horizon } from '../../engine/schema';
import { roadmapFieldKey } from '../../domain/drafts';
import { useTypedField } from '../../state/typed-field/use-typed-field';
import { changeOwn } from '../../state/commands/own-actions';
import { decide, type DecisionChange } from '../../state/commands/action-decisions';
import { CostEditor } from './CostEditor';
import { FundingField } from './FundingField';
import type { RoadmapContext } from './roadmap-context';

const OWNER_MAX = 200;
const NOTE_MAX = 4000;

/** What both kinds of action share: a proposed action's decision, or an own action's fields. */
export type ActionChange = Pick<
  DecisionChange,
  'status' | 'owner' | 'targetDate' | 'note' | 'horizon' | 'cost' | 'funding'
>;

const isStatus = (value: string): value is ActionStatus =>
  (actionStatuses as readonly string[]).includes(value);
const asHorizon = (value: string): Horizon | undefined => HORIZONS.find((h) => h === value);

/** A select that shows a choice at once and goes back to the stored value if saving fails. */
function useChoice(stored: string) {
  const [value, setValue] = useState(stored);
  const [seen, setSeen] = useState(stored);
  if (stored !== seen) {
    setSeen(stored);
    setValue(stored);
  }
  const choose = (next: string, saving: Promise<boolean>) => {
    setValue(next);
    void saving.then((saved) => {
      if (!saved) setValue(stored);
    });
  };
  return [value, choose] as const;
}

interface Props {
  action: CycleAction;
  context: RoadmapContext;
  /** Id of the action's title, added to the group's name so each form names its action. */
  titleId: string;
}

export function ActionEditor({ action, context, titleId }: Props) {
  const { t } = useTranslation(['roadmap', 'common']);
  const id = useId();
  const { cycleId, readOnly } = context;
  const save = (change: ActionChange): Promise<boolean> =>
    action.kind === 'own'
      ? changeOwn(cycleId, action.action.id, change)
      : decide(cycleId, action, change);

  const [status, chooseStatus] = useChoice(action.status ?? '');
  const pin = action.kind === 'own' || action.placedByLeadership ? action.horizon : '';
  const [horizon, chooseHorizon] = useChoice(pin);
  // Horizon, funding and cost open on demand: a roadmap of sixty actions stays light to read and use.
  const [planOpen, setPlanOpen] = useState(false);

  const draft = (field: string) => ({
    key: roadmapFieldKey(cycleId, action.key, field),
    disabled: readOnly,
  });
  const owner = useTypedField(
    action.owner ?? '',
    (value) => save({ owner: value.trim() }),
    draft('owner'),
  );
  const targetDate = useTypedField(
    action.targetDate ?? '',
    (value) => save({ targetDate: value }),
    draft('targetDate'),
  );
  const note = useTypedField(
    action.note ?? '',
    (value) => save({ note: value.trim() === '' ? '' : value }),
    draft('note'),
  );

  return (
    <fieldset className="item-editor" aria-labelledby={`${id}-legend ${titleId}`}>
      <legend id={`${id}-legend`}>{t('editor.legend')}</legend>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('editor.status')}</label>
        <select
          id={`${id}-status`}
          value={status}
          disabled={readOnly}
          onChange={(event) => {
            const next = event.target.value;
            chooseStatus(next, save({ status: isStatus(next) ? next : undefined }));
          }}
        >
          <option value="">{t('status.proposed')}</option>
          {actionStatuses.map((value) => (
            <option key={value} value={value}>
              {t(`status.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-owner`}>{t('editor.owner')}</label>
        <input
          id={`${id}-owner`}
          type="text"
          maxLength={OWNER_MAX}
          autoComplete="off"
          disabled={readOnly}
          {...owner}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-date`}>{t('editor.targetDate')}</label>
        <input id={`${id}-date`} type="date" disabled={readOnly} {...targetDate} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('editor.note')}</label>
        <textarea id={`${id}-note`} rows={2} maxLength={NOTE_MAX} disabled={readOnly} {...note} />
      </div>
      <button
        type="button"
        className="disclosure"
        aria-expanded={planOpen}
        aria-controls={`${id}-plan`}
        onClick={() => {
          setPlanOpen(!planOpen);
        }}
      >
        {t('editor.plan')}
      </button>
      {planOpen && (
        <div id={`${id}-plan`} className="item-editor">
          <div className="field">
            <label htmlFor={`${id}-horizon`}>{t('editor.horizon')}</label>
            <select
              id={`${id}-horizon`}
              value={horizon}
              disabled={readOnly}
              onChange={(event) => {
                const next = event.target.value;
                const chosen = asHorizon(next);
                if (action.kind === 'own' && chosen === undefined) return;
                chooseHorizon(next, save({ horizon: chosen }));
              }}
            >
              {action.kind === 'proposed' && <option value="">{t('editor.horizonRules')}</option>}
              {HORIZONS.map((value) => (
                <option key={value} value={value}>
                  {t(`common:horizon.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <FundingField
            funding={action.funding}
            save={save}
            draftKey={roadmapFieldKey(cycleId, action.key, 'funder')}
            readOnly={readOnly}
          />
          {!readOnly && <CostEditor action={action} save={save} language={context.language} />}
        </div>
      )}
    </fieldset>
  );
}
