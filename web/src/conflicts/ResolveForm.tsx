/** A resolution: the verdict (with the reason for a full-text exclusion), how it was reached, and why. */
import { useState } from 'react';
import type { ResolutionMethod, Stage, StageOutcome, Verdict } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';
import { resolveConflict } from './conflicts-api.js';

const VERDICTS: readonly Verdict[] = ['include', 'exclude', 'maybe'];
const METHODS: readonly ResolutionMethod[] = ['third_reviewer', 'agreement'];

export function ResolveForm({ conflict, stage, reasons, onDone }: { readonly conflict: StageOutcome; readonly stage: Stage; readonly reasons: readonly string[]; readonly onDone: () => void }) {
  const { t } = useI18n();
  // at full text the outcome must be include or exclude
  const verdicts = stage === 'full_text' ? VERDICTS.filter((v) => v !== 'maybe') : VERDICTS;
  const [verdict, setVerdict] = useState<Verdict>(conflict.decisions[0]?.verdict === 'maybe' && stage === 'full_text' ? 'include' : (conflict.decisions[0]?.verdict ?? 'include'));
  const [reason, setReason] = useState(reasons[0] ?? '');
  const [method, setMethod] = useState<ResolutionMethod>('third_reviewer');
  const [why, setWhy] = useState('');
  const [error, setError] = useState<string>();
  const needsReason = stage === 'full_text' && verdict === 'exclude';
  const submit = async () => {
    try {
      await resolveConflict({ recordId: conflict.recordId, stage, verdict, reason: needsReason ? reason : null, method, why: why.trim() });
      onDone();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const id = `c${conflict.recordId}`;
  return (
    <form
      className="resolve-form"
      data-testid={`resolve-${conflict.recordId}`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label>
        {t('con.verdict')}
        <select data-testid={`${id}-verdict`} value={verdict} onChange={(e) => setVerdict(e.target.value as Verdict)}>
          {verdicts.map((v) => (
            <option key={v} value={v}>
              {t(`verdict.${v}`)}
            </option>
          ))}
        </select>
      </label>
      {needsReason && (
        <label>
          {t('con.reason')}
          <select data-testid={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)}>
            {reasons.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('con.method')}
        <select data-testid={`${id}-method`} value={method} onChange={(e) => setMethod(e.target.value as ResolutionMethod)}>
          {METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`con.method.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('con.why')}
        <textarea data-testid={`${id}-why`} rows={2} required value={why} onChange={(e) => setWhy(e.target.value)} />
      </label>
      <button type="submit" data-testid={`${id}-submit`} disabled={why.trim() === ''}>
        {t('con.resolve')}
      </button>
      {error !== undefined && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
