/** Pages that need the server (screening, deduplication, extraction): what they will do, and no made-up data. */
import { useI18n } from './i18n/i18n.js';

export function ComingNext({ page }: { readonly page: 'screening' | 'dedup' | 'extraction' }) {
  const { t } = useI18n();
  return (
    <section className="coming-next" data-testid="coming-next">
      <h2>{t('next.title')}</h2>
      <p>{t(`next.${page}`)}</p>
      <p>{t('next.body')}</p>
    </section>
  );
}
