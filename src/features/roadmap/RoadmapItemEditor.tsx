// Leadership's follow-up of one roadmap item: status, owner, target date and a note, each saved as it
// changes under the item's stable key. Disabled when the cycle is closed.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roadmapStatuses, type RoadmapEdit, type RoadmapStatus } from '../../storage/records';
import { editRoadmapItem, type RoadmapEditChange } from '../../storage/roadmap-edits';
import { attemptSave } from '../../state/save';
import { useTypedField } from '../../components/use-typed-field';

const OWNER_MAX = 200;
const NOTE_MAX = 4000;

interface Props {
  cycleId: string;
  editKey: string;
  edit: RoadmapEdit | undefined;
  /** Id of the item's title, added to the group's name so each form names its item. */
  titleId: string;
  readOnly: boolean;
}

const isStatus = (value: string): value is RoadmapStatus =>
  (roadmapStatuses as readonly string[]).includes(value);

export function RoadmapItemEditor({ cycleId, editKey, edit, titleId, readOnly }: Props) {
  const { t } = useTranslation('roadmap');
  const id = useId();
  const save = (change: RoadmapEditChange) =>
    attemptSave(
      () => editRoadmapItem(cycleId, editKey, change),
      `roadmap:${cycleId}:${editKey}:${Object.keys(change).join()}`,
    );

  // The status shows at once and follows the stored one when it changes.
  const storedStatus = edit?.status ?? '';
  const [status, setStatus] = useState<string>(storedStatus);
  const [seenStatus, setSeenStatus] = useState(storedStatus);
  if (storedStatus !== seenStatus) {
    setSeenStatus(storedStatus);
    setStatus(storedStatus);
  }

  const draft = (field: string) => ({
    key: `roadmap:${cycleId}:${editKey}:${field}`,
    disabled: readOnly,
  });
  const owner = useTypedField(
    edit?.owner ?? '',
    (value) => save({ owner: value.trim() }),
    draft('owner'),
  );
  const targetDate = useTypedField(
    edit?.targetDate ?? '',
    (value) => save({ targetDate: value }),
    draft('targetDate'),
  );
  const note = useTypedField(
    edit?.note ?? '',
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
            setStatus(next);
            void save({ status: isStatus(next) ? next : undefined }).then((saved) => {
              if (!saved) setStatus(storedStatus);
            });
          }}
        >
          <option value="">{t('status.proposed')}</option>
          {roadmapStatuses.map((value) => (
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
    </fieldset>
  );
}
