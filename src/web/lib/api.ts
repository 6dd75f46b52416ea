import type { Problem } from '../../contracts/common.ts';

/** Error thrown by {@link api} for non-2xx answers; carries the RFC 9457 problem body. */
export class ApiError extends Error {
  constructor(public readonly status: number, public readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }
  /** Field → message map for forms (fields as sent by the server, e.g. "body.username" → "username"). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem.errors ?? []) out[e.field.replace(/^(body|query|params)\./, '')] = e.message;
    return out;
  }
}

let csrfToken: string | null = null;
/** Set by the session query after login / me; sent on every state-changing request. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}
/** The session's CSRF token (null when signed out), for requests not made through {@link api} (e.g. XHR uploads). */
export function getCsrfToken(): string | null {
  return csrfToken;
}

type Options = { method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; body?: unknown; signal?: AbortSignal; headers?: Record<string, string> };

/** JSON fetch against /api/v1 with cookies, CSRF header and problem+json errors. */
export async function api<T>(path: string, opts: Options = {}): Promise<T> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', ...opts.headers };
  let body: BodyInit | undefined;
  if (opts.body instanceof FormData) body = opts.body;
  else if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(`/api/v1${path}`, { method, headers, body, credentials: 'same-origin', signal: opts.signal });
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  const data = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) {
    const problem: Problem = typeof data === 'object' && data
      ? data
      : { type: 'about:blank', title: res.statusText, status: res.status, code: 'HTTP_' + res.status, detail: String(data) };
    throw new ApiError(res.status, problem);
  }
  return data as T;
}

/** Human message for any error thrown by a query or mutation. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  if (e instanceof Error) return e.message;
  return String(e);
}
