/**
 * GET /kinerja/skp/:id/evaluasi/:ke/pdf [any relation] → the Dokumen Evaluasi Kinerja Pegawai as PDF
 * (kinerja.md §1.2; H4). A plain same-origin link: the session cookie authenticates it.
 */
export const urlEvaluasiPdf = (skpId: number, ke: number) => `/api/v1/kinerja/skp/${skpId}/evaluasi/${ke}/pdf`;
