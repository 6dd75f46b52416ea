/**
 * Where to go after signing in: only a same-site path. Rejects `//host`, backslashes and control characters
 * (also when %-encoded), which browsers or the router would treat as another site.
 */
export function tujuanAman(ke: string | null): string | null {
  if (!ke) return null;
  let d = ke;
  try {
    d = decodeURIComponent(ke);
  } catch {
    return null;
  }
  if (!d.startsWith('/') || d.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(d)) return null;
  return ke;
}
