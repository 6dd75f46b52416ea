/** Query keys of the permohonan feature. Tracking results are never cached under the access code. */
export const permohonanKeys = {
  semua: ['permohonan'] as const,
  standar: (kode: string) => ['permohonan', 'standar', kode] as const,
  katalog: () => ['permohonan', 'katalog'] as const,
  /** One look-up attempt (`percobaan` changes with every form submission, so retrying the same nomor refetches). */
  lacak: (nomor: string, percobaan?: number) => (percobaan === undefined ? ['permohonan', 'lacak', nomor] as const : ['permohonan', 'lacak', nomor, percobaan] as const),
  verifikasi: (token: string) => ['permohonan', 'verifikasi', token] as const,
  inbox: (q: object) => ['permohonan', 'staf', 'inbox', q] as const,
  detail: (id: number) => ['permohonan', 'staf', 'detail', id] as const,
  petugas: () => ['permohonan', 'staf', 'petugas'] as const,
  staf: ['permohonan', 'staf'] as const,
};
