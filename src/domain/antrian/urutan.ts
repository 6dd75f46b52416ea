/**
 * Call order of the waiting line at a loket (pelayanan.md §3.2 "Appointments + check-in", "Priority
 * queue"; UU 25/2009 Pasal 29 perlakuan khusus). Pure: `now` is a parameter.
 */

/** A waiting (status menunggu) ticket as the ordering needs it — no personal data. */
export type KandidatTiket = {
  id: number;
  layananId: number;
  kanal: 'online' | 'walkin';
  prioritas: boolean;
  /** Start of the booked session (online appointments), null for walk-ins. */
  sesiMulai: Date | null;
  /** When it (re-)entered the waiting line. */
  antriPada: Date;
  /** Set by a transfer to a loket or by resuming a parked ticket: only that loket calls it. */
  loketTujuanId: number | null;
};

export type OpsiUrutan = {
  now: Date;
  /** One priority ticket after every `rasioPrioritas` regular calls (antrian_lokasi.rasioPrioritas, e.g. 3). */
  rasioPrioritas: number;
  /** Regular calls at the lokasi since the last priority call today (all calls today if none), so the rhythm continues across calls. */
  regulerSejakPrioritas: number;
  /**
   * The calling loket. When given, tickets directed at another loket are left out. When omitted, the
   * caller must have filtered them (every `loketTujuanId` in `kandidat` is then treated as "this loket").
   */
  loketId?: number;
};

const menurutKedatangan = (a: KandidatTiket, b: KandidatTiket) =>
  a.antriPada.getTime() - b.antriPada.getTime() || a.id - b.id;
const menurutSesi = (a: KandidatTiket, b: KandidatTiket) =>
  (a.sesiMulai?.getTime() ?? 0) - (b.sesiMulai?.getTime() ?? 0) || menurutKedatangan(a, b);

/**
 * The order in which the tickets will be called, first = next:
 * 1. tickets directed at this loket (resumed after a hold, or transferred to it), by antriPada;
 * 2. checked-in online appointments whose session has started (sesiMulai ≤ now), by sesiMulai, antriPada;
 * 3. everyone else in arrival order (antriPada, then id), with priority tickets interleaved fairly: one
 *    priority ticket after every `rasioPrioritas` regular calls, continuing the count
 *    `regulerSejakPrioritas`. No priority waiting → regular only; only priority waiting → priority.
 * Groups 1–2 also advance the rhythm (a priority ticket among them resets it).
 * @returns a new array; the input is not modified.
 */
export function urutkanAntrean(kandidat: KandidatTiket[], opts: OpsiUrutan): KandidatTiket[] {
  const { now, rasioPrioritas, loketId } = opts;
  const milik = loketId === undefined ? kandidat : kandidat.filter((k) => k.loketTujuanId === null || k.loketTujuanId === loketId);
  const terarah = milik.filter((k) => k.loketTujuanId !== null).sort(menurutKedatangan);
  const sisa1 = milik.filter((k) => k.loketTujuanId === null);
  const sesiDimulai = (k: KandidatTiket) => k.kanal === 'online' && k.sesiMulai !== null && k.sesiMulai.getTime() <= now.getTime();
  const janji = sisa1.filter(sesiDimulai).sort(menurutSesi);
  const sisa2 = sisa1.filter((k) => !sesiDimulai(k));
  const prioritas = sisa2.filter((k) => k.prioritas).sort(menurutKedatangan);
  const reguler = sisa2.filter((k) => !k.prioritas).sort(menurutKedatangan);

  const hasil: KandidatTiket[] = [];
  let sejak = Math.max(0, opts.regulerSejakPrioritas);
  const ambil = (k: KandidatTiket) => {
    hasil.push(k);
    sejak = k.prioritas ? 0 : sejak + 1;
  };
  [...terarah, ...janji].forEach(ambil);
  let p = 0;
  let r = 0;
  while (p < prioritas.length || r < reguler.length) {
    const giliranPrioritas = p < prioritas.length && (r >= reguler.length || sejak >= rasioPrioritas);
    ambil(giliranPrioritas ? prioritas[p++]! : reguler[r++]!);
  }
  return hasil;
}
