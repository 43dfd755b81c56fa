/**
 * For owners and resolvers: the arms on which extractors differ, each extractor's entry
 * side by side, and the value to keep (one of theirs) with the reason. The server refuses
 * this list to everyone else (extraction is blind until reconciled).
 */
import { useCallback, useEffect, useState } from 'react';
import type { ArmEntry, Discrepancy, ExtractedItem, Study } from '../../../src/review/extraction/index.js';
import { useI18n } from '../i18n/i18n.js';
import { discrepancies, reconcile } from './extraction-api.js';

interface OpenArm {
  readonly studyId: number;
  readonly arm: string;
  readonly fields: readonly string[];
  readonly entries: readonly { readonly extractor: string; readonly entry: ArmEntry }[];
}

function openArms(ds: readonly Discrepancy[], items: readonly ExtractedItem[]): OpenArm[] {
  const out = new Map<string, OpenArm>();
  for (const d of ds) {
    if (d.reconciled || d.item !== 'arm' || d.arm === null) continue;
    const k = JSON.stringify([d.studyId, d.arm]);
    const prev = out.get(k);
    const entries = items
      .filter((i) => i.studyId === d.studyId && i.key.item === 'arm' && i.key.arm === d.arm && i.extractor !== null)
      .map((i) => ({ extractor: i.extractor as string, entry: i.data as ArmEntry }));
    out.set(k, { studyId: d.studyId, arm: d.arm, fields: [...(prev?.fields ?? []), d.field], entries });
  }
  return [...out.values()];
}

const show = (e: ArmEntry) => `${e.group} · ${Object.entries(e.value).map(([k, v]) => `${k} ${String(v)}`).join(', ')}`;

export function DiscrepanciesView({ outcome, studies, onReconciled }: { readonly outcome: string; readonly studies: readonly Study[]; readonly onReconciled: () => void }) {
  const { t } = useI18n();
  const [arms, setArms] = useState<OpenArm[]>();
  const [error, setError] = useState<string>();
  const load = useCallback(() => {
    discrepancies(outcome).then(
      (r) => setArms(openArms(r.discrepancies, r.items)),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [outcome]);
  useEffect(load, [load]);
  const label = (id: number) => studies.find((s) => s.id === id)?.label ?? String(id);
  return (
    <section className="discrepancies" data-testid="discrepancies">
      <h2>{t('ex.discrepancies', { n: arms?.length ?? 0 })}</h2>
      {error !== undefined && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {arms?.length === 0 && <p className="muted">{t('ex.noDiscrepancies')}</p>}
      {arms?.map((a) => (
        <ReconcileForm
          key={`${a.studyId}-${a.arm}`}
          title={`${label(a.studyId)} · ${a.arm}`}
          item={a}
          onDone={() => {
            load();
            onReconciled();
          }}
          onError={setError}
          submit={(entry, why) => reconcile({ studyId: a.studyId, outcome, arm: a.arm }, entry, why)}
        />
      ))}
    </section>
  );
}

function ReconcileForm({ title, item, submit, onDone, onError }: { readonly title: string; readonly item: OpenArm; readonly submit: (e: ArmEntry, why: string) => Promise<unknown>; readonly onDone: () => void; readonly onError: (m: string) => void }) {
  const { t } = useI18n();
  const [pick, setPick] = useState(0);
  const [why, setWhy] = useState('');
  return (
    <form
      className="reconcile-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit(item.entries[pick].entry, why.trim()).then(onDone, (err: unknown) => onError(err instanceof Error ? err.message : String(err)));
      }}
    >
      <h3>{title}</h3>
      <p className="muted">{t('ex.differIn', { fields: item.fields.join(', ') })}</p>
      {item.entries.map((x, i) => (
        <label key={x.extractor} className="choice">
          <input type="radio" name={title} checked={pick === i} onChange={() => setPick(i)} />
          <strong>{x.extractor}</strong> {show(x.entry)}
        </label>
      ))}
      <label>
        {t('con.why')}
        <input value={why} onChange={(e) => setWhy(e.target.value)} />
      </label>
      <button type="submit" disabled={why.trim() === ''}>
        {t('ex.reconcile')}
      </button>
    </form>
  );
}
