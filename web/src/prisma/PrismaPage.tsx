/**
 * The PRISMA 2020 flow diagram. With the server, it is drawn live from the project's
 * screening record (GET /api/prisma, settled decisions only, refreshed as reviewers
 * decide); "Edit counts by hand" copies those counts into the form to correct them for the
 * diagram and its downloads (the record itself is unchanged; offered once those counts
 * have arrived, so the example's never stand in for them); "Use in the project's report"
 * saves them in the project (offered to owners only), the page opens on them again after a reload and the
 * report draws them, and "Back to the live counts" clears them. Without a server, the form
 * alone, starting from the embedded review's counts. Drawn by the core's prismaPlot.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Count, NamedCount } from '../../../src/plot/prisma/counts.js';
import { prismaCounts } from '../../../src/plot/prisma/counts.js';
import { prismaPlot } from '../../../src/plot/prisma/prisma-plot.js';
import type { PrismaFromLedger } from '../../../src/review/prisma-ledger.js';
import { useSession } from '../api/session.js';
import { saveBlob, saveText, svgToPng } from '../common/download.js';
import { ReportDownload } from '../common/ReportDownload.js';
import { clearPrismaOverrides, prismaOverrides, savePrismaOverrides } from '../common/report-settings-api.js';
import type { SavedPrismaCounts } from '../../../src/report/project-settings.js';
import { errorText } from '../analysis/error-text.js';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import { exampleForm, formFromCounts, formToJson, SOURCE_LISTS, type CountField, type PrismaForm, type SourceList } from './prisma-form.js';
import { useLedgerPrisma, type LedgerPrisma } from './useLedgerPrisma.js';

const SECTIONS: readonly { readonly title: MessageKey; readonly fields: readonly [CountField, MessageKey][] }[] = [
  { title: 'prisma.previous', fields: [['previous.studies', 'prisma.previous.studies'], ['previous.reports', 'prisma.previous.reports']] },
  {
    title: 'prisma.identification',
    fields: [
      ['identification.records_identified', 'prisma.records_identified'],
      ['identification.databases', 'prisma.databases'],
      ['identification.registers', 'prisma.registers'],
      ['identification.duplicates_removed', 'prisma.duplicates_removed'],
      ['identification.automation_removed', 'prisma.automation_removed'],
      ['identification.other_removed', 'prisma.other_removed'],
    ],
  },
  {
    title: 'prisma.screening',
    fields: [
      ['screening.screened', 'prisma.screened'],
      ['screening.excluded', 'prisma.screening_excluded'],
      ['retrieval.sought', 'prisma.sought'],
      ['retrieval.not_retrieved', 'prisma.not_retrieved'],
      ['eligibility.assessed', 'prisma.assessed'],
    ],
  },
  { title: 'prisma.included', fields: [['included.studies', 'prisma.studies'], ['included.reports', 'prisma.reports']] },
];

const LIST_LABEL: Record<SourceList, MessageKey> = { databases: 'prisma.perDatabase', registers: 'prisma.perRegister' };
const ADD_LABEL: Record<SourceList, MessageKey> = { databases: 'prisma.addDatabase', registers: 'prisma.addRegister' };

type Source = 'ledger' | 'hand';

export function PrismaPage() {
  const { t } = useI18n();
  const { info } = useSession();
  const online = info?.user != null;
  const owner = info?.user?.role === 'owner';
  const [mode, setMode] = useState<Source>('ledger');
  const source: Source = online ? mode : 'hand';
  const live = useLedgerPrisma(online);
  const [form, setForm] = useState<PrismaForm>(exampleForm);
  const [seeded, setSeeded] = useState(false);

  const json = useMemo(() => (source === 'ledger' ? live.data?.counts : formToJson(form)), [source, live.data, form]);
  const drawn = useMemo(() => {
    if (json === undefined) return {};
    try {
      return { svg: prismaPlot(prismaCounts(json)) };
    } catch (err) {
      return { error: err instanceof Error ? err.message : String(err) };
    }
  }, [json]);

  const seedFromLedger = () => {
    if (live.data === undefined) return;
    setForm(formFromCounts(live.data.counts));
    setSeeded(true);
  };
  const choose = (s: Source) => {
    if (s === 'hand' && !seeded) seedFromLedger();
    setMode(s);
  };

  // the counts saved for the report: the page opens on them
  const [saved, setSaved] = useState<SavedPrismaCounts | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string>();
  useEffect(() => {
    if (!online) return;
    let live = true;
    prismaOverrides().then(
      (v) => {
        if (!live || v.saved === null) return;
        setSaved(v.saved);
        setForm(formFromCounts(v.saved.counts));
        setSeeded(true);
        setMode('hand');
      },
      (e: unknown) => live && setSaveError(t('prisma.saveError', { message: errorText(e, t) })),
    );
    return () => {
      live = false;
    };
  }, [online, t]);
  const changed = useMemo(() => {
    if (saved === null) return false;
    try {
      return JSON.stringify(prismaCounts(formToJson(form))) !== JSON.stringify(saved.counts);
    } catch {
      return true;
    }
  }, [form, saved]);
  const keep = async (clear: boolean) => {
    setSaving(true);
    setSaveError(undefined);
    try {
      const v = clear ? await clearPrismaOverrides() : await savePrismaOverrides(formToJson(form));
      setSaved(v.saved);
      if (clear) {
        setMode('ledger');
        setSeeded(false);
      }
    } catch (e) {
      setSaveError(t('prisma.saveError', { message: errorText(e, t) }));
    } finally {
      setSaving(false);
    }
  };
  const savedNote = saved === null ? t('prisma.notSaved') : t('prisma.savedState', { by: saved.by, date: saved.at.slice(0, 10) });

  return (
    <div className="prisma">
      <p className="intro">{t(online ? 'prisma.introLive' : 'prisma.intro')}</p>
      {online && (
        <div className="toolbar prisma-bar">
          <div className="segmented" role="group" aria-label={t('prisma.source')}>
            {(['ledger', 'hand'] as const).map((s) => (
              <button
                key={s}
                type="button"
                className={s === source ? 'on' : undefined}
                aria-pressed={s === source}
                data-testid={`prisma-source-${s}`}
                // the form starts from the live counts: not before they are there
                disabled={s === 'hand' && source !== 'hand' && !seeded && live.data === undefined}
                title={s === 'hand' && !seeded && live.data === undefined ? t('prisma.waitingLive') : undefined}
                onClick={() => choose(s)}
              >
                {t(`prisma.source.${s}`)}
              </button>
            ))}
          </div>
          <ReportDownload compact />
        </div>
      )}
      <div className="columns">
        <div className="left">
          {online && (saved !== null || source === 'hand') && (
            <div className="report-choice" data-testid="prisma-saved">
              <p className="muted" data-testid="prisma-saved-state" data-saved={saved !== null}>
                {savedNote}
                {source === 'hand' && changed && <> {t('prisma.savedChanged')}</>}
              </p>
              {!owner ? (
                <p className="muted" data-testid="prisma-save-readonly">
                  {t('prisma.saveOnlyOwners')}
                </p>
              ) : (
                <div className="toolbar">
                  {source === 'hand' && (
                    <button type="button" data-testid="prisma-save" title={t('prisma.saveHelp')} disabled={saving || (saved !== null && !changed) || drawn.error !== undefined} onClick={() => void keep(false)}>
                      {t('prisma.save')}
                    </button>
                  )}
                  {saved !== null && (
                    <button type="button" data-testid="prisma-back-to-live" disabled={saving} onClick={() => void keep(true)}>
                      {t('prisma.backToLive')}
                    </button>
                  )}
                </div>
              )}
              {saveError !== undefined && (
                <p className="error" role="alert" data-testid="prisma-save-error">
                  {saveError}
                </p>
              )}
            </div>
          )}
          {source === 'ledger' ? (
            <LedgerSummary live={live} />
          ) : (
            <>
              {online && (
                <div className="toolbar override-note">
                  <span className="muted">{t('prisma.handNote')}</span>
                  <button type="button" data-testid="prisma-reseed" disabled={live.data === undefined} onClick={seedFromLedger}>
                    {t('prisma.reseed')}
                  </button>
                </div>
              )}
              <CountsForm form={form} onChange={setForm} />
            </>
          )}
        </div>
        <div className="right">
          <h2>{t('prisma.diagram')}</h2>
          {drawn.error !== undefined ? (
            <div className="error" role="alert">
              <strong>{t('prisma.error')}</strong>
              <p>{drawn.error}</p>
            </div>
          ) : drawn.svg === undefined ? (
            <p className="muted">{t('server.loading')}</p>
          ) : (
            <>
              <div className="toolbar">
                <button type="button" data-testid="prisma-download-svg" onClick={() => saveText(drawn.svg, 'prisma.svg', 'image/svg+xml')}>
                  {t('dl.svg')}
                </button>
                <button type="button" onClick={() => void svgToPng(drawn.svg).then((b) => saveBlob(b, 'prisma.png'))}>
                  {t('dl.png')}
                </button>
                <button type="button" onClick={() => saveText(JSON.stringify(json, null, 2) + '\n', 'prisma.json', 'application/json')}>
                  {t('dl.json')}
                </button>
              </div>
              <div className="plot" data-testid="prisma-diagram" data-source={source} dangerouslySetInnerHTML={{ __html: drawn.svg }} />
            </>
          )}
        </div>
      </div>
    </div>
  );
}

const sum = (v: Count | readonly NamedCount[]): Count => (Array.isArray(v) ? (v as NamedCount[]).reduce((a, r) => a + (r.n ?? 0), 0) : (v as Count));
const show = (n: Count) => (n === null ? '–' : n.toLocaleString('en-US'));

/** The live counts, box by box, with what still awaits decisions. */
function LedgerSummary({ live }: { readonly live: LedgerPrisma }) {
  const { t } = useI18n();
  if (live.data === undefined) {
    return live.error === undefined ? (
      <p className="muted">{t('server.loading')}</p>
    ) : (
      <p className="error" role="alert">
        {t('prisma.ledgerError', { message: live.error })}
      </p>
    );
  }
  const { counts: c, pending }: PrismaFromLedger = live.data;
  const row = (id: string, label: string, n: Count, indent = false) => (
    <tr key={id} className={indent ? 'sub' : undefined}>
      <th scope="row">{label}</th>
      <td className="num" data-testid={`ledger-${id}`}>
        {show(n)}
      </td>
    </tr>
  );
  const named = (prefix: string, v: Count | readonly NamedCount[]) => (Array.isArray(v) ? (v as NamedCount[]).map((r) => row(`${prefix}-${r.name}`, r.name, r.n, true)) : []);
  return (
    <section className="ledger panel" data-testid="prisma-ledger">
      <table className="results ledger-counts">
        <tbody>
          <tr className="group">
            <th colSpan={2}>{t('prisma.identification')}</th>
          </tr>
          {row('records_identified', t('prisma.records_identified'), c.identification.records_identified)}
          {row('databases', t('prisma.databases'), sum(c.identification.databases))}
          {named('db', c.identification.databases)}
          {row('registers', t('prisma.registers'), sum(c.identification.registers))}
          {named('reg', c.identification.registers)}
          {row('duplicates_removed', t('prisma.duplicates_removed'), c.identification.duplicates_removed)}
          <tr className="group">
            <th colSpan={2}>{t('prisma.screening')}</th>
          </tr>
          {row('screened', t('prisma.screened'), c.screening.screened)}
          {row('screening_excluded', t('prisma.screening_excluded'), c.screening.excluded)}
          {row('pending-ta', t('prisma.pendingTa'), pending.titleAbstract, true)}
          {row('sought', t('prisma.sought'), c.retrieval.sought)}
          {row('not_retrieved', t('prisma.not_retrieved'), c.retrieval.not_retrieved)}
          {row('assessed', t('prisma.assessed'), c.eligibility.assessed)}
          {row('pending-ft', t('prisma.pendingFt'), pending.fullText, true)}
          {row('excluded', t('prisma.excluded'), sum(c.eligibility.excluded.map((r) => ({ name: r.reason, n: r.n }))))}
          {c.eligibility.excluded.map((r, i) => row(`reason-${i}`, r.reason || t('prisma.noReason'), r.n, true))}
          <tr className="group">
            <th colSpan={2}>{t('prisma.included')}</th>
          </tr>
          {row('studies', t('prisma.studies'), c.included.studies)}
          {row('reports', t('prisma.reports'), c.included.reports)}
        </tbody>
      </table>
      <div className="toolbar">
        <button type="button" data-testid="prisma-refresh" onClick={live.refresh}>
          {t('prisma.refresh')}
        </button>
        {live.updated !== undefined && (
          <span className="muted" data-testid="prisma-updated">
            {t('prisma.updated', { time: live.updated.toLocaleTimeString() })}
          </span>
        )}
        {live.error !== undefined && (
          <span className="error" role="alert">
            {t('prisma.ledgerError', { message: live.error })}
          </span>
        )}
      </div>
    </section>
  );
}

