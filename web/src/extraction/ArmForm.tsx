/** One arm: its name, group and kind of value, the boxes, the check as you type and the conversion previewed. */
import type { ArmSummary } from '../../../src/review/extraction/arm-summary.js';
import { ARM_GROUPS, type OutcomeType } from '../../../src/review/extraction/types.js';
import { fixed } from '../common/format.js';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import type { Translate } from '../i18n/translate.js';
import { checkDraft, KIND_FIELDS, kindsFor, type ArmDraft, type DraftCheck } from './arm-form.js';

export function problemText(c: Extract<DraftCheck, { ok: false }>, t: Translate): string {
  if (c.problem === 'empty') return t('ex.empty', { field: c.field });
  if (c.problem === 'number') return t('ex.notNumber', { field: c.field, text: c.message });
  return t('ex.rule', { field: c.field, message: c.message });
}

export function summaryText(s: ArmSummary, t: Translate): string {
  if (s.kind === 'binary') return t('ex.asEvents', { events: s.events, n: s.n });
  const what = t('ex.asMeanSd', { mean: fixed(s.mean, 3), sd: fixed(s.sd, 3), n: s.n });
  return s.conversion === 'none' ? what : `${what} · ${t(`ex.conv.${s.conversion}` as MessageKey)}`;
}

interface Props {
  readonly index: number;
  readonly draft: ArmDraft;
  readonly type: OutcomeType;
  /** 'saved' when the boxes hold what the server has, 'changed' when edited since. */
  readonly state: 'saved' | 'changed' | 'new';
  readonly busy: boolean;
  readonly onChange: (d: ArmDraft) => void;
  readonly onSave: () => void;
}

export function ArmForm({ index, draft, type, state, busy, onChange, onSave }: Props) {
  const { t } = useI18n();
  const check = checkDraft(draft, type);
  const id = `arm-${index}`;
  const bad = (f: string) => !check.ok && check.field === f && check.problem !== 'empty';
  return (
    <form
      className="arm-form"
      data-testid={id}
      onSubmit={(e) => {
        e.preventDefault();
        if (check.ok) onSave();
      }}
    >
      <div className="arm-head">
        <label>
          {t('ex.arm')}
          <input data-testid={`${id}-name`} value={draft.arm} disabled={state !== 'new'} onChange={(e) => onChange({ ...draft, arm: e.target.value })} />
        </label>
        <label>
          {t('ex.group')}
          <select data-testid={`${id}-group`} value={draft.group} onChange={(e) => onChange({ ...draft, group: e.target.value as ArmDraft['group'] })}>
            {ARM_GROUPS.map((g) => (
              <option key={g} value={g}>
                {t(`ex.group.${g}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('ex.kind')}
          <select data-testid={`${id}-kind`} value={draft.kind} onChange={(e) => onChange({ ...draft, kind: e.target.value as ArmDraft['kind'] })}>
            {kindsFor(type).map((k) => (
              <option key={k} value={k}>
                {t(`ex.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="arm-fields">
        {KIND_FIELDS[draft.kind].map((f) => (
          <label key={f}>
            <span className="field-name">{f}</span>
            <input
              data-testid={`${id}-${f}`}
              inputMode="decimal"
              aria-invalid={bad(f)}
              className={bad(f) ? 'invalid' : undefined}
              value={draft.fields[f] ?? ''}
              onChange={(e) => onChange({ ...draft, fields: { ...draft.fields, [f]: e.target.value } })}
            />
          </label>
        ))}
        <button type="submit" data-testid={`${id}-save`} disabled={!check.ok || busy || state === 'saved'}>
          {state === 'saved' ? t('ex.saved') : t('ex.save')}
        </button>
      </div>
      {check.ok ? (
        <p className="muted preview" data-testid={`${id}-preview`}>
          {summaryText(check.summary, t)}
        </p>
      ) : (
        <p className={check.problem === 'empty' ? 'muted' : 'field-error'} data-testid={`${id}-error`} role={check.problem === 'empty' ? undefined : 'alert'}>
          {problemText(check, t)}
        </p>
      )}
    </form>
  );
}
