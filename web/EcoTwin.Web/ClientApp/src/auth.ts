import { problemMessage } from './api';
import { parseJson } from './json';

/** The signed-in user (GET /api/auth/me, docs/api.md "Sign-in and who may do what"). */
export interface Me {
  name: string;
  displayName: string | null;
  role: string;
  districts: string[];
  permissions: string[];
  method: string;
}

let current: Me | null = null;

/** The user the page runs as (set once at start, before any view). */
export function me(): Me {
  if (!current) throw new Error('not signed in');
  return current;
}

/** Whether the signed-in user holds a permission (actOnCases, handleCases, ...). */
export function can(permission: string): boolean {
  return current?.permissions.includes(permission) ?? false;
}

/** Who is signed in, or null when the server answers 401. */
export async function loadMe(): Promise<Me | null> {
  const response = await fetch('/api/auth/me', { headers: { Accept: 'application/json' } });
  if (response.status === 401) return null;
  if (!response.ok) throw new Error(`${response.status} /api/auth/me`);
  current = parseJson<Me>(await response.text());
  return current;
}

/** Signs in; the error message of the server (wrong password, locked out) when refused. */
export async function login(name: string, password: string): Promise<string | null> {
  const response = await fetch('/api/auth/login', {
    method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify({ name, password }),
  });
  if (response.ok) return null;
  return problemMessage(await response.text()) ?? String(response.status);
}

export async function logout(): Promise<void> {
  await fetch('/api/auth/logout', { method: 'POST' });
  location.assign('/');
}
