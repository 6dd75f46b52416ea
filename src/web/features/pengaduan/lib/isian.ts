import type { PengaduanDataInput } from '../../../../contracts/pengaduan.ts';
import type { KlasifikasiPengaduan } from '../../../../domain/layanan/pengaduan.ts';
import { normalisasiTelepon } from '../../../../domain/shared/telepon.ts';

/** The public complaint form as typed (strings as in the inputs). */
export type Isian = {
  klasifikasi: KlasifikasiPengaduan;
  kategoriKode: string;
  layananKode: string;
  permohonanNomor: string;
  judul: string;
  isi: string;
  anonim: boolean;
  rahasia: boolean;
  nama: string;
  telepon: string;
  email: string;
  setuju: boolean;
};

export const ISIAN_KOSONG: Isian = {
  klasifikasi: 'pengaduan', kategoriKode: '', layananKode: '', permohonanNomor: '', judul: '', isi: '',
  anonim: false, rahasia: false, nama: '', telepon: '', email: '', setuju: false,
};

export type LokasiIsian = { kelurahanKode: string; alamat: string; koordinat: { lat: number; lng: number } | null };

export const MAKS_JUDUL = 150;
export const MAKS_ISI = 5000;

/** Form fields that can carry a message (also the keys server field errors are mapped to). */
export type FieldIsian = 'kategoriKode' | 'permohonanNomor' | 'judul' | 'isi' | 'nama' | 'telepon' | 'email' | 'setuju';

/**
 * The client-side checks of the complaint form, the same limits as the contract (PengaduanDataSchema):
 * kategori chosen, judul 5–150 characters, isi 20–5000, a PM-yyyy-nnnnnn permohonan number when given,
 * and — unless anonymous — a name of ≥ 2 letters, an Indonesian mobile number and a valid email when given;
 * the consent ticked (UU 27/2022).
 *
 * @returns field → i18n key of the message (namespace 'pengaduan'); empty when the form may be sent
 */
export function periksaIsian(v: Isian): Partial<Record<FieldIsian, string>> {
  const g: Partial<Record<FieldIsian, string>> = {};
  if (!v.kategoriKode) g.kategoriKode = 'form.kategoriWajib';
  if (v.permohonanNomor.trim() && !/^PM-\d{4}-\d{6}$/i.test(v.permohonanNomor.trim())) g.permohonanNomor = 'form.permohonanNomorSalah';
  if (v.judul.trim().length < 5) g.judul = 'form.judulWajib';
  if (v.isi.trim().length < 20) g.isi = 'form.isiWajib';
  if (!v.anonim) {
    if (v.nama.trim().length < 2) g.nama = 'form.namaWajib';
    if (v.telepon.trim() && !normalisasiTelepon(v.telepon)) g.telepon = 'form.teleponSalah';
    if (v.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email.trim())) g.email = 'form.emailSalah';
  }
  if (!v.setuju) g.setuju = 'form.setujuWajib';
  return g;
}

/**
 * The `data` JSON of POST /pengaduan from the form: empty optional fields are left out, an anonymous report
 * carries no `pelapor` at all (and is never "rahasia": there is no identity to hide).
 */
export function keData(v: Isian, l: LokasiIsian): PengaduanDataInput {
  const opsional = (s: string) => (s.trim() ? s.trim() : undefined);
  return {
    klasifikasi: v.klasifikasi,
    kategoriKode: v.kategoriKode,
    layananKode: opsional(v.layananKode),
    permohonanNomor: opsional(v.permohonanNomor)?.toUpperCase(),
    judul: v.judul.trim(),
    isi: v.isi.trim(),
    anonim: v.anonim,
    rahasia: v.anonim ? false : v.rahasia,
    pelapor: v.anonim ? undefined : { nama: v.nama.trim(), telepon: opsional(v.telepon), email: opsional(v.email) },
    kelurahanKode: opsional(l.kelurahanKode),
    alamat: opsional(l.alamat),
    lat: l.koordinat?.lat,
    lng: l.koordinat?.lng,
    persetujuan: true,
  };
}

/**
 * Server field names (`errors[].field` of the problem, after ApiError.fieldErrors stripped `body.`) → the
 * form's fields: 'data.judul' → 'judul', 'data.pelapor.nama' → 'nama', 'foto[1]' / 'foto.2' → 'foto',
 * 'data.persetujuan' → 'setuju'. Unknown fields keep their last path segment.
 */
export function petakanGalatServer(f: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, pesan] of Object.entries(f)) {
    const tanpaData = k.replace(/^data\./, '');
    const kunci = /^foto\b/.test(tanpaData) ? 'foto'
      : tanpaData === 'persetujuan' ? 'setuju'
        : tanpaData.replace(/^pelapor\./, '').split('.').pop()!;
    out[kunci] ??= pesan;
  }
  return out;
}
