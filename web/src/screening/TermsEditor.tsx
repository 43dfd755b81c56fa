/**
 * The project's include and exclude term lists. Owners edit them as text (one per line or
 * comma) and save them for everyone; the record on screen is marked with the lists as
 * typed, before saving, so the effect is seen at once. Others see the lists, read-only.
 */
import { useState } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { parseTerms, sameTerms, type TermLists } from './terms.js';

interface Props {
  readonly terms: TermLists;
  readonly canEdit: boolean;
  /** The lists as typed (owners), for the record's marks before they are saved. */
  readonly onDraft: (t: TermLists) => void;
  /** Saves the lists; resolves with them as the server keeps them (trimmed, each once). */
  readonly onSave: (t: TermLists) => Promise<TermLists>;
}

export function TermsEditor({ terms, canEdit, onDraft, onSave }: Props) {
  const { t } = useI18n();
  const [include, setInclude] = useState(terms.include.join('\n'));
  const [exclude, setExclude] = useState(terms.exclude.join('\n'));
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<string>();
  const draft: TermLists = { include: parseTerms(include), exclude: parseTerms(exclude) };
  const changed = !sameTerms(draft, terms);
  const edit = (inc: string, exc: string) => {
    setInclude(inc);
    setExclude(exc);
    setState('idle');
    onDraft({ include: parseTerms(inc), exclude: parseTerms(exc) });
  };
  const save = () => {
    setState('saving');
    setError(undefined);
    onSave(draft).then(
      (kept) => {
        setInclude(kept.include.join('\n'));
        setExclude(kept.exclude.join('\n'));
        setState('saved');
      },
      (e: unknown) => {
        setState('idle');
        setError(e instanceof Error ? e.message : String(e));
      },
    );
  };
  return (
    <details className="terms panel" open={terms.include.length + terms.exclude.length > 0 || undefined}>
      <summary>{t('scr.terms')}</summary>
      <p className="muted">{t(canEdit ? 'scr.termsHelp' : 'scr.termsReadOnly')}</p>
      {canEdit ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <label>
            <span className="term-include">{t('scr.includeTerms')}</span>
            <textarea data-testid="terms-include" rows={4} value={include} onChange={(e) => edit(e.target.value, exclude)} />
          </label>
          <label>
            <span className="term-exclude">{t('scr.excludeTerms')}</span>
            <textarea data-testid="terms-exclude" rows={4} value={exclude} onChange={(e) => edit(include, e.target.value)} />
          </label>
          <div className="toolbar">
            <button type="submit" data-testid="terms-save" disabled={!changed || state === 'saving'}>
              {t('scr.termsSave')}
            </button>
            {state === 'saved' && !changed && (
              <span className="muted" data-testid="terms-saved">
                {t('scr.termsSaved')}
              </span>
            )}
            {changed && <span className="muted">{t('scr.termsUnsaved')}</span>}
          </div>
          {error !== undefined && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
        </form>
      ) : (
        <>
          <TermList kind="include" terms={terms.include} />
          <TermList kind="exclude" terms={terms.exclude} />
        </>
      )}
    </details>
  );
}

function TermList({ kind, terms }: { readonly kind: 'include' | 'exclude'; readonly terms: readonly string[] }) {
  const { t } = useI18n();
  return (
    <div className="term-list" data-testid={`terms-${kind}-list`}>
      <span className={`term-${kind}`}>{t(kind === 'include' ? 'scr.includeTerms' : 'scr.excludeTerms')}</span>
      {terms.length === 0 ? (
        <span className="muted"> {t('scr.noTerms')}</span>
      ) : (
        <ul>
          {terms.map((x) => (
            <li key={x}>
              <mark className={`term-${kind}`}>{x}</mark>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
