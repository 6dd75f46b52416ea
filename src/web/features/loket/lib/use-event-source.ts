import { useEffect, useRef, useState } from 'react';

/**
 * Subscribes to an SSE URL while mounted (null = not yet). EventSource reconnects by itself; `terhubung`
 * is false while it is down, and `onBuka` runs on every (re)connection so the caller can refetch its
 * snapshot. `handlers` maps event names (panggil, antrean, tiket) to callbacks.
 */
export function useEventSource(url: string | null, handlers: Record<string, (data: unknown) => void>, onBuka?: () => void) {
  const [terhubung, setTerhubung] = useState(false);
  const ref = useRef({ handlers, onBuka });
  ref.current = { handlers, onBuka };
  const nama = Object.keys(handlers).sort().join(',');
  useEffect(() => {
    if (!url) return;
    const es = new EventSource(url, { withCredentials: true });
    es.onopen = () => {
      setTerhubung(true);
      ref.current.onBuka?.();
    };
    es.onerror = () => setTerhubung(false);
    for (const n of nama.split(',').filter(Boolean)) {
      es.addEventListener(n, (e) => {
        try {
          ref.current.handlers[n]?.(JSON.parse((e as MessageEvent<string>).data));
        } catch {
          /* malformed event: ignore */
        }
      });
    }
    return () => es.close();
  }, [url, nama]);
  return { terhubung };
}
