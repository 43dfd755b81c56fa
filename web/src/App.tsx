/**
 * The shell: top navigation (hash routes, so the static server needs no rewrites), the
 * account (pages that need the server sit behind ServerGate) and the language switch.
 */
import { useEffect, useState } from 'react';
import { AnalysisPage } from './analysis/AnalysisPage.js';
import { ServerGate, SessionBadge, SessionProvider } from './api/session.js';
import { DedupePage } from './dedupe/DedupePage.js';
import { ExtractionPage } from './extraction/ExtractionPage.js';
import type { MessageKey } from './i18n/en.js';
import { useI18n } from './i18n/i18n.js';
import { LANGS, type Lang } from './i18n/translate.js';
import { PrismaPage } from './prisma/PrismaPage.js';
import { ScreeningPage } from './screening/ScreeningPage.js';

const PAGES = ['screening', 'dedup', 'extraction', 'analysis', 'prisma'] as const;
type Page = (typeof PAGES)[number];

function pageFromHash(): Page {
  const h = location.hash.replace(/^#\/?/, '');
  return (PAGES as readonly string[]).includes(h) ? (h as Page) : 'analysis';
}

export function App() {
  return (
    <SessionProvider>
      <Shell />
    </SessionProvider>
  );
}

function Shell() {
  const { t, lang, setLang } = useI18n();
  const [page, setPage] = useState<Page>(pageFromHash);
  useEffect(() => {
    const on = () => setPage(pageFromHash());
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  useEffect(() => {
    document.title = `${t(`nav.${page}` as MessageKey)} · metasift`;
  }, [page, t]);
  return (
    <>
      <header className="top">
        <span className="brand" title={t('app.tagline')}>
          {t('app.title')}
        </span>
        <nav>
          {PAGES.map((p) => (
            <a key={p} href={`#/${p}`} className={p === page ? 'active' : undefined} aria-current={p === page ? 'page' : undefined} data-testid={`nav-${p}`}>
              {t(`nav.${p}` as MessageKey)}
            </a>
          ))}
        </nav>
        <SessionBadge />
        <label className="lang">
          {t('app.language')}
          <select data-testid="lang" value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
            {LANGS.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main>
        <h1>{page === 'prisma' ? t('prisma.title') : t(`nav.${page}` as MessageKey)}</h1>
        {page === 'analysis' ? (
          <AnalysisPage />
        ) : page === 'prisma' ? (
          <PrismaPage />
        ) : page === 'screening' ? (
          <ServerGate>{(user) => <ScreeningPage user={user} />}</ServerGate>
        ) : page === 'dedup' ? (
          <ServerGate>{(user) => <DedupePage user={user} />}</ServerGate>
        ) : (
          <ServerGate>{(user) => <ExtractionPage user={user} />}</ServerGate>
        )}
      </main>
    </>
  );
}
