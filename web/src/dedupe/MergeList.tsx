/** Every merge made, undone ones included, with undo for the active ones (owners). */
import type { MergeGroup } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';
import { joinedText } from './joined-text.js';

export function MergeList({ groups, canUndo, onUndo }: { readonly groups: readonly MergeGroup[]; readonly canUndo: boolean; readonly onUndo: (groupId: number) => void }) {
  const { t, lang } = useI18n();
  if (groups.length === 0) return <p className="muted">{t('dd.noMerges')}</p>;
  return (
    <table className="merges results" data-testid="merges">
      <thead>
        <tr>
          <th>{t('dd.group')}</th>
          <th>{t('dd.kept')}</th>
          <th>{t('dd.removed')}</th>
          <th>{t('dd.byWhy')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => (
          <tr key={g.groupId} data-testid="merge-row" data-group={g.groupId} className={g.undone || g.joinedInto !== null ? 'muted' : undefined}>
            <td>{g.groupId}</td>
            <td>#{g.primary}</td>
            <td>{g.members.filter((m) => m !== g.primary).map((m) => `#${m}`).join(', ')}</td>
            <td>
              {g.by}: {g.reason}
              {g.joined.length > 0 ? ` (${joinedText(t, lang, g.joined)})` : null}
            </td>
            <td>
              {g.undone ? (
                t('dd.undone', { by: g.undone.by })
              ) : g.joinedInto !== null ? (
                t('dd.joinedInto', { group: g.joinedInto })
              ) : canUndo ? (
                <button type="button" className="link" data-testid={`undo-merge-${g.groupId}`} onClick={() => onUndo(g.groupId)}>
                  {t('dd.undo')}
                </button>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
