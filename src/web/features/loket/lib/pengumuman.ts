/**
 * Announcement queue of the display board (pelayanan.md §3.2: "Add a chime and queue announcements so
 * they never overlap"). Pure scheduling: the board gives it a `putar(teks)` that plays chime + speech and
 * resolves when done; texts are played strictly one after another in arrival order.
 */
export interface AntreanPengumuman {
  /** Adds a text; it plays after everything queued before it. */
  tambah(teks: string): void;
  /** Texts waiting (not yet started). */
  readonly menunggu: number;
  /** True while one is playing. */
  readonly sedangMemutar: boolean;
}

/**
 * @param putar plays one announcement; a rejection is ignored (the next one still plays)
 * @param saatDiumumkan called with each text when it starts (the board's test hook `window.__antrianPengumuman`)
 */
export function buatAntreanPengumuman(putar: (teks: string) => Promise<void>, saatDiumumkan?: (teks: string) => void): AntreanPengumuman {
  const antre: string[] = [];
  let aktif = false;
  async function jalan() {
    if (aktif) return;
    aktif = true;
    while (antre.length) {
      const teks = antre.shift()!;
      saatDiumumkan?.(teks);
      try {
        await putar(teks);
      } catch {
        /* a failed announcement must not block the board */
      }
    }
    aktif = false;
  }
  return {
    tambah(teks) {
      antre.push(teks);
      void jalan();
    },
    get menunggu() {
      return antre.length;
    },
    get sedangMemutar() {
      return aktif;
    },
  };
}
