/**
 * The numbers beside the forest plot: pooled estimate, heterogeneity, subgroup test,
 * leave-one-out and small-study effects, all read from the core's result JSON. Each
 * shown value also carries its unrounded value in `data-value` (for tests and copying).
 */
import type { AnalysisReport } from '../../../src/analysis/analyze-table.js';
import { isRandom } from '../../../src/plot/forest/labels.js';
import { fixed, percent, pText, pValue } from '../common/format.js';
import { useI18n } from '../i18n/i18n.js';
import { errorText } from './error-text.js';
import type { AnalysisRun } from './run-analysis.js';

function Num({ id, value, digits = 2 }: { readonly id?: string; readonly value: number | null | undefined; readonly digits?: number }) {
  return (
    <span className="value" data-testid={id} data-value={value ?? ''}>
      {fixed(value, digits)}
    </span>
  );
}

export function PooledPanel({ result }: { readonly result: AnalysisReport }) {
  const { t } = useI18n();
  const tr = result.transf;
  const stat = result.zval !== undefined ? 'z' : 't';
  const statValue = result.zval ?? result.tval;
  return (
    <section className="panel" data-testid="pooled">
      <h3>{t('res.pooled')}</h3>
      <p className="big">
        <strong>{result.measure}</strong> <Num id="pooled-est" value={tr.est} /> <span className="muted">({t('res.ci', { level: result.level })}</span>{' '}
        <Num id="pooled-ci-lb" value={tr.ci_lb} /> {t('res.to')} <Num id="pooled-ci-ub" value={tr.ci_ub} />
        <span className="muted">)</span>
      </p>
      <p>
        {stat} = <Num value={statValue} />, <span data-testid="pooled-p">{pText(result.pval)}</span>; {t('res.studies', { k: result.k })}
      </p>
      {isRandom(result.method) && tr.pi_lb !== null && tr.pi_ub !== null && (
        <p>
          {t('res.pi')}: <Num value={tr.pi_lb} /> {t('res.to')} <Num value={tr.pi_ub} />
        </p>
      )}
      {result.warnings.length > 0 && (
        <details className="warnings">
          <summary>{t('res.warnings')}</summary>
          <ul>
            {result.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

export function HeterogeneityPanel({ result }: { readonly result: AnalysisReport }) {
  const { t } = useI18n();
  return (
    <section className="panel" data-testid="heterogeneity">
      <h3>{t('res.heterogeneity')}</h3>
      <dl>
        <dt>{t('res.tau2')}</dt>
        <dd>
          <Num id="tau2" value={result.tau2} digits={4} />
        </dd>
        <dt>{t('res.I2')}</dt>
        <dd data-testid="I2" data-value={result.I2 ?? ''}>
          {percent(result.I2)}
        </dd>
        <dt>{t('res.Q', { df: result.QE_df })}</dt>
        <dd>
          <Num id="QE" value={result.QE} />
        </dd>
        <dt>{t('res.Qp')}</dt>
        <dd>{pValue(result.QEp)}</dd>
      </dl>
    </section>
  );
}

export function SubgroupPanel({ result, run }: { readonly result: AnalysisReport; readonly run: AnalysisRun }) {
  const { t } = useI18n();
  const s = result.subgroups;
  return (
    <section className="panel" data-testid="subgroups-panel">
      <h3>{t('res.subgroups')}</h3>
      {s === undefined ? (
        <p className="muted">{t('res.subgroupsOff')}</p>
      ) : (
        <>
          <table className="results">
            <thead>
              <tr>
                <th>{t('res.subgroup')}</th>
                <th className="num">{t('res.k')}</th>
                <th className="num">{result.measure}</th>
                <th className="num">{t('res.ci', { level: result.level })}</th>
              </tr>
            </thead>
            <tbody>
              {s.levels.map((l) => (
                <tr key={l.subgroup}>
                  <td>{l.subgroup}</td>
                  <td className="num">{l.k}</td>
                  <td className="num">{fixed(l.transf?.est ?? run.transf(l.b))}</td>
                  <td className="num">
                    {fixed(l.transf?.ci_lb ?? run.transf(l.ci_lb))} {t('res.to')} {fixed(l.transf?.ci_ub ?? run.transf(l.ci_ub))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p data-testid="subgroup-test">
            {t('res.subgroupTest', {
              Q: fixed(s.test_subgroup_diff.Q),
              df: s.test_subgroup_diff.df,
              p: pText(s.test_subgroup_diff.p),
              I2: fixed(s.test_subgroup_diff.I2, 1),
            })}
          </p>
        </>
      )}
    </section>
  );
}

export function LeaveOneOutPanel({ run, measure, level }: { readonly run: AnalysisRun; readonly measure: string; readonly level: number }) {
  const { t } = useI18n();
  const l = run.leave1out;
  if (l === undefined) return null;
  return (
    <section className="panel wide" data-testid="leave1out">
      <h3>{t('res.sensitivity')}</h3>
      {!l.ok ? (
        <p className="muted">{errorText(l.error, t)}</p>
      ) : (
        <table className="results">
          <thead>
            <tr>
              <th>{t('res.omitted')}</th>
              <th className="num">{measure}</th>
              <th className="num">{t('res.ci', { level })}</th>
              <th className="num">{t('res.pval')}</th>
              <th className="num">I²</th>
              <th className="num">τ²</th>
            </tr>
          </thead>
          <tbody>
            {l.value.map((r) => (
              <tr key={String(r.study)}>
                <td>{String(r.study)}</td>
                <td className="num">{fixed(run.transf(r.b as number | null))}</td>
                <td className="num">
                  {fixed(run.transf(r.ci_lb as number | null))} {t('res.to')} {fixed(run.transf(r.ci_ub as number | null))}
                </td>
                <td className="num">{pValue(r.pval as number | null)}</td>
                <td className="num">{percent(r.I2 as number | null)}</td>
                <td className="num">{fixed(r.tau2 as number | null, 4)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function BiasPanel({ run }: { readonly run: AnalysisRun }) {
  const { t } = useI18n();
  const b = run.bias;
  if (b === undefined) return null;
  if (!b.ok) {
    return (
      <section className="panel" data-testid="bias">
        <h3>{t('res.bias')}</h3>
        <p className="muted">{errorText(b.error, t)}</p>
      </section>
    );
  }
  const { egger, begg, trimfill: tf } = b.value;
  const stat = egger as { readonly zval?: number | null; readonly tval?: number | null };
  const eggerStat = stat.zval !== undefined ? `z = ${fixed(stat.zval)}` : `t = ${fixed(stat.tval)}`;
  return (
    <section className="panel" data-testid="bias">
      <h3>{t('res.bias')}</h3>
      <dl>
        <dt>{t('res.egger')}</dt>
        <dd data-testid="egger-p" data-value={egger.pval ?? ''}>
          {eggerStat}, {pText(egger.pval)}
        </dd>
        <dt>{t('res.begg')}</dt>
        <dd>
          Kendall τ = {fixed(begg.tau, 3)}, {pText(begg.pval)}
        </dd>
        <dt>{t('res.trimfill')}</dt>
        <dd data-testid="trimfill">
          {t('res.trimfillText', { k0: tf.k0, side: t(tf.side === 'left' ? 'res.side.left' : 'res.side.right') })}:{' '}
          <Num value={run.transf(tf.b)} /> ({fixed(run.transf(tf.ci_lb))} {t('res.to')} {fixed(run.transf(tf.ci_ub))})
        </dd>
      </dl>
    </section>
  );
}
