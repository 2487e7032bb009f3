// A new own action as typed in the form, read into the fields storage keeps, or what is wrong with it.
import type { ActionStatus } from '../../engine/action-inputs';
import type { Funding, FundingSource } from '../../engine/funding';
import type { Horizon } from '../../engine/schema';
import type { Language } from '../../lib/typography';
import type { OwnActionFields } from '../../domain/own-action';
import {
  emptyCostForm,
  readCostForm,
  type CostField,
  type CostFormValues,
  type CostProblem,
} from './cost-form';

export interface OwnActionFormValues {
  title: string;
  description: string;
  horizon: Horizon;
  cost: CostFormValues;
  owner: string;
  targetDate: string;
  status: ActionStatus | '';
  fundingSource: FundingSource | '';
  funder: string;
}

export const emptyOwnActionForm = (): OwnActionFormValues => ({
  title: '',
  description: '',
  horizon: 'now',
  cost: emptyCostForm(),
  owner: '',
  targetDate: '',
  status: '',
  fundingSource: '',
  funder: '',
});

export type OwnActionFormResult =
  | { ok: true; fields: OwnActionFields }
  | {
      ok: false;
      titleMissing: boolean;
      costProblems: Partial<Record<CostField, CostProblem>>;
    };

function fundingOf(values: OwnActionFormValues): Funding | undefined {
  const { fundingSource: source, funder } = values;
  if (source === '') return undefined;
  if (source !== 'other-funder') return { source };
  return funder.trim() === '' ? { source } : { source, funder: funder.trim() };
}

export function readOwnActionForm(
  values: OwnActionFormValues,
  language: Language,
  asOf: string,
): OwnActionFormResult {
  const title = values.title.trim();
  const cost = readCostForm(values.cost, language, asOf);
  if (title === '' || !cost.ok) {
    return { ok: false, titleMissing: title === '', costProblems: cost.ok ? {} : cost.problems };
  }
  const optional = <T>(value: T | '' | null | undefined): T | undefined =>
    value === '' || value === null ? undefined : value;
  return {
    ok: true,
    fields: {
      title,
      description: optional(values.description.trim()),
      horizon: values.horizon,
      cost: optional(cost.cost),
      owner: optional(values.owner.trim()),
      targetDate: optional(values.targetDate),
      status: optional(values.status),
      funding: fundingOf(values),
    },
  };
}
