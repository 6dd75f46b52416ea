/** The part of autocannon 9 the antrian benchmark uses (the package ships no types; @types/autocannon is not installed). */
declare module 'autocannon' {
  interface Permintaan { method?: string; path?: string; headers?: Record<string, string>; body?: string }
  interface Opsi {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    /** Fixed offered rate over all connections, requests per second. */
    overallRate?: number;
    requests?: Array<Permintaan & { setupRequest?: (req: Permintaan, context: Record<string, unknown>) => Permintaan }>;
  }
  interface Statistik { average: number; p50: number; p99: number }
  interface Hasil { requests: Statistik; latency: Statistik; non2xx: number; errors: number; timeouts: number }
  export default function autocannon(opts: Opsi): Promise<Hasil>;
}
