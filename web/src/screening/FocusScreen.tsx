/**
 * Screening one record at a time by keyboard: I include, E exclude, M maybe, U (or
 * Backspace, Ctrl+Z) undo. At full text, E asks for the reason, chosen with 1–9.
 * The buttons do the same for a mouse.
 */
import { useEffect, useState } from 'react';
import type { Stage, Verdict } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';
import { isTyping, keyAction, VERDICT_KEYS } from './keys.js';
import { RecordCard } from './RecordCard.js';
import type { ScreeningQueue } from './useScreeningQueue.js';
import type { TermLists } from './terms.js';

interface Props {
  readonly stage: Stage;
  readonly q: ScreeningQueue;
  readonly reasons: readonly string[];
  readonly terms: TermLists;
  readonly canScreen: boolean;
}

export function FocusScreen({ stage, q, reasons, terms, canScreen }: Props) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const ready = q.current !== undefined && q.current.id === q.currentId && canScreen;

  const choose = (verdict: Verdict) => {
    if (!ready) return;
    if (verdict === 'exclude' && stage === 'full_text') setAsking(true);
    else q.decide(verdict);
  };
  const pickReason = (i: number) => {
    if (!asking || i >= reasons.length) return;
    setAsking(false);
    q.decide('exclude', reasons[i]);
  };

  useEffect(() => {
    const on = (e: KeyboardEvent) => {
      if (isTyping(e.target)) return;
      const a = keyAction(e);
      if (a === undefined) return;
      e.preventDefault();
      if (a.kind === 'cancel') {
        if (asking) setAsking(false);
        else q.resume();
      } else if (a.kind === 'undo') {
        setAsking(false);
        q.undo();
      } else if (a.kind === 'reason') pickReason(a.index);
      else if (!asking) choose(a.verdict);
    };
    addEventListener('keydown', on);
    return () => removeEventListener('keydown', on);
  });

  const mine = q.current?.screening.find((e) => e.stage === stage)?.mine ?? null;
  return (
    <section className="focus" data-testid="focus">
      {!canScreen && <p className="muted">{t('scr.viewerOnly')}</p>}
      {q.revisiting && (
        <p className="revisit" data-testid="revisit">
          {mine === null ? t('scr.revisitNone') : t('scr.revisit', { verdict: t(`verdict.${mine.verdict}`) })}
          {mine?.reason && ` (${mine.reason})`}{' '}
          <button type="button" className="link" onClick={q.resume}>
            {t('scr.resume')}
          </button>
        </p>
      )}
      {q.done && !q.revisiting ? (
        <p className="panel" data-testid="all-done">
          {t('scr.allDone')}
        </p>
      ) : q.current === undefined || q.current.id !== q.currentId ? (
        <p className="muted">{t('server.loading')}</p>
      ) : (
        <RecordCard detail={q.current} terms={terms} />
      )}
      {asking ? (
        <div className="reason-picker" data-testid="reason-picker" role="dialog" aria-label={t('scr.reasonAsk')}>
          <p>{t('scr.reasonAsk')}</p>
          <ol>
            {reasons.slice(0, 9).map((r, i) => (
              <li key={r}>
                <button type="button" data-testid={`reason-${i + 1}`} onClick={() => pickReason(i)}>
                  <kbd>{i + 1}</kbd> {r}
                </button>
              </li>
            ))}
          </ol>
          <button type="button" className="link" onClick={() => setAsking(false)}>
            <kbd>Esc</kbd> {t('scr.cancel')}
          </button>
        </div>
      ) : (
        <div className="keys" data-testid="key-hints">
          {VERDICT_KEYS.map(([key, verdict]) => (
            <button key={verdict} type="button" className={`decide v-${verdict}`} data-testid={`decide-${verdict}`} disabled={!ready} onClick={() => choose(verdict)}>
              <kbd>{key}</kbd> {t(`verdict.${verdict}`)}
            </button>
          ))}
          <button type="button" data-testid="undo" disabled={!q.canUndo} onClick={q.undo}>
            <kbd>U</kbd> {t('scr.undo')}
          </button>
        </div>
      )}
      {q.error !== undefined && (
        <p className="error" role="alert" data-testid="screening-error">
          {q.error}
        </p>
      )}
    </section>
  );
}
