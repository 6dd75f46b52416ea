import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { can, type Permission } from '../../contracts/auth.ts';
import { Forbidden } from '../components/states.tsx';
import { useMe } from '../lib/session.ts';
import { firstAllowed, useAdminNav } from './nav.ts';

/**
 * Shows `children` only to accounts holding `permission` (the same table the server enforces), so a
 * page a role cannot use never opens half-working. Rendered inside a Shell, which has loaded the account.
 */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const me = useMe();
  if (!me.data) return null;
  if (!can(me.data.roles, permission)) return <Forbidden />;
  return <>{children}</>;
}

/** /admin → the first admin page this account may open (an atasan has no SKM menu, for example). */
export function AdminIndex() {
  const me = useMe();
  const nav = useAdminNav();
  if (!me.data) return null;
  return <Navigate to={firstAllowed(nav, me.data.roles) ?? '/app'} replace />;
}
