/**
 * Extraction: pick or add a study and enter its characteristics (CharacteristicsForm),
 * pick an outcome, enter each arm's value as the report prints it (checked as you type by
 * the core's checkArm, converted in place by armSummary), see the arms combined into the
 * comparison's two groups, and save each arm to the server as your own extraction.
 * Owners and resolvers also get the discrepancies.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ArmEntry, Outcome, Study } from '../../../src/review/extraction/types.js';
import { canonicalJson } from '../../../src/review/extraction/canonical-json.js';
import { apiGet } from '../api/client.js';
import type { SessionUser } from '../api/types.js';
import { handToAnalysis } from '../analysis/handoff.js';
import { useAction } from '../common/use-action.js';
import { useI18n } from '../i18n/i18n.js';
import { ArmForm } from './ArmForm.js';
import { CharacteristicsForm } from './CharacteristicsForm.js';
import { blankDraft, checkDraft, draftOf, type ArmDraft } from './arm-form.js';
import { DiscrepanciesView } from './DiscrepanciesView.js';
import * as api from './extraction-api.js';
import { GroupsPreview } from './GroupsPreview.js';
import { OutcomePicker, StudyPicker } from './Pickers.js';
import './extraction.css';

export function ExtractionPage({ user }: { readonly user: SessionUser }) {
  const { t } = useI18n();
  const [studies, setStudies] = useState<Study[]>([]);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [studyId, setStudyId] = useState<number>();
  const [outcomeName, setOutcomeName] = useState<string>();
  const [drafts, setDrafts] = useState<ArmDraft[]>([]);
  const [saved, setSaved] = useState<Record<string, ArmEntry>>({});
  const [resolver, setResolver] = useState(false);
  const { error, busy, fail, act } = useAction();
  const [tick, setTick] = useState(0);
  const outcome = outcomes.find((o) => o.name === outcomeName);

  useEffect(() => {
    Promise.all([api.studies(), api.outcomes()]).then(([s, o]) => {
      setStudies(s);
      setOutcomes(o);
      setStudyId((v) => v ?? s[0]?.id);
      setOutcomeName((v) => v ?? o[0]?.name);
    }, fail);
    apiGet('/api/extractions/discrepancies').then(
      () => setResolver(true),
      () => setResolver(false),
    );
  }, []);

  const loadMine = useCallback(() => {
    if (studyId === undefined || outcome === undefined) return;
    api.myExtractions(studyId, outcome.name).then((r) => {
      const mine: Record<string, ArmEntry> = {};
      for (const i of r.items) if (i.key.item === 'arm') mine[i.key.arm] = i.data as ArmEntry;
      setSaved(mine);
      const names = Object.keys(mine);
      setDrafts(names.length > 0 ? names.map((a) => draftOf(a, mine[a])) : [blankDraft('MSC', 'msc', outcome.type), blankDraft('Control', 'control', outcome.type)]);
    }, fail);
  }, [studyId, outcome]);
  useEffect(loadMine, [loadMine]);

  const addStudy = (label: string) =>
    void act(async () => {
      const s = await api.addStudy(label);
      setStudies(await api.studies());
      setStudyId(s.id);
    });
  const defineOutcome = (o: Parameters<typeof api.defineOutcome>[0]) =>
    void act(async () => {
      await api.defineOutcome(o);
      setOutcomes(await api.outcomes());
      setOutcomeName(o.name);
    });
  const save = (i: number) =>
    void act(async () => {
      const c = checkDraft(drafts[i], outcome!.type);
      if (!c.ok) return;
      await api.enterArm({ studyId: studyId!, outcome: outcome!.name, arm: drafts[i].arm.trim() }, c.entry);
      setSaved({ ...saved, [drafts[i].arm.trim()]: c.entry });
    });
  const openInAnalysis = () =>
    void act(async () => {
      handToAnalysis(await api.outcomeTable(outcome!.name));
      location.hash = '#/analysis';
    });

  const valid = outcome === undefined ? [] : drafts.flatMap((d) => {
    const c = checkDraft(d, outcome.type);
    return c.ok ? [{ arm: d.arm, entry: c.entry }] : [];
  });
  const state = (d: ArmDraft): 'saved' | 'changed' | 'new' => {
    const s = saved[d.arm.trim()];
    if (s === undefined) return 'new';
    const c = outcome && checkDraft(d, outcome.type);
    return c?.ok && canonicalJson(c.entry) === canonicalJson(s) ? 'saved' : 'changed';
  };

  return (
    <div className="extraction">
      <p className="intro">{t('ex.intro')}</p>
      <StudyPicker studies={studies} value={studyId} onPick={setStudyId} onAdd={addStudy} />
      {studyId !== undefined && <CharacteristicsForm key={studyId} studyId={studyId} study={studies.find((s) => s.id === studyId)?.label ?? ''} resolver={resolver} />}
      <OutcomePicker outcomes={outcomes} value={outcomeName} canDefine={user.role === 'owner'} onPick={setOutcomeName} onDefine={defineOutcome} />
      {error !== undefined && (
        <p className="error" role="alert" data-testid="ex-error">
          {error}
        </p>
      )}
      {studyId === undefined || outcome === undefined ? (
        <p className="muted" data-testid="ex-choose">
          {t('ex.choose')}
        </p>
      ) : (
        <>
          <h2>{t('ex.arms', { study: studies.find((s) => s.id === studyId)?.label ?? '', outcome: outcome.name })}</h2>
          {drafts.map((d, i) => (
            <ArmForm
              key={i}
              index={i}
              draft={d}
              type={outcome.type}
              state={state(d)}
              busy={busy}
              onChange={(n) => setDrafts(drafts.map((x, j) => (j === i ? n : x)))}
              onSave={() => save(i)}
            />
          ))}
          <div className="toolbar">
            <button type="button" data-testid="arm-add" onClick={() => setDrafts([...drafts, blankDraft(t('ex.newArm', { n: drafts.length + 1 }), 'msc', outcome.type)])}>
              {t('ex.addArm')}
            </button>
            <button type="button" data-testid="open-analysis" disabled={busy} onClick={openInAnalysis} title={t('ex.openHelp')}>
              {t('ex.open')}
            </button>
          </div>
          <h2>{t('ex.groups')}</h2>
          <GroupsPreview arms={valid} />
          {resolver && <DiscrepanciesView key={`${outcome.name}-${tick}`} outcome={outcome.name} studies={studies} onReconciled={() => setTick(tick + 1)} />}
        </>
      )}
    </div>
  );
}
