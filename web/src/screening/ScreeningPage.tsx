/**
 * The screening page: stage switch, one record at a time or the whole list, filters,
 * progress, and (for resolvers) the conflicts. The server decides what the asker may
 * see: every list and count here comes from their blinded view.
 */
import { useCallback, useEffect, useState } from 'react';
import { apiGet, qs } from '../api/client.js';
import type { RecordFilter, SessionUser, Stage } from '../api/types.js';
import { ConflictsView } from '../conflicts/ConflictsView.js';
import { useI18n } from '../i18n/i18n.js';
import { FocusScreen } from './FocusScreen.js';
import { Progress } from './Progress.js';
import { RecordList } from './RecordList.js';
import { exclusionReasons } from './screening-api.js';
import { loadTerms, NO_TERMS, saveTerms, type TermLists } from './terms.js';
import { TermsEditor } from './TermsEditor.js';
import { useScreeningQueue } from './useScreeningQueue.js';
import './screening.css';

type View = 'screen' | 'list' | 'conflicts';
const STAGES: readonly Stage[] = ['title_abstract', 'full_text'];

export function ScreeningPage({ user }: { readonly user: SessionUser }) {
  const { t } = useI18n();
  const [stage, setStage] = useState<Stage>('title_abstract');
  const [view, setView] = useState<View>('screen');
  const [filter, setFilter] = useState<RecordFilter>('undecided');
  const [terms, setTerms] = useState<TermLists>(NO_TERMS);
  const [draftTerms, setDraftTerms] = useState<TermLists>();
  // the editor starts again from the server's lists when they are (re)loaded, not after its own save
  const [termsLoaded, setTermsLoaded] = useState(0);
  const [reasons, setReasons] = useState<readonly string[]>([]);
  const [resolver, setResolver] = useState(false);
  const [version, setVersion] = useState(0);
  const bump = useCallback(() => setVersion((v) => v + 1), []);
  const q = useScreeningQueue(stage, bump);

  useEffect(() => {
    exclusionReasons().then(setReasons, () => setReasons([]));
    loadTerms().then(
      (loaded) => {
        setTerms(loaded);
        setTermsLoaded((n) => n + 1);
      },
      () => setTerms(NO_TERMS),
    );
    // resolvers are owners and reviewers the project marks so: the server knows, so ask it
    apiGet(`/api/conflicts${qs({ stage: 'title_abstract' })}`).then(
      () => setResolver(true),
      () => setResolver(false),
    );
  }, []);
  const changeTerms = async (next: TermLists) => {
    const kept = await saveTerms(next);
    setTerms(kept);
    setDraftTerms(undefined);
    return kept;
  };
  const filters: readonly RecordFilter[] = resolver ? ['undecided', 'mine', 'conflicts', 'all'] : ['undecided', 'mine', 'all'];
  const views: readonly View[] = resolver ? ['screen', 'list', 'conflicts'] : ['screen', 'list'];

  return (
    <div className="screening">
      <div className="toolbar screening-bar">
        <div className="segmented" role="group" aria-label={t('scr.stage')}>
          {STAGES.map((s) => (
            <button key={s} type="button" className={s === stage ? 'on' : undefined} aria-pressed={s === stage} data-testid={`stage-${s}`} onClick={() => setStage(s)}>
              {t(`stage.${s}`)}
            </button>
          ))}
        </div>
        <div className="segmented" role="group" aria-label={t('scr.view')}>
          {views.map((v) => (
            <button key={v} type="button" className={v === view ? 'on' : undefined} aria-pressed={v === view} data-testid={`view-${v}`} onClick={() => setView(v)}>
              {t(`scr.view.${v}`)}
            </button>
          ))}
        </div>
        {view === 'list' && (
          <label>
            {t('scr.filter')}{' '}
            <select data-testid="filter" value={filter} onChange={(e) => setFilter(e.target.value as RecordFilter)}>
              {filters.map((f) => (
                <option key={f} value={f}>
                  {t(`filter.${f}`)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <Progress counts={q.counts} />
      {view === 'screen' && (
        <div className="screen-columns">
          <FocusScreen stage={stage} q={q} reasons={reasons} terms={draftTerms ?? terms} canScreen={user.role !== 'viewer'} />
          <TermsEditor key={termsLoaded} terms={terms} canEdit={user.role === 'owner'} onDraft={setDraftTerms} onSave={changeTerms} />
        </div>
      )}
      {view === 'list' && (
        <RecordList
          stage={stage}
          filter={filter}
          version={version}
          onOpen={(id) => {
            q.open(id);
            setView('screen');
          }}
        />
      )}
      {view === 'conflicts' && <ConflictsView stage={stage} reasons={reasons} onResolved={bump} />}
    </div>
  );
}
