import { useEffect, useState } from 'react';

/** SSE event names of the public lokasi stream (plan: panggil, antrean, tiket). */
const EVENTS = ['panggil', 'antrean', 'tiket'] as const;

/**
 * Listens to the public live stream of a lokasi (GET /api/v1/antrian/publik/lokasi/:kode/stream) and calls
 * `onEvent` on every event. Returns whether the stream is healthy; the caller polls when it is not
 * (no EventSource, or the connection failed).
 */
export function useSiaranLokasi(kodeLokasi: string | null, onEvent: () => void): boolean {
  const [sehat, setSehat] = useState(false);
  useEffect(() => {
    if (!kodeLokasi || typeof EventSource === 'undefined') return;
    const es = new EventSource(`/api/v1/antrian/publik/lokasi/${encodeURIComponent(kodeLokasi)}/stream`);
    es.onopen = () => setSehat(true);
    es.onerror = () => setSehat(false);
    for (const e of EVENTS) es.addEventListener(e, onEvent);
    return () => { es.close(); setSehat(false); };
  }, [kodeLokasi, onEvent]);
  return sehat;
}
