import { defineErrors } from '../../lib/app-error.ts';

export const AuthErrors = defineErrors({
  /** Wrong username or password (never says which, to avoid account enumeration). */
  LOGIN_GAGAL: ['TIDAK_TERAUTENTIKASI', 'NIP/nama pengguna atau kata sandi salah.'],
  /** Too many failed attempts: the account is locked for a while. */
  AKUN_TERKUNCI: ['TERLALU_BANYAK', 'Akun dikunci sementara karena terlalu banyak percobaan gagal. Coba lagi dalam 15 menit.'],
  /** The account was deactivated by an admin. */
  AKUN_NONAKTIF: ['DILARANG', 'Akun ini tidak aktif. Hubungi admin BKPSDM.'],
  /** Username already taken. */
  USERNAME_DIPAKAI: ['KONFLIK', 'Nama pengguna sudah dipakai.'],
  /** Password too weak. */
  SANDI_LEMAH: ['VALIDASI', 'Kata sandi minimal 8 karakter.'],
});
