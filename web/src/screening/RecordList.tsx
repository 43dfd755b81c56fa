/** Every record of the filter in a virtualised list; a click opens it for (re)screening. */
import { useState } from 'react';
import type { RecordFilter, RecordSummary, Stage } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';
import { usePagedRecords } from './usePagedRecords.js';
import { VirtualList } from './VirtualList.js';

const ROW = 36;

function StateBadge({ r }: { readonly r: RecordSummary }) {
  const { t } = useI18n();
  const s = r.screening;
  if (r.duplicateOf !== null) return <span className="badge muted">{t('scr.duplicateOf', { id: r.duplicateOf })}</span>;
  if (s === null) return <span className="badge muted">{t('scr.undecided')}</span>;
  if (s.state === 'conflict' && s.mine === null) return <span className="badge conflict">{t('scr.state.conflict')}</span>;
  return (
    <span className={`badge v-${s.mine?.verdict ?? s.outcome?.verdict}`}>
      {s.mine !== null ? t(`verdict.${s.mine.verdict}`) : t(`verdict.${s.outcome!.verdict}`)} · {t(`scr.state.${s.state}`)}
    </span>
  );
}

export function RecordList({ stage, filter, version, onOpen }: { readonly stage: Stage; readonly filter: RecordFilter; readonly version: number; readonly onOpen: (id: number) => void }) {
  const { t } = useI18n();
  const list = usePagedRecords(stage, filter, version);
  const [height] = useState(() => Math.max(300, Math.min(640, innerHeight - 260)));
  if (list.error !== undefined) return <p className="error">{list.error}</p>;
  if (list.total === undefined) return <p className="muted">{t('server.loading')}</p>;
  return (
    <div className="record-list">
      <p className="muted" data-testid="list-total">
        {t('scr.listTotal', { n: list.total })}
      </p>
      <VirtualList
        testId="record-list"
        total={list.total}
        rowHeight={ROW}
        height={height}
        onRange={list.need}
        row={(i) => {
          const r = list.row(i);
          if (r === undefined) return <div className="list-row muted">…</div>;
          return (
            <button type="button" className="list-row" data-testid="list-row" data-record-id={r.id} onClick={() => onOpen(r.id)}>
              <span className="muted rid">#{r.id}</span>
              <span className="title">{r.title}</span>
              <span className="muted">{[r.authors[0], r.year].filter(Boolean).join(' ')}</span>
              <StateBadge r={r} />
            </button>
          );
        }}
      />
    </div>
  );
}
