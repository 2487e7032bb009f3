// Changing what an action costs, on demand: leadership's own estimate in place of the questionnaire's
// (kept with the roadmap's decisions), or the estimate of an own action. A new estimate is dated this
// month. Going back to the questionnaire's estimate, or removing an own action's, is one button.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CycleAction } from '../../engine/cycle-action';
import type { CostEstimate } from '../../engine/schema';
import type { Language } from '../../lib/typography';
import { CostFields } from './CostFields';
import { costFormOf, readCostForm, thisMonth, type CostField, type CostProblem } from './cost-form';

interface Props {
  action: CycleAction;
  save: (change: { cost: CostEstimate | undefined }) => Promise<boolean>;
  language: Language;
}

export function CostEditor({ action, save, language }: Props) {
  const { t } = useTranslation('roadmap');
  const id = useId();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState(() => costFormOf(action.estimate, language));
  const [problems, setProblems] = useState<Partial<Record<CostField, CostProblem>>>({});

  const close = () => {
    setOpen(false);
    setProblems({});
  };
  const submit = async () => {
    const read = readCostForm(values, language, thisMonth());
    if (!read.ok) {
      setProblems(read.problems);
      return;
    }
    setProblems({});
    if (await save({ cost: read.cost ?? undefined })) close();
  };
  const clear = async () => {
    if (await save({ cost: undefined })) close();
  };
  const canClear =
    action.costSource === 'override' || (action.kind === 'own' && action.costSource === 'own');

  return (
    <div className="cost-editor">
      <button
        type="button"
        className="disclosure"
        aria-expanded={open}
        aria-controls={`${id}-form`}
        onClick={() => {
          if (!open) setValues(costFormOf(action.estimate, language));
          setOpen(!open);
          setProblems({});
        }}
      >
        {action.kind === 'own' && action.estimate === null
          ? t('costEditor.openOwn')
          : t('costEditor.open')}
      </button>
      {open && (
        <div id={`${id}-form`} className="stack-small">
          <CostFields values={values} onChange={setValues} problems={problems} />
          <div className="button-row">
            <button type="button" className="primary" onClick={() => void submit()}>
              {t('costEditor.save')}
            </button>
            {canClear && (
              <button type="button" onClick={() => void clear()}>
                {action.kind === 'own' ? t('costEditor.remove') : t('costEditor.useContent')}
              </button>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
