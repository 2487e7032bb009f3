// Who pays for an action: a source, and the funder's name when it is another funder. "Not chosen"
// is a choice of its own, never taken for funded.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fundingSources, type Funding, type FundingSource } from '../../engine/funding';
import { useTypedField } from '../../state/typed-field/use-typed-field';

const FUNDER_MAX = 200;

const asSource = (value: string): FundingSource | undefined =>
  fundingSources.find((source) => source === value);

interface Props {
  funding: Funding | null;
  save: (change: { funding: Funding | undefined }) => Promise<boolean>;
  draftKey: string;
  readOnly: boolean;
}

export function FundingField({ funding, save, draftKey, readOnly }: Props) {
  const { t } = useTranslation('roadmap');
  const id = useId();
  const stored = funding?.source ?? '';
  const [source, setSource] = useState<string>(stored);
  const [seen, setSeen] = useState(stored);
  if (stored !== seen) {
    setSeen(stored);
    setSource(stored);
  }
  const storedFunder = funding?.source === 'other-funder' ? (funding.funder ?? '') : '';
  const funder = useTypedField(
    storedFunder,
    (value) => {
      const name = value.trim();
      return save({
        funding:
          name === '' ? { source: 'other-funder' } : { source: 'other-funder', funder: name },
      });
    },
    { key: draftKey, disabled: readOnly || source !== 'other-funder' },
  );

  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-source`}>{t('funding.label')}</label>
        <select
          id={`${id}-source`}
          value={source}
          disabled={readOnly}
          onChange={(event) => {
            const next = asSource(event.target.value);
            setSource(next ?? '');
            const chosen: Funding | undefined =
              next === undefined
                ? undefined
                : next === 'other-funder'
                  ? storedFunder === ''
                    ? { source: next }
                    : { source: next, funder: storedFunder }
                  : { source: next };
            void save({ funding: chosen }).then((saved) => {
              if (!saved) setSource(stored);
            });
          }}
        >
          <option value="">{t('funding.source.none')}</option>
          {fundingSources.map((value) => (
            <option key={value} value={value}>
              {t(`funding.source.${value}`)}
            </option>
          ))}
        </select>
      </div>
      {source === 'other-funder' && (
        <div className="field">
          <label htmlFor={`${id}-funder`}>{t('funding.funder')}</label>
          <input
            id={`${id}-funder`}
            type="text"
            maxLength={FUNDER_MAX}
            autoComplete="off"
            disabled={readOnly}
            {...funder}
          />
        </div>
      )}
    </>
  );
}
