/** "took in group 3" / "took in groups 3 and 4" (合并了第 3、4 组): the groups a merge took in, read as a sentence in either language. */
import type { Lang, Translate } from '../i18n/translate.js';

export function joinedText(t: Translate, lang: Lang, groups: readonly number[]): string {
  if (groups.length === 1) return t('dd.joinedOne', { group: groups[0] });
  const list = lang === 'zh' ? groups.join('、') : new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(groups.map(String));
  return t('dd.joinedMany', { groups: list });
}
