/** PRISMA 2020 counts as a form, and the flow diagram drawn live by the core's prismaPlot. */
import { useMemo, useState } from 'react';
import { prismaCounts } from '../../../src/plot/prisma/counts.js';
import { prismaPlot } from '../../../src/plot/prisma/prisma-plot.js';
import { saveBlob, saveText, svgToPng } from '../common/download.js';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import { exampleForm, formToJson, type CountField, type PrismaForm } from './prisma-form.js';

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

export function PrismaPage() {
  const { t } = useI18n();
  const [form, setForm] = useState<PrismaForm>(exampleForm);
  const json = useMemo(() => formToJson(form), [form]);
  const drawn = useMemo(() => {
    try {
      return { svg: prismaPlot(prismaCounts(json)) };
    } catch (err) {
      return { error: err instanceof Error ? err.message : String(err) };
    }
  }, [json]);
  const setCount = (field: CountField, v: string) => setForm({ ...form, counts: { ...form.counts, [field]: v } });
  const setReason = (i: number, patch: Partial<PrismaForm['reasons'][number]>) =>
    setForm({ ...form, reasons: form.reasons.map((r, j) => (j === i ? { ...r, ...patch } : r)) });

  return (
    <div className="prisma">
      <p className="intro">{t('prisma.intro')}</p>
      <div className="columns">
        <form className="left prisma-form" onSubmit={(e) => e.preventDefault()}>
          <label>
            {t('prisma.template')}
            <select value={form.template} onChange={(e) => setForm({ ...form, template: e.target.value as PrismaForm['template'] })}>
              <option value="new">{t('prisma.template.new')}</option>
              <option value="updated">{t('prisma.template.updated')}</option>
            </select>
          </label>
          <p className="muted">{t('prisma.notReported')}</p>
          {SECTIONS.filter((s) => s.title !== 'prisma.previous' || form.template === 'updated').map((s) => (
            <fieldset key={s.title}>
              <legend>{t(s.title)}</legend>
              {s.fields.map(([field, label]) => (
                <label key={field} className="count">
                  <span>{t(label)}</span>
                  <input inputMode="numeric" data-testid={`prisma-${field}`} value={form.counts[field]} onChange={(e) => setCount(field, e.target.value)} />
                </label>
              ))}
              {s.title === 'prisma.screening' && (
                <div className="reasons">
                  <span>{t('prisma.excluded')}</span>
                  {form.reasons.map((r, i) => (
                    <div key={i} className="reason">
                      <input aria-label={t('prisma.reason')} value={r.reason} onChange={(e) => setReason(i, { reason: e.target.value })} />
                      <input inputMode="numeric" aria-label="n" value={r.n} onChange={(e) => setReason(i, { n: e.target.value })} />
                      <button type="button" className="link" onClick={() => setForm({ ...form, reasons: form.reasons.filter((_, j) => j !== i) })}>
                        {t('table.remove')}
                      </button>
                    </div>
                  ))}
                  <button type="button" onClick={() => setForm({ ...form, reasons: [...form.reasons, { reason: '', n: '' }] })}>
                    + {t('prisma.addReason')}
                  </button>
                </div>
              )}
            </fieldset>
          ))}
        </form>
        <div className="right">
          <h2>{t('prisma.diagram')}</h2>
          {drawn.svg === undefined ? (
            <div className="error" role="alert">
              <strong>{t('prisma.error')}</strong>
              <p>{drawn.error}</p>
            </div>
          ) : (
            <>
              <div className="toolbar">
                <button type="button" onClick={() => saveText(drawn.svg, 'prisma.svg', 'image/svg+xml')}>
                  {t('dl.svg')}
                </button>
                <button type="button" onClick={() => void svgToPng(drawn.svg).then((b) => saveBlob(b, 'prisma.png'))}>
                  {t('dl.png')}
                </button>
                <button type="button" onClick={() => saveText(JSON.stringify(json, null, 2) + '\n', 'prisma.json', 'application/json')}>
                  {t('dl.json')}
                </button>
              </div>
              <div className="plot" data-testid="prisma-diagram" dangerouslySetInnerHTML={{ __html: drawn.svg }} />
            </>
          )}
        </div>
      </div>
    </div>
  );
}
