/**
 * The analysis page: the studies and options on the left, the forest plot and the
 * result panels on the right, recomputed in the browser on every change. Served by
 * metasift with someone signed in, it also loads an outcome's extracted studies from the
 * project (blinded as the server's table is) and fills the Subgroup column from a study
 * characteristic; without a server it works on the example and on opened CSV files.
 * An outcome of the project starts from the analysis saved for it (its report's), and
 * "Use in the project's report" saves the options shown as that analysis.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { SavedOutcomeAnalysis } from '../../../src/analysis/outcome-analysis.js';
import type { ProjectTable } from '../../../src/analysis/project-table.js';
import type { Outcome } from '../../../src/review/extraction/types.js';
import { useResolver } from '../api/resolver.js';
import { useSession } from '../api/session.js';
import { saveBlob, saveText, svgToPng } from '../common/download.js';
import { ReportDownload } from '../common/ReportDownload.js';
import { useI18n } from '../i18n/i18n.js';
import { errorText } from './error-text.js';
import { outcomeTable, outcomes as listOutcomes } from '../extraction/extraction-api.js';
import { characteristicByStudy, clearHandoff, peekHandoff, studyTableOf } from './handoff.js';
import { EXAMPLE_OPTIONS, exampleTable } from './example.js';
import { kindSpec, type DataKind } from './data-kinds.js';
import { hasTestChoice, methodsFor } from './methods.js';
import { tableFromCsv } from './open-csv.js';
import { OptionsForm } from './OptionsForm.js';
import { ProjectPicker } from './ProjectPicker.js';
import { ReportChoice } from './ReportChoice.js';
import { asSaved, choicesOf, reportOptions, sameOptions } from './report-options.js';
import { clearOutcomeAnalysis, outcomeAnalysis, saveOutcomeAnalysis, type OutcomeAnalysisView } from '../common/report-settings-api.js';
import { BiasPanel, HeterogeneityPanel, LeaveOneOutPanel, PooledPanel, SubgroupPanel } from './ResultPanels.js';
import { runAnalysis, type AnalysisChoices } from './run-analysis.js';
import { StudyTableEditor } from './StudyTableEditor.js';
import { toCsv, type StudyTable } from './study-table.js';

const INITIAL: AnalysisChoices = { ...EXAMPLE_OPTIONS, test: 'z', level: 95, prediction: false };

/**
 * Where the table came from when it is the project's: the outcome, the characteristic of
 * the subgroups, the server's notes, the analysis saved for the report (undefined until
 * the server has said whether there is one).
 */
