/** The interface language, chosen once for the whole app and remembered in localStorage. */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LANGS, translator, type Lang, type Translate } from './translate.js';

interface I18n {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
  readonly t: Translate;
}

const STORAGE_KEY = 'metasift.lang';
const I18nContext = createContext<I18n | undefined>(undefined);

function initialLang(): Lang {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'zh') return saved;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function I18nProvider({ children }: { readonly children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = LANGS.find((l) => l.code === lang)!.html;
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  }, [lang]);
  const value = useMemo(() => ({ lang, setLang, t: translator(lang) }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (ctx === undefined) throw new Error('useI18n() needs an <I18nProvider> above it');
  return ctx;
}
