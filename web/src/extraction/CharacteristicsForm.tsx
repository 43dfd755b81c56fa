/**
 * A study's characteristics (disease, MSC source, dose, route, control, counts, follow-up…):
 * each box checked as you type by the core's checkCharacteristics, saved as the asker's
 * own extraction of the study. A value a resolver has reconciled is offered back. For
 * resolvers, the extractors' differences and the value to keep follow the form.
 */
import { useCallback, useEffect, useState } from 'react';
import { canonicalJson } from '../../../src/review/extraction/canonical-json.js';
import type { ExtractedItem, StudyCharacteristics } from '../../../src/review/extraction/types.js';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import { CHARACTERISTIC_FIELDS, checkCharacteristicsDraft, draftOfCharacteristics, isCount, type CharacteristicField, type CharacteristicsDraft } from './characteristics-form.js';
import * as api from './extraction-api.js';

export const fieldLabel = (f: string): MessageKey => `ex.char.${f}` as MessageKey;
const isCharacteristics = (i: Pick<ExtractedItem, 'key'>) => i.key.item === 'characteristics';

export function CharacteristicsForm({ studyId, study, resolver }: { readonly studyId: number; readonly study: string; readonly resolver: boolean }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<CharacteristicsDraft>({});
  const [saved, setSaved] = useState<StudyCharacteristics>();
  const [reconciled, setReconciled] = useState<StudyCharacteristics>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [tick, setTick] = useState(0);

  const load = useCallback(() => {
    api.myStudyExtractions(studyId).then(
      (r) => {
        const mine = r.items.find(isCharacteristics)?.data as StudyCharacteristics | undefined;
        setSaved(mine);
        setDraft(mine === undefined ? {} : draftOfCharacteristics(mine));
        setReconciled(r.reconciled.find(isCharacteristics)?.data as StudyCharacteristics | undefined);
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [studyId]);
  useEffect(load, [load]);

  const check = checkCharacteristicsDraft(draft);
  const empty = check.ok && Object.keys(check.values).length === 0;
  const state = saved === undefined ? 'new' : check.ok && canonicalJson(check.values) === canonicalJson(saved) ? 'saved' : 'changed';
  const save = () => {
    if (!check.ok) return;
    setBusy(true);
    setError(undefined);
    api.enterCharacteristics(studyId, check.values).then(
      () => {
        setSaved(check.values);
        setBusy(false);
        setTick((n) => n + 1);
      },
      (e: unknown) => {
        setError(e instanceof Error ? e.message : String(e));
        setBusy(false);
      },
    );
  };
  const problem = (f: CharacteristicField) => (check.ok ? undefined : check.problems[f]);

  return (
    <section className="characteristics" data-testid="characteristics">
      <h2>{t('ex.characteristics', { study })}</h2>
      <form
        className="characteristics-form"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <div className="char-fields">
          {CHARACTERISTIC_FIELDS.map((f) => {
            const p = problem(f);
            const input = {
              'data-testid': `char-${f}`,
              'aria-invalid': p !== undefined,
              className: p !== undefined ? 'invalid' : undefined,
              value: draft[f] ?? '',
            };
            return (
              <label key={f} className={f === 'notes' ? 'wide' : undefined}>
                <span>{t(fieldLabel(f))}</span>
                {f === 'notes' ? (
                  <textarea {...input} rows={2} onChange={(e) => setDraft({ ...draft, [f]: e.target.value })} />
                ) : (
                  <input {...input} inputMode={isCount(f) ? 'numeric' : undefined} onChange={(e) => setDraft({ ...draft, [f]: e.target.value })} />
                )}
                {p !== undefined && (
                  <span className="field-error" role="alert" data-testid={`char-${f}-error`}>
                    {t('ex.rule', { field: t(fieldLabel(f)), message: p })}
                  </span>
                )}
              </label>
            );
          })}
        </div>
        <div className="toolbar">
          <button type="submit" data-testid="char-save" disabled={!check.ok || empty || busy || state === 'saved'}>
            {state === 'saved' ? t('ex.saved') : t('ex.save')}
          </button>
          {state === 'changed' && <span className="muted">{t('ex.charChanged')}</span>}
          {reconciled !== undefined && canonicalJson(reconciled) !== canonicalJson(check.ok ? check.values : null) && (
            <span className="muted" data-testid="char-reconciled">
              {t('ex.charReconciled')}{' '}
              <button type="button" className="link" onClick={() => setDraft(draftOfCharacteristics(reconciled))}>
                {t('ex.charUseReconciled')}
              </button>
            </span>
          )}
        </div>
        {error !== undefined && (
          <p className="error" role="alert" data-testid="char-error">
            {error}
          </p>
        )}
      </form>
      {resolver && <CharacteristicsDiscrepancies key={tick} studyId={studyId} onReconciled={load} />}
    </section>
  );
}

/** For resolvers: the characteristics on which the extractors of this study differ, and the entry to keep. */
function CharacteristicsDiscrepancies({ studyId, onReconciled }: { readonly studyId: number; readonly onReconciled: () => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<{ fields: string[]; entries: { extractor: string; values: StudyCharacteristics }[] }>();
  const [pick, setPick] = useState(0);
  const [why, setWhy] = useState('');
  const [error, setError] = useState<string>();
  const load = useCallback(() => {
    api.studyDiscrepancies(studyId).then(
      (r) => {
        const ds = r.discrepancies.filter((d) => d.item === 'characteristics' && !d.reconciled);
        const entries = r.items.filter((i) => isCharacteristics(i) && i.extractor !== null).map((i) => ({ extractor: i.extractor as string, values: i.data as StudyCharacteristics }));
        setOpen(ds.length === 0 ? undefined : { fields: ds.map((d) => d.field), entries });
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [studyId]);
  useEffect(load, [load]);
  if (error !== undefined) {
    return (
      <p className="error" role="alert">
        {error}
      </p>
    );
  }
  if (open === undefined) return null;
  const shown = (v: unknown) => (v === undefined || v === null ? '–' : String(v));
  const fields = open.fields.filter((f) => f !== '(item)');
  return (
    <form
      className="reconcile-form"
      data-testid="char-discrepancies"
      onSubmit={(e) => {
        e.preventDefault();
        api.reconcileCharacteristics(studyId, open.entries[pick].values, why.trim()).then(
          () => {
            setWhy('');
            load();
            onReconciled();
          },
          (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
        );
      }}
    >
      <h3>{t('ex.charDiffer')}</h3>
      {open.fields.includes('(item)') && <p className="muted">{t('ex.charMissing')}</p>}
      <table className="results char-compare">
        <thead>
          <tr>
            <th>{t('ex.keep')}</th>
            <th>{t('ex.extractor')}</th>
            {fields.map((f) => (
              <th key={f}>{t(fieldLabel(f))}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {open.entries.map((x, i) => (
            <tr key={x.extractor}>
              <td>
                <input type="radio" name={`char-keep-${studyId}`} aria-label={x.extractor} data-testid={`char-keep-${x.extractor}`} checked={pick === i} onChange={() => setPick(i)} />
              </td>
              <td>
                <strong>{x.extractor}</strong>
              </td>
              {fields.map((f) => (
                <td key={f}>{shown((x.values as Record<string, unknown>)[f])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <label>
        {t('con.why')}
        <input data-testid="char-why" value={why} onChange={(e) => setWhy(e.target.value)} />
      </label>
      <button type="submit" data-testid="char-reconcile" disabled={why.trim() === ''}>
        {t('ex.reconcile')}
      </button>
    </form>
  );
}
