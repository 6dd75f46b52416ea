import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * Personal data at rest (UU 27/2022 PDP; pelayanan.md §5.2 engineering minimums): NIK, KK numbers and
 * phone numbers are stored encrypted (AES-256-GCM, random 12-byte IV, format `v1.<iv>.<tag>.<ct>` in
 * base64url), looked up by a keyed hash (HMAC-SHA256 with a key derived from DATA_KEY, so a leaked table
 * cannot be brute-forced without the key), and shown only as the last 4 digits.
 */
export interface DataPribadi {
  /** Encrypts a value; the same input gives a different output every time. */
  enkripsi(nilai: string): string;
  /** Decrypts {@link enkripsi}'s output. @throws Error when the text was altered or another key was used. */
  dekripsi(teks: string): string;
  /** Keyed hash for uniqueness/look-up (hex, 64 chars); `ruang` separates uses (e.g. 'nik', 'telepon'). */
  hash(nilai: string, ruang?: string): string;
}

export function createDataPribadi(dataKey: string): DataPribadi {
  const kunciEnkripsi = createHash('sha256').update(`enc:${dataKey}`).digest();
  const kunciHash = createHash('sha256').update(`hmac:${dataKey}`).digest();
  return {
    enkripsi(nilai) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', kunciEnkripsi, iv);
      const ct = Buffer.concat([c.update(nilai, 'utf8'), c.final()]);
      return ['v1', iv.toString('base64url'), c.getAuthTag().toString('base64url'), ct.toString('base64url')].join('.');
    },
    dekripsi(teks) {
      const [v, iv, tag, ct] = teks.split('.');
      if (v !== 'v1' || !iv || !tag || ct === undefined) throw new Error('Format data terenkripsi tidak dikenal');
      const d = createDecipheriv('aes-256-gcm', kunciEnkripsi, Buffer.from(iv, 'base64url'));
      d.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([d.update(Buffer.from(ct, 'base64url')), d.final()]).toString('utf8');
    },
    hash(nilai, ruang = 'nik') {
      return createHmac('sha256', kunciHash).update(`${ruang}:${nilai}`).digest('hex');
    },
  };
}

/** The last `n` characters (display form of a NIK or phone number: "…0001"). */
export function akhir(nilai: string, n = 4): string {
  return nilai.slice(-n);
}
