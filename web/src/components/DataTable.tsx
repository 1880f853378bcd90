import type { ComponentChildren } from 'preact';

export interface Column<T> {
  /** The header, and each cell's `data-label` (what a phone's card shows beside the value) unless `cardLabel` differs. */
  label: string;
  cardLabel?: string;
  /** A header only screen readers read (the actions column). */
  hiddenLabel?: boolean;
  class?: string;
  cell: (row: T) => ComponentChildren;
}

/** The last column: a row's buttons or menu, under an "Actions" header only screen readers read. */
export const actionsColumn = <T,>(cell: (row: T) => ComponentChildren, className = 'actions'): Column<T> => ({
  label: 'Actions',
  hiddenLabel: true,
  class: className,
  cell,
});

interface DataTableProps<T> {
  rows: readonly T[];
  /** A column given as false (e.g. `showOwner && {…}`) is left out. */
  columns: readonly (Column<T> | false)[];
  rowKey: (row: T) => string;
  /** Attributes of a row's `<tr>` (e.g. `data-key-id`, which tests and links find rows by). */
  rowAttrs?: (row: T) => Record<string, string>;
  caption?: ComponentChildren;
  captionClass?: string;
  /** Extra classes of the wrapper and of the table. */
  wrapClass?: string;
  tableClass?: string;
}

/** A list as a table on a wide screen and as cards on a phone (styles/tables.css reads each cell's data-label). */
export function DataTable<T>({ rows, columns, rowKey, rowAttrs, caption, captionClass, wrapClass, tableClass }: DataTableProps<T>) {
  const shown = columns.filter((c): c is Column<T> => c !== false);
  return (
    <div class={wrapClass ? `table-wrap ${wrapClass}` : 'table-wrap'}>
      <table class={tableClass ? `table ${tableClass}` : 'table'}>
        {caption !== undefined && <caption class={captionClass}>{caption}</caption>}
        <thead>
          <tr>
            {shown.map((c) => (
              <th key={c.label} scope="col">
                {c.hiddenLabel ? <span class="visually-hidden">{c.label}</span> : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} {...rowAttrs?.(row)}>
              {shown.map((c) => (
                <td key={c.label} data-label={c.cardLabel ?? c.label} class={c.class}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