/** The counts typed by hand: the example's, or the ledger's to correct. */
function CountsForm({ form, onChange }: { readonly form: PrismaForm; readonly onChange: (f: PrismaForm) => void }) {
  const { t } = useI18n();
  const setCount = (field: CountField, v: string) => onChange({ ...form, counts: { ...form.counts, [field]: v } });
  const setReason = (i: number, patch: Partial<PrismaForm['reasons'][number]>) => onChange({ ...form, reasons: form.reasons.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  const setSources = (k: SourceList, rows: PrismaForm['sources'][SourceList]) => onChange({ ...form, sources: { ...form.sources, [k]: rows } });
  const listed = (field: CountField) => SOURCE_LISTS.some((k) => field === `identification.${k}` && form.sources[k].length > 0);
  return (
    <form className="prisma-form" data-testid="prisma-form" onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('prisma.template')}
        <select value={form.template} onChange={(e) => onChange({ ...form, template: e.target.value as PrismaForm['template'] })}>
          <option value="new">{t('prisma.template.new')}</option>
          <option value="updated">{t('prisma.template.updated')}</option>
        </select>
      </label>
      <p className="muted">{t('prisma.notReported')}</p>
      {SECTIONS.filter((s) => s.title !== 'prisma.previous' || form.template === 'updated').map((s) => (
        <fieldset key={s.title}>
          <legend>{t(s.title)}</legend>
          {s.fields
            .filter(([field]) => !listed(field))
            .map(([field, label]) => (
              <label key={field} className="count">
                <span>{t(label)}</span>
                <input inputMode="numeric" data-testid={`prisma-${field}`} value={form.counts[field]} onChange={(e) => setCount(field, e.target.value)} />
              </label>
            ))}
          {s.title === 'prisma.identification' &&
            SOURCE_LISTS.map((k) => (
              <div key={k} className="reasons">
                {form.sources[k].length > 0 && <span>{t(LIST_LABEL[k])}</span>}
                {form.sources[k].map((r, i) => (
                  <div key={i} className="reason">
                    <input aria-label={t('prisma.sourceName')} data-testid={`prisma-${k}-${i}-name`} value={r.name} onChange={(e) => setSources(k, form.sources[k].map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))} />
                    <input inputMode="numeric" aria-label="n" data-testid={`prisma-${k}-${i}-n`} value={r.n} onChange={(e) => setSources(k, form.sources[k].map((x, j) => (j === i ? { ...x, n: e.target.value } : x)))} />
                    <button type="button" className="link" onClick={() => setSources(k, form.sources[k].filter((_, j) => j !== i))}>
                      {t('table.remove')}
                    </button>
                  </div>
                ))}
                <button type="button" className="link add-source" onClick={() => setSources(k, [...form.sources[k], { name: '', n: '' }])}>
                  + {t(ADD_LABEL[k])}
                </button>
              </div>
            ))}
          {s.title === 'prisma.screening' && (
            <div className="reasons">
              <span>{t('prisma.excluded')}</span>
              {form.reasons.map((r, i) => (
                <div key={i} className="reason">
                  <input aria-label={t('prisma.reason')} value={r.reason} onChange={(e) => setReason(i, { reason: e.target.value })} />
                  <input inputMode="numeric" aria-label="n" value={r.n} onChange={(e) => setReason(i, { n: e.target.value })} />
                  <button type="button" className="link" onClick={() => onChange({ ...form, reasons: form.reasons.filter((_, j) => j !== i) })}>
                    {t('table.remove')}
                  </button>
                </div>
              ))}
              <button type="button" onClick={() => onChange({ ...form, reasons: [...form.reasons, { reason: '', n: '' }] })}>
                + {t('prisma.addReason')}
              </button>
            </div>
          )}
        </fieldset>
      ))}
    </form>
  );
}
