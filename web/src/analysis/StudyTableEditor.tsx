/** The editable grid of studies: one text input per cell, so half-typed numbers are kept as typed. */
import { useI18n } from '../i18n/i18n.js';
import { columnLabel, kindSpec } from './data-kinds.js';
import type { StudyRow, StudyTable } from './study-table.js';

interface Props {
  readonly table: StudyTable;
  readonly onChange: (table: StudyTable) => void;
}

export function StudyTableEditor({ table, onChange }: Props) {
  const { t } = useI18n();
  const spec = kindSpec(table.kind);
  const update = (id: number, patch: (r: StudyRow) => StudyRow) =>
    onChange({ ...table, rows: table.rows.map((r) => (r.id === id ? patch(r) : r)) });
  const add = () => {
    const id = Math.max(-1, ...table.rows.map((r) => r.id)) + 1;
    onChange({ ...table, rows: [...table.rows, { id, study: '', subgroup: '', values: {} }] });
  };
  const remove = (id: number) => onChange({ ...table, rows: table.rows.filter((r) => r.id !== id) });
  return (
    <div className="table-wrap">
      <table className="studies" data-testid="study-table">
        <thead>
          <tr>
            <th>#</th>
            <th>{t('col.study')}</th>
            {spec.columns.map((c) => (
              <th key={c} className="num">
                {t(columnLabel(spec, c))}
                <code>{c}</code>
              </th>
            ))}
            {table.subgroups && <th>{t('col.subgroup')}</th>}
            <th />
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={r.id}>
              <td className="rownum">{i + 1}</td>
              <td>
                <input
                  className="study"
                  aria-label={`${t('col.study')} ${i + 1}`}
                  value={r.study}
                  onChange={(e) => update(r.id, (x) => ({ ...x, study: e.target.value }))}
                />
              </td>
              {spec.columns.map((c) => (
                <td key={c} className="num">
                  <input
                    inputMode="decimal"
                    aria-label={`${t(columnLabel(spec, c))} (${c}), ${r.study || i + 1}`}
                    data-testid={`cell-${i}-${c}`}
                    value={r.values[c] ?? ''}
                    onChange={(e) => update(r.id, (x) => ({ ...x, values: { ...x.values, [c]: e.target.value } }))}
                  />
                </td>
              ))}
              {table.subgroups && (
                <td>
                  <input
                    aria-label={`${t('col.subgroup')}, ${r.study || i + 1}`}
                    data-testid={`cell-${i}-subgroup`}
                    value={r.subgroup}
                    onChange={(e) => update(r.id, (x) => ({ ...x, subgroup: e.target.value }))}
                  />
                </td>
              )}
              <td>
                <button
                  type="button"
                  className="link"
                  title={t('table.removeStudy', { study: r.study || String(i + 1) })}
                  aria-label={t('table.removeStudy', { study: r.study || String(i + 1) })}
                  onClick={() => remove(r.id)}
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
          {table.rows.length === 0 && (
            <tr>
              <td colSpan={spec.columns.length + 4}>{t('table.empty')}</td>
            </tr>
          )}
        </tbody>
      </table>
      <button type="button" onClick={add}>
        + {t('table.add')}
      </button>
    </div>
  );
}
