/** One record as a screener reads it: title, authors, journal and year, abstract, keywords. */
import type { RecordDetail } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';
import { Highlighted } from './Highlighted.js';
import type { TermLists } from './terms.js';

export function RecordCard({ detail, terms }: { readonly detail: RecordDetail; readonly terms: TermLists }) {
  const { t } = useI18n();
  const r = detail.record;
  const where = [r.journal, r.year, r.volume && `${r.volume}${r.issue ? `(${r.issue})` : ''}`, r.pages].filter(Boolean).join(' · ');
  return (
    <article className="record-card" data-testid="record" data-record-id={detail.id}>
      <p className="muted record-id">
        #{detail.id} · {r.source.database}
        {r.doi && <> · doi:{r.doi}</>}
        {r.pmid && <> · PMID {r.pmid}</>}
      </p>
      <h2 data-testid="record-title">
        <Highlighted text={r.title} terms={terms} />
      </h2>
      {r.altTitle && (
        <p className="alt-title">
          <Highlighted text={r.altTitle} terms={terms} />
        </p>
      )}
      <p className="authors">{r.authors.length > 0 ? r.authors.join(', ') : <span className="muted">{t('scr.noAuthors')}</span>}</p>
      {where !== '' && <p className="muted">{where}</p>}
      <div className="abstract">{r.abstract ? <Highlighted text={r.abstract} terms={terms} /> : <span className="muted">{t('scr.noAbstract')}</span>}</div>
      {r.keywords && r.keywords.length > 0 && (
        <p className="keywords">
          <span className="muted">{t('scr.keywords')}: </span>
          <Highlighted text={r.keywords.join('; ')} terms={terms} />
        </p>
      )}
    </article>
  );
}
