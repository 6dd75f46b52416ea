import { z } from 'zod';

/** Roles (issue #2 §3). A person can hold several. */
export const ROLES = ['admin', 'admin_opd', 'atasan', 'pegawai', 'petugas', 'pimpinan'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABEL: Record<Role, string> = {
  admin: 'Admin BKPSDM',
  admin_opd: 'Admin OPD',
  atasan: 'Atasan / pejabat penilai',
  pegawai: 'Pegawai',
  petugas: 'Petugas layanan',
  pimpinan: 'Pimpinan (Wali Kota / Sekda)',
};

/**
 * Every permission a route can require, and the roles that hold it. The ONE place access is decided
 * at route level; services add the scope (own OPD, own reporting line, self).
 * `public` = no login; `login` = any signed-in account.
 */
export const PERMISSIONS = {
  public: 'public',
  login: 'login',
  'org:lihat': ['admin', 'admin_opd', 'pimpinan', 'atasan'],
  'org:kelola': ['admin', 'admin_opd'],
  'pegawai:import': ['admin'],
  'akun:kelola': ['admin'],
  'skm:kelola': ['admin', 'admin_opd'],
  'skm:hasil': ['admin', 'admin_opd', 'pimpinan'],
  'audit:lihat': ['admin'],
  /** Working-day calendar (holidays, cuti bersama, local closures). Reading it is public. */
  'kalender:kelola': ['admin'],
  /** Queue set-up: lokasi, layanan, loket, sessions, quotas, hours, closures, display-board devices. */
  'antrian:kelola': ['admin', 'admin_opd'],
  /** Counter console and the office kiosk (walk-in tickets, check-in): a signed-in petugas. */
  'antrian:loket': ['petugas'],
  /** Queue statistics and their XLSX export. */
  'antrian:statistik': ['admin', 'admin_opd', 'pimpinan'],
  /** The notification outbox (delivery status, retries). */
  'notifikasi:lihat': ['admin'],
  /** Service catalogue: standar pelayanan versions, maklumat, complaint categories, Open311 clients. Reading is public. */
  'layanan:kelola': ['admin', 'admin_opd'],
  /** Staff inbox of permohonan (verify, process, finish, assign) — scoped to the own OPD by the service. */
  'layanan:proses': ['admin', 'admin_opd', 'petugas', 'atasan'],
  /** Complaint coordination (Admin Instansi, LAPOR!): verify, forward to an OPD, reject, close. */
  'pengaduan:koordinasi': ['admin'],
  /** Complaint follow-up by the handling OPD (Pejabat Penghubung): reply, mark followed up — own OPD. */
  'pengaduan:tindaklanjut': ['admin', 'admin_opd', 'petugas', 'atasan'],
  /** Service statistics (SLA kept, overdue, complaint handling) for dashboards. */
  'layanan:statistik': ['admin', 'admin_opd', 'pimpinan'],
  /**
   * Kinerja (PermenPANRB 6/2022) of a person: the own SKP, realisasi, feedback, ratings — and those of others
   * by POSITION in the reporting tree (penilai writes; atasan above read-only; admin OPD own OPD; BKPSDM all).
   * Every role may hold it; the service decides per SKP (kinerja.akses.ts) and answers 404 outside scope.
   */
  'kinerja:skp': ['admin', 'admin_opd', 'atasan', 'pegawai', 'petugas', 'pimpinan'],
  /** Per-unit distribution view, predikat organisasi, penetapan, OPD XLSX — scoped by the service. */
  'kinerja:opd': ['admin', 'admin_opd', 'atasan'],
  /** Aggregates only (predikat summary per OPD / city): no individual evaluation. */
  'kinerja:ringkasan': ['admin', 'admin_opd', 'pimpinan'],
  /** BKPSDM: period settings per year, keberatan window, koefisien angka kredit, penilai changes, SIASN export. */
  'kinerja:kelola': ['admin'],
} as const satisfies Record<string, 'public' | 'login' | readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

/** True when an account with `roles` holds `permission`. Pure; used by the server and to hide menus in the web. */
export function can(roles: readonly string[] | null | undefined, permission: Permission): boolean {
  const rule = PERMISSIONS[permission];
  if (rule === 'public') return true;
  if (!roles) return false;
  if (rule === 'login') return true;
  return roles.some((r) => (rule as readonly string[]).includes(r));
}

export const LoginBodySchema = z.object({
  username: z.string().trim().min(1, 'NIP atau nama pengguna wajib diisi').max(64),
  password: z.string().min(1, 'Kata sandi wajib diisi').max(200),
});
export type LoginBody = z.infer<typeof LoginBodySchema>;

export const MeSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  nama: z.string(),
  roles: z.array(z.enum(ROLES)),
  pegawaiId: z.number().int().nullable(),
  opdId: z.number().int().nullable(),
  opdNama: z.string().nullable(),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof MeSchema>;
