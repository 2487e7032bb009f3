// A small table of counts over one attribute (language, program, how, month).
import { TableScroll } from '../../../components/TableScroll';

interface Row {
  key: string;
  name: string;
  /** The name in its own language, shown beside it (a language's own name). */
  native?: string | undefined;
  count: number;
}

interface Props {
  id: string;
  caption: string;
  label: string;
  count: string;
  rows: readonly Row[];
}

export function CountTable({ id, caption, label, count, rows }: Props) {
  const captionId = `${id}-caption`;
  return (
    <TableScroll captionId={captionId}>
      <table>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{label}</th>
            <th scope="col">{count}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                {row.name}
                {row.native !== undefined && row.native !== row.name && (
                  <>
                    {' '}
                    (
                    <span lang={row.key} dir="auto">
                      {row.native}
                    </span>
                    )
                  </>
                )}
              </th>
              <td>{row.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
