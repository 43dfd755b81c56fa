/** The arms as the comparison's two groups (groupArms: combineArms, combineBinaryArms), as the analysis will take them. */
import { groupArms, type GroupSummary } from '../../../src/review/extraction/group-arms.js';
import { ExtractionError, type ArmEntry } from '../../../src/review/extraction/types.js';
import { fixed } from '../common/format.js';
import { useI18n } from '../i18n/i18n.js';

export function GroupsPreview({ arms }: { readonly arms: readonly { readonly arm: string; readonly entry: ArmEntry }[] }) {
  const { t } = useI18n();
  let grouped;
  try {
    grouped = groupArms(arms);
  } catch (e) {
    if (!(e instanceof ExtractionError)) throw e;
    return (
      <p className="muted" data-testid="groups-preview">
        {t('ex.groupsIncomplete')}
      </p>
    );
  }
  const text = (g: GroupSummary) => (g.kind === 'binary' ? t('ex.asEvents', { events: g.events, n: g.n }) : t('ex.asMeanSd', { mean: fixed(g.mean, 3), sd: fixed(g.sd, 3), n: g.n }));
  return (
    <table className="groups-preview" data-testid="groups-preview">
      <tbody>
        {(['msc', 'control'] as const).map((g) => (
          <tr key={g}>
            <th>{t(`ex.group.${g}`)}</th>
            <td data-testid={`group-${g}`}>{text(grouped[g])}</td>
            <td className="muted">
              {grouped.arms[g].length > 1 ? t('ex.combined', { arms: grouped.arms[g].map((a) => a.arm).join(' + ') }) : grouped.arms[g][0].arm}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
