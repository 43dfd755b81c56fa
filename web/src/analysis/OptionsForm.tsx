/** Data kind, measure, method, test, level and the drawing options. */
import type { PoolingMethod } from '../../../src/analysis/analysis-options.js';
import type { Measure } from '../../../src/stats/effects/types.js';
import type { TestType } from '../../../src/stats/models/types.js';
import { useI18n } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/en.js';
import { KINDS, kindSpec, type DataKind } from './data-kinds.js';
import { hasTestChoice, methodsFor } from './methods.js';
import type { AnalysisChoices } from './run-analysis.js';

interface Props {
  readonly kind: DataKind;
  readonly subgroups: boolean;
  readonly choices: AnalysisChoices;
  readonly onKind: (kind: DataKind) => void;
  readonly onSubgroups: (on: boolean) => void;
  readonly onChoices: (c: AnalysisChoices) => void;
}

export function OptionsForm({ kind, subgroups, choices, onKind, onSubgroups, onChoices }: Props) {
  const { t } = useI18n();
  const set = (patch: Partial<AnalysisChoices>) => onChoices({ ...choices, ...patch });
  const setMeasure = (measure: Measure) => {
    const methods = methodsFor(measure);
    set({ measure, method: methods.includes(choices.method) ? choices.method : 'REML' });
  };
  return (
    <div className="options" data-testid="options">
      <label>
        {t('data.kind')}
        <select data-testid="kind" value={kind} onChange={(e) => onKind(e.target.value as DataKind)}>
          {KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {t(`kind.${k.kind}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('opt.measure')}
        <select data-testid="measure" value={choices.measure} onChange={(e) => setMeasure(e.target.value as Measure)}>
          {kindSpec(kind).measures.map((m) => (
            <option key={m} value={m}>
              {m} – {t(`measure.${m}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('opt.method')}
        <select data-testid="method" value={choices.method} onChange={(e) => set({ method: e.target.value as PoolingMethod })}>
          {methodsFor(choices.measure).map((m) => (
            <option key={m} value={m}>
              {m} – {t(`method.${m}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('opt.test')}
        <select
          data-testid="test"
          value={hasTestChoice(choices.method) ? choices.test : 'z'}
          disabled={!hasTestChoice(choices.method)}
          title={hasTestChoice(choices.method) ? undefined : t('opt.testFixed')}
          onChange={(e) => set({ test: e.target.value as TestType })}
        >
          {(['z', 'knha', 't'] as const).map((x) => (
            <option key={x} value={x}>
              {t(`test.${x}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('opt.level')}
        <input
          type="number"
          data-testid="level"
          min={50}
          max={99.9}
          step={0.5}
          value={choices.level}
          onChange={(e) => {
            const level = Number(e.target.value);
            if (level > 0 && level < 100) set({ level });
          }}
        />
      </label>
      <label className="check">
        <input type="checkbox" data-testid="prediction" checked={choices.prediction} onChange={(e) => set({ prediction: e.target.checked })} />
        {t('opt.prediction')}
      </label>
      <label className="check">
        <input type="checkbox" data-testid="subgroups" checked={subgroups} onChange={(e) => onSubgroups(e.target.checked)} />
        {t('opt.subgroups')}
      </label>
      <label className="check">
        <input type="checkbox" checked={choices.higherIsBetter} onChange={(e) => set({ higherIsBetter: e.target.checked })} />
        {t('opt.higherBetter')}
      </label>
    </div>
  );
}
