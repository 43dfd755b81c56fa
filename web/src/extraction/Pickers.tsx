/** Choosing or adding the study, and choosing or (owners) defining the outcome. */
import { useState } from 'react';
import type { Outcome, OutcomeInput, OutcomeType, Study } from '../../../src/review/extraction/types.js';
import { useI18n } from '../i18n/i18n.js';

export function StudyPicker({ studies, value, onPick, onAdd }: { readonly studies: readonly Study[]; readonly value: number | undefined; readonly onPick: (id: number) => void; readonly onAdd: (label: string) => void }) {
  const { t } = useI18n();
  const [label, setLabel] = useState('');
  return (
    <div className="toolbar picker">
      <label>
        {t('ex.study')}
        <select data-testid="study-select" value={value ?? ''} onChange={(e) => onPick(Number(e.target.value))}>
          {value === undefined && <option value="">{t('ex.none')}</option>}
          {studies.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
              {s.reports.length > 0 ? ` (${t('ex.records', { ids: s.reports.join(', ') })})` : ''}
            </option>
          ))}
        </select>
      </label>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (label.trim() !== '') onAdd(label.trim());
          setLabel('');
        }}
      >
        <input data-testid="study-new" placeholder={t('ex.studyLabel')} value={label} onChange={(e) => setLabel(e.target.value)} />
        <button type="submit" data-testid="study-add" disabled={label.trim() === ''}>
          {t('ex.addStudy')}
        </button>
      </form>
    </div>
  );
}

const BLANK: OutcomeInput = { name: '', type: 'binary', unit: '', lowerIsBetter: true, timepoint: '' };

export function OutcomePicker({ outcomes, value, canDefine, onPick, onDefine }: { readonly outcomes: readonly Outcome[]; readonly value: string | undefined; readonly canDefine: boolean; readonly onPick: (name: string) => void; readonly onDefine: (o: OutcomeInput) => void }) {
  const { t } = useI18n();
  const [o, setO] = useState<OutcomeInput>(BLANK);
  const [open, setOpen] = useState(false);
  const ready = o.name.trim() !== '' && o.unit.trim() !== '' && o.timepoint.trim() !== '';
  return (
    <div className="toolbar picker">
      <label>
        {t('ex.outcome')}
        <select data-testid="outcome-select" value={value ?? ''} onChange={(e) => onPick(e.target.value)}>
          {value === undefined && <option value="">{t('ex.none')}</option>}
          {outcomes.map((x) => (
            <option key={x.name} value={x.name}>
              {x.name} · {x.unit} · {x.timepoint}
            </option>
          ))}
        </select>
      </label>
      {canDefine && !open && (
        <button type="button" data-testid="outcome-define" onClick={() => setOpen(true)}>
          {t('ex.defineOutcome')}
        </button>
      )}
      {canDefine && open && (
        <form
          className="outcome-form"
          onSubmit={(e) => {
            e.preventDefault();
            onDefine({ ...o, name: o.name.trim(), unit: o.unit.trim(), timepoint: o.timepoint.trim() });
            setO(BLANK);
            setOpen(false);
          }}
        >
          <input data-testid="outcome-name" placeholder={t('ex.outcomeName')} value={o.name} onChange={(e) => setO({ ...o, name: e.target.value })} />
          <select data-testid="outcome-type" value={o.type} onChange={(e) => setO({ ...o, type: e.target.value as OutcomeType })}>
            {(['binary', 'continuous'] as const).map((x) => (
              <option key={x} value={x}>
                {t(`ex.type.${x}`)}
              </option>
            ))}
          </select>
          <input data-testid="outcome-unit" placeholder={t('ex.unit')} value={o.unit} onChange={(e) => setO({ ...o, unit: e.target.value })} />
          <input data-testid="outcome-timepoint" placeholder={t('ex.timepoint')} value={o.timepoint} onChange={(e) => setO({ ...o, timepoint: e.target.value })} />
          <label>
            <input type="checkbox" checked={o.lowerIsBetter} onChange={(e) => setO({ ...o, lowerIsBetter: e.target.checked })} />
            {t('ex.lowerIsBetter')}
          </label>
          <button type="submit" data-testid="outcome-submit" disabled={!ready}>
            {t('ex.define')}
          </button>
        </form>
      )}
    </div>
  );
}
