import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Permission, Session } from './api';

export interface SessionState extends Session {
  /** Effective permissions (from GET /api/me), e.g. "keys:admin". */
  permissions: ReadonlySet<Permission>;
}

export const SessionContext = createContext<SessionState | null>(null);

/** The signed-in session; only used below the signed-in shell. */
export function useSession(): SessionState {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside a signed-in page');
  return s;
}

export const can = (s: SessionState, permission: Permission) => s.permissions.has(permission);
