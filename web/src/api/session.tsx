/**
 * Who the page acts for: GET /api/auth/session once (which also arms the CSRF cookie),
 * log in and out in team mode. Pages that need the server sit inside <ServerGate>, which
 * shows the login form in team mode and the reason when there is no server.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { ApiFailure, apiGet, apiPost } from './client.js';
import { LoginForm } from './LoginForm.js';
import type { SessionInfo, SessionUser } from './types.js';

interface Session {
  readonly info: SessionInfo | undefined;
  readonly error: ApiFailure | undefined;
  readonly login: (username: string, password: string) => Promise<void>;
  readonly logout: () => Promise<void>;
}

const SessionContext = createContext<Session | undefined>(undefined);

export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [info, setInfo] = useState<SessionInfo>();
  const [error, setError] = useState<ApiFailure>();
  const load = useCallback(() => {
    apiGet<SessionInfo>('/api/auth/session').then(
      (s) => {
        setInfo(s);
        setError(undefined);
      },
      (e: unknown) => setError(e instanceof ApiFailure ? e : new ApiFailure(0, 'offline', String(e))),
    );
  }, []);
  useEffect(load, [load]);
  const login = useCallback(
    async (username: string, password: string) => {
      const r = await apiPost<{ user: SessionUser }>('/api/auth/login', { username, password });
      setInfo((s) => (s === undefined ? s : { ...s, user: r.user }));
    },
    [],
  );
  const logout = useCallback(async () => {
    await apiPost('/api/auth/logout');
    load();
  }, [load]);
  const value = useMemo(() => ({ info, error, login, logout }), [info, error, login, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const ctx = useContext(SessionContext);
  if (ctx === undefined) throw new Error('useSession() needs a <SessionProvider> above it');
  return ctx;
}

/** Renders its children with the signed-in user, or says why it cannot. */
export function ServerGate({ children }: { readonly children: (user: SessionUser) => ReactNode }) {
  const { t } = useI18n();
  const { info, error } = useSession();
  if (error !== undefined) {
    return (
      <section className="coming-next" data-testid="no-server">
        <h2>{t('server.none')}</h2>
        <p>{t('server.noneBody')}</p>
        <p className="muted">{error.message}</p>
      </section>
    );
  }
  if (info === undefined) return <p className="muted">{t('server.loading')}</p>;
  if (info.user === null) return <LoginForm />;
  return <>{children(info.user)}</>;
}

/** The account and, in team mode, a log-out button, for the header. */
export function SessionBadge() {
  const { t } = useI18n();
  const { info, logout } = useSession();
  if (info?.user == null) return null;
  return (
    <span className="session" data-testid="session-user">
      {info.user.name} <span className="muted">({t(`role.${info.user.role}`)})</span>
      {info.mode === 'team' && (
        <button type="button" className="link" data-testid="logout" onClick={() => void logout()}>
          {t('server.logout')}
        </button>
      )}
    </span>
  );
}
