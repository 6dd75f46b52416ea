/**
 * GET /kinerja/opd/:opdId/xlsx?tahun (kinerja:opd, scoped): the OPD workbook — sheets "Predikat per pegawai"
 * (rows pegawai, columns periods + tahunan) and "Distribusi per unit". Downloaded through a plain link (the
 * session cookie goes along; a GET needs no CSRF token).
 */
export const opdXlsxUrl = (opdId: number, tahun: number) => `/api/v1/kinerja/opd/${opdId}/xlsx?tahun=${tahun}`;
