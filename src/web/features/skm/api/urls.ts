/**
 * Plain URLs (not fetched with {@link api}): downloads are anchors with `download`, the QR code is an <img>.
 * The browser sends the session cookie itself for same-origin GETs.
 */
const BASE = '/api/v1';

/** GET /skm/survei/:id/ekspor.xlsx — every response as a spreadsheet. */
export const eksporXlsxUrl = (id: number) => `${BASE}/skm/survei/${id}/ekspor.xlsx`;
/** GET /skm/survei/:id/laporan.pdf — the IKM report. */
export const laporanPdfUrl = (id: number) => `${BASE}/skm/survei/${id}/laporan.pdf`;
/** GET /skm/publik/survei/:kode/qr.svg — QR code of the public link (public). */
export const qrSvgUrl = (kode: string) => `${BASE}/skm/publik/survei/${encodeURIComponent(kode)}/qr.svg`;

/** Absolute URL of an app path (e.g. "/survei/ab12cd34") for copying and printing. */
export function absoluteUrl(pathOrUrl: string): string {
  try {
    return new URL(pathOrUrl, window.location.origin).toString();
  } catch {
    return pathOrUrl;
  }
}

/** The unit's permanent survey link (always opens the unit's current survey): for posters. */
export const tautanUnit = (unitId: number) => `/survei/unit/${unitId}`;
/** GET /skm/publik/unit/:id/qr.svg — QR code of the unit's permanent link (public). */
export const qrUnitSvgUrl = (unitId: number) => `${BASE}/skm/publik/unit/${unitId}/qr.svg`;
