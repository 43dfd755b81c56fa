/**
 * The analysis page: the studies and options on the left, the forest plot and the
 * result panels on the right, recomputed in the browser on every change.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { saveBlob, saveText, svgToPng } from '../common/download.js';
import { ReportDownload } from '../common/ReportDownload.js';
import { useI18n } from '../i18n/i18n.js';
import { errorText } from './error-text.js';
import { clearHandoff, peekHandoff } from './handoff.js';
import { EXAMPLE_OPTIONS, exampleTable } from './example.js';
import { kindSpec, type DataKind } from './data-kinds.js';
import { hasTestChoice, methodsFor } from './methods.js';
import { tableFromCsv } from './open-csv.js';
import { OptionsForm } from './OptionsForm.js';
import { BiasPanel, HeterogeneityPanel, LeaveOneOutPanel, PooledPanel, SubgroupPanel } from './ResultPanels.js';
import { runAnalysis, type AnalysisChoices } from './run-analysis.js';
import { StudyTableEditor } from './StudyTableEditor.js';
import { toCsv, type StudyTable } from './study-table.js';

const INITIAL: AnalysisChoices = { ...EXAMPLE_OPTIONS, test: 'z', level: 95, prediction: false };

function Svg({ svg, id }: { readonly svg: string; readonly id: string }) {
  return <div className="plot" data-testid={id} dangerouslySetInnerHTML={{ __html: svg }} />;
}

export function AnalysisPage() {
  const { t } = useI18n();
  // a table sent by the Extraction page's "Open in analysis" replaces the example
  const [handed] = useState(peekHandoff);
  useEffect(clearHandoff, []);
  const [table, setTable] = useState<StudyTable>(() => handed?.table ?? exampleTable());
  const [choices, setChoices] = useState<AnalysisChoices>(() =>
    handed === undefined ? INITIAL : { ...INITIAL, measure: kindSpec(handed.table.kind).measures[0], method: 'REML', higherIsBetter: handed.higherIsBetter },
  );
  const [fileError, setFileError] = useState<string>();
  const fileInput = useRef<HTMLInputElement>(null);

  const labels = useMemo(
    () => ({ favoursExp: t('plot.favoursExp'), favoursCtl: t('plot.favoursCtl'), exp: t('plot.exp'), ctl: t('plot.ctl') }),
    [t],
  );
  const effective = useMemo(() => (hasTestChoice(choices.method) ? choices : { ...choices, test: 'z' as const }), [choices]);
  const run = useMemo(() => runAnalysis(table, effective, labels), [table, effective, labels]);

  const setKind = (kind: DataKind) => {
    const measure = kindSpec(kind).measures[0];
    setTable({ ...table, kind });
    setChoices({ ...choices, measure, method: methodsFor(measure).includes(choices.method) ? choices.method : 'REML' });
  };
  const open = async (file: File) => {
    try {
      const next = tableFromCsv(await file.text(), file.name);
      if (next === undefined) throw new Error(t('table.noKind'));
      setTable(next);
      const measure = kindSpec(next.kind).measures[0];
      setChoices({ ...choices, measure, method: methodsFor(measure).includes(choices.method) ? choices.method : 'REML' });
      setFileError(undefined);
    } catch (err) {
      setFileError(t('table.openError', { file: file.name, message: errorText(err, t) }));
    }
  };
  const stem = `forest-${choices.measure}-${choices.method}`;

  return (
    <div className="analysis">
      <p className="intro">{t('analysis.intro')}</p>
      <ReportDownload />
      <div className="columns">
        <div className="left">
          <h2>{t('analysis.options')}</h2>
          <OptionsForm
            kind={table.kind}
            subgroups={table.subgroups}
            choices={choices}
            onKind={setKind}
            onSubgroups={(subgroups) => setTable({ ...table, subgroups })}
            onChoices={setChoices}
          />
          <h2>{t('analysis.data')}</h2>
          <StudyTableEditor table={table} onChange={setTable} />
          <div className="toolbar">
            <button type="button" onClick={() => fileInput.current?.click()} title={t('table.openHelp')}>
              {t('table.open')}
            </button>
            <input
              ref={fileInput}
              type="file"
              accept=".csv,text/csv"
              hidden
              onChange={(e) => {
                const f = e.target.files?.[0];
                if (f) void open(f);
                e.target.value = '';
              }}
            />
            <button type="button" data-testid="download-csv" onClick={() => saveText(toCsv(table), 'studies.csv', 'text/csv')}>
              {t('dl.csv')}
            </button>
            <button
              type="button"
              onClick={() => {
                setTable(exampleTable());
                setChoices(INITIAL);
              }}
            >
              {t('table.reset')}
            </button>
          </div>
          {fileError && <p className="error">{fileError}</p>}
        </div>
        <div className="right">
          <h2>{t('analysis.forest')}</h2>
          {!run.main.ok ? (
            <div className="error" data-testid="analysis-error" role="alert">
              <strong>{t('res.error')}</strong>
              <p>{errorText(run.main.error, t)}</p>
            </div>
          ) : (
            <>
              <div className="toolbar">
                <button type="button" data-testid="download-svg" onClick={() => saveText(run.forestSvg!, `${stem}.svg`, 'image/svg+xml')}>
                  {t('dl.svg')}
                </button>
                <button type="button" data-testid="download-png" onClick={() => void svgToPng(run.forestSvg!).then((b) => saveBlob(b, `${stem}.png`))}>
                  {t('dl.png')}
                </button>
                <button
                  type="button"
                  onClick={() => saveText(JSON.stringify(run.main.ok ? run.main.value : null, null, 2), 'analysis.json', 'application/json')}
                >
                  {t('dl.json')}
                </button>
              </div>
              <Svg id="forest" svg={run.forestSvg!} />
              <h2>{t('analysis.results')}</h2>
              <div className="panels">
                <PooledPanel result={run.main.value} />
                <HeterogeneityPanel result={run.main.value} />
                <SubgroupPanel result={run.main.value} run={run} />
                <BiasPanel run={run} />
                <LeaveOneOutPanel run={run} measure={run.main.value.measure} level={run.main.value.level} />
                {run.funnelSvg && (
                  <section className="panel wide">
                    <h3>{t('res.funnel')}</h3>
                    <div className="toolbar">
                      <button type="button" onClick={() => saveText(run.funnelSvg!, 'funnel.svg', 'image/svg+xml')}>
                        {t('dl.svg')}
                      </button>
                      <button type="button" onClick={() => void svgToPng(run.funnelSvg!).then((b) => saveBlob(b, 'funnel.png'))}>
                        {t('dl.png')}
                      </button>
                    </div>
                    <Svg id="funnel" svg={run.funnelSvg} />
                  </section>
                )}
              </div>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
