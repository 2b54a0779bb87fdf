// Who is signed in, for the staff pages: loaded once from GET /api/session.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, ApiError } from './api';

export interface Me {
  userId: string;
  login: string;
  displayName: string;
  role: 'clerk' | 'approver' | 'administrator' | 'supervisor';
  roleLabel: string;
  agencyId: string;
  agencyName: string;
}

interface SessionState {
  me: Me | null;
  loading: boolean;
  signIn(login: string, password: string): Promise<Me>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    api
      .get<Me>('/api/session')
      .then(setMe)
      .catch((e: unknown) => {
        if (!(e instanceof ApiError) || e.status !== 401) console.error(e);
      })
      .finally(() => setLoading(false));
  }, []);
  const signIn = useCallback(async (login: string, password: string) => {
    const signed = await api.post<Me>('/api/session', { login, password });
    setMe(signed);
    return signed;
  }, []);
  const signOut = useCallback(async () => {
    await api.delete('/api/session');
    setMe(null);
  }, []);
  return <SessionContext.Provider value={{ me, loading, signIn, signOut }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const s = useContext(SessionContext);
  if (!s) throw new Error('SessionProvider missing');
  return s;
}
