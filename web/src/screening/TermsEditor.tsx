/** The include and exclude term lists, edited as text (one per line or comma). */
import { useState } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { parseTerms, type TermLists } from './terms.js';

export function TermsEditor({ terms, onChange }: { readonly terms: TermLists; readonly onChange: (t: TermLists) => void }) {
  const { t } = useI18n();
  const [include, setInclude] = useState(terms.include.join('\n'));
  const [exclude, setExclude] = useState(terms.exclude.join('\n'));
  return (
    <details className="terms panel">
      <summary>{t('scr.terms')}</summary>
      <p className="muted">{t('scr.termsHelp')}</p>
      <label>
        <span className="term-include">{t('scr.includeTerms')}</span>
        <textarea data-testid="terms-include" rows={4} value={include} onChange={(e) => setInclude(e.target.value)} onBlur={() => onChange({ include: parseTerms(include), exclude: terms.exclude })} />
      </label>
      <label>
        <span className="term-exclude">{t('scr.excludeTerms')}</span>
        <textarea data-testid="terms-exclude" rows={4} value={exclude} onChange={(e) => setExclude(e.target.value)} onBlur={() => onChange({ include: terms.include, exclude: parseTerms(exclude) })} />
      </label>
    </details>
  );
}