interface FromProject {
  readonly outcome: string;
  readonly by: string;
  readonly warnings: readonly string[];
  readonly saved: SavedOutcomeAnalysis | null | undefined;
}
const NOT_PROJECT: FromProject = { outcome: '', by: '', warnings: [], saved: null };

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

  // the project's outcomes, when a server with a signed-in user is there
  const { info } = useSession();
  const signedIn = info?.user != null;
  const canSave = useResolver(info?.user?.role);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [project, setProject] = useState<FromProject>(() => ({ ...NOT_PROJECT, outcome: handed?.outcome ?? '', saved: handed?.outcome === undefined ? null : undefined }));
  const [busy, setBusy] = useState(false);
  const [projectError, setProjectError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string>();
  const request = useRef(0);
  useEffect(() => {
    if (!signedIn) return;
    let live = true;
    listOutcomes().then(
      (o) => live && setOutcomes(o),
      (e: unknown) => live && setProjectError(errorText(e, t)),
    );
    return () => {
      live = false;
    };
  }, [signedIn, t]);

  /**
   * Fetches an outcome's table (with characteristic `by` as a column) and applies it, unless
   * a later request came first. With `withSaved`, the analysis saved for the outcome is read
   * first: its subgroup characteristic, when it has one, replaces `by`.
   */
  const fetchTable = async (name: string, by: string, apply: (pt: ProjectTable, by: string, saved: OutcomeAnalysisView | undefined) => void, withSaved = false) => {
    const n = ++request.current;
    setBusy(true);
    setProjectError(undefined);
    try {
      const saved = withSaved ? await outcomeAnalysis(name) : undefined;
      const used = saved?.saved?.options.subgroup ?? by;
      const pt = await outcomeTable(name, used === '' ? [] : [used]);
      if (n === request.current) apply(pt, used, saved);
    } catch (e) {
      if (n === request.current) setProjectError(t('analysis.loadError', { outcome: name, message: errorText(e, t) }));
    } finally {
      if (n === request.current) setBusy(false);
    }
  };
  const detach = () => {
    request.current++;
    setBusy(false);
    setProjectError(undefined);
    setSaveError(undefined);
    setProject(NOT_PROJECT);
  };
  const chooseOutcome = (name: string) => {
    if (name === '') return detach();
    setSaveError(undefined);
    void fetchTable(
      name,
      project.by,
      (pt, by, view) => {
        const next = studyTableOf(pt, by === '' ? undefined : by);
        if (next === undefined) throw new Error(t('table.noKind'));
        setTable(next);
        // the saved analysis, else the report's defaults: the page pools as the report does
        if (view !== undefined) setChoices(choicesOf(reportOptions(view)));
        setProject({ outcome: name, by, warnings: pt.warnings, saved: view?.saved ?? null });
      },
      true,
    );
  };
  // an outcome handed over by the Extraction page starts as choosing it does: from its saved analysis (or the report's defaults)
  const handedLoaded = useRef(false);
  useEffect(() => {
    if (!signedIn || handed?.outcome === undefined || handedLoaded.current) return;
    handedLoaded.current = true;
    chooseOutcome(handed.outcome);
  }, [signedIn]);
  const saveForReport = async (clear: boolean) => {
    setSaving(true);
    setSaveError(undefined);
    try {
      const view = clear ? await clearOutcomeAnalysis(project.outcome) : await saveOutcomeAnalysis(project.outcome, asSaved(effective, table.subgroups ? project.by : ''));
      setProject((p) => (p.outcome === view.outcome ? { ...p, saved: view.saved } : p));
    } catch (e) {
      setSaveError(t('analysis.saveError', { message: errorText(e, t) }));
    } finally {
      setSaving(false);
    }
  };
  const chooseBy = (by: string) => {
    if (by === '') {
      setTable((cur) => ({ ...cur, subgroups: false }));
      setProject((p) => ({ ...p, by: '' }));
      return;
    }
    // only the Subgroup cells change (matched by study label), so edits to the numbers stay
    void fetchTable(project.outcome, by, (pt) => {
      const values = characteristicByStudy(pt, by);
      setTable((cur) => ({ ...cur, subgroups: true, rows: cur.rows.map((r) => (values.has(r.study) ? { ...r, subgroup: values.get(r.study)! } : r)) }));
      setProject((p) => ({ ...p, by, warnings: pt.warnings }));
    });
  };

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
      detach();
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
          {signedIn && (
            <>
              <ProjectPicker
                outcomes={outcomes}
                outcome={project.outcome}
                by={project.by}
                busy={busy}
                warnings={project.warnings}
                error={projectError}
                onOutcome={chooseOutcome}
                onBy={chooseBy}
              />
              {project.outcome !== '' && project.saved !== undefined && (
                <ReportChoice
                  saved={project.saved}
                  canSave={canSave}
                  changed={project.saved !== null && !sameOptions(asSaved(effective, table.subgroups ? project.by : ''), project.saved.options)}
                  busy={saving || busy}
                  error={saveError}
                  onSave={() => void saveForReport(false)}
                  onClear={() => void saveForReport(true)}
                />
              )}
            </>
          )}
          <h2>{t('analysis.options')}</h2>
          <OptionsForm
            kind={table.kind}
            subgroups={table.subgroups}
            choices={choices}
            onKind={setKind}
            onSubgroups={(subgroups) => {
              setTable({ ...table, subgroups });
              if (!subgroups) setProject((p) => ({ ...p, by: '' }));
            }}
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
                detach();
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
