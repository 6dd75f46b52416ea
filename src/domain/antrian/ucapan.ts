/**
 * The spoken call of the display board (pelayanan.md §3.2 "Display board + TTS (Bahasa Indonesia)":
 * spell out the number — "Nomor antrian A nol nol tujuh, silakan menuju loket tiga"). Pure.
 */

const SATUAN = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'] as const;

/** 1–999 in words; 0 gives ''. */
function ratusan(n: number): string {
  const r = Math.floor(n / 100);
  const sisa = n % 100;
  const depan = r === 0 ? '' : r === 1 ? 'seratus' : `${SATUAN[r]} ratus`;
  let belakang = '';
  if (sisa === 10) belakang = 'sepuluh';
  else if (sisa === 11) belakang = 'sebelas';
  else if (sisa > 11 && sisa < 20) belakang = `${SATUAN[sisa - 10]} belas`;
  else if (sisa >= 20) belakang = [`${SATUAN[Math.floor(sisa / 10)]} puluh`, sisa % 10 ? SATUAN[sisa % 10] : ''].filter(Boolean).join(' ');
  else if (sisa > 0) belakang = SATUAN[sisa]!;
  return [depan, belakang].filter(Boolean).join(' ');
}

/**
 * An integer 0–999 999 as Indonesian number words.
 * @example angkaKata(11) → 'sebelas'; angkaKata(21) → 'dua puluh satu'; angkaKata(100) → 'seratus';
 *   angkaKata(1250) → 'seribu dua ratus lima puluh'
 * @throws RangeError outside 0–999 999 or for a non-integer
 */
export function angkaKata(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) throw new RangeError(`angkaKata: ${n} di luar 0–999999`);
  if (n === 0) return 'nol';
  const ribu = Math.floor(n / 1000);
  const depan = ribu === 0 ? '' : ribu === 1 ? 'seribu' : `${ratusan(ribu)} ribu`;
  return [depan, ratusan(n % 1000)].filter(Boolean).join(' ');
}

/**
 * A ticket number as read aloud: letters one by one, digits one by one.
 * @example ejaNomor('A-007') → 'A nol nol tujuh'; ejaNomor('KK-012') → 'K K nol satu dua'
 */
export function ejaNomor(nomor: string): string {
  return [...nomor.toUpperCase()]
    .flatMap((c) => (/[0-9]/.test(c) ? [SATUAN[Number(c)]!] : /[A-Z]/.test(c) ? [c] : []))
    .join(' ');
}

/**
 * The call text spoken by the board.
 * @param nomor the ticket number, 'A-007'
 * @param loketNomor the counter number (antrian_loket.nomor), read as a number word
 * @example teksPanggilan('A-007', 3) → 'Nomor antrian A nol nol tujuh, silakan menuju loket tiga'
 */
export function teksPanggilan(nomor: string, loketNomor: number): string {
  return `Nomor antrian ${ejaNomor(nomor)}, silakan menuju loket ${angkaKata(loketNomor)}`;
}
