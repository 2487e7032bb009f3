// How many agencies of the picked group are at each level of the questionnaire, per measure.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreparedQuestionnaire } from '../../../engine/prepare';
import { localize } from '../../../lib/typography';
import { TableScroll } from '../../../components/TableScroll';
import type { MeasureRow } from './measure-rows';
import { currentLanguage } from '../../../lib/i18n';

interface Props {
  rows: readonly MeasureRow[];
  levels: readonly string[];
  definition: PreparedQuestionnaire | undefined;
  caption: string;
}

export function LevelsTable({ rows, levels, definition, caption }: Props) {
  const { t, i18n } = useTranslation('sector');
  const id = useId();
  const language = currentLanguage(i18n);
  const levelName = (level: string) => {
    const found = definition?.definition.levels.find((l) => l.id === level);
    return found === undefined ? level : localize(found.label, language);
  };
  const shown = rows.filter((row) => row.cell !== null);
  return (
    <TableScroll captionId={`${id}-caption`}>
      <table className="sector-figures">
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('figures.table.measure')}</th>
            {levels.map((level) => (
              <th scope="col" key={level}>
                {levelName(level)}
              </th>
            ))}
            <th scope="col">{t('figures.table.provisional')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map(({ key, name, cell }) => (
            <tr key={key}>
              <th scope="row">{name}</th>
              {levels.map((level, at) => (
                <td key={level}>{cell?.levels[at] ?? 0}</td>
              ))}
              <td>{cell?.provisional}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
