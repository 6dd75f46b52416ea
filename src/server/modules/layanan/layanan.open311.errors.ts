import { defineErrors } from '../../lib/app-error.ts';

/**
 * Error codes of the Open311 GeoReport v2 API (/open311/v2). The routes render every error as the spec's
 * `[{ "code": <HTTP status>, "description": "…" }]` (wiki.open311.org/GeoReport_v2 "Errors").
 */
export const Open311Errors = defineErrors({
  /** 403: POST without api_key, or with an unknown or revoked key. */
  KUNCI_API_TIDAK_SAH: ['DILARANG', 'api_key tidak valid atau sudah dicabut. Minta kunci API kepada admin SIKAP.'],
  /** 400: a parameter is missing or malformed (the description names it with its Open311 name). */
  PARAMETER_TIDAK_VALID: ['VALIDASI', 'Parameter tidak valid.'],
  /** 400 (POST, GET filter) or 404 (services/{code}.json): unknown or inactive service_code. */
  LAYANAN_TIDAK_DIKENAL: ['VALIDASI', 'service_code tidak dikenal.'],
  SERVICE_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'service_code tidak ditemukan.'],
  /** 404: no service request with this id (the PG- nomor). */
  REQUEST_TIDAK_DITEMUKAN: ['TIDAK_DITEMUKAN', 'service_request_id tidak ditemukan.'],
  /** 404: a jurisdiction_id other than this city's. */
  YURISDIKSI_TIDAK_DIKENAL: ['TIDAK_DITEMUKAN', 'jurisdiction_id tidak dikenal: server ini melayani tanjungbalaikota.go.id.'],
  /** 404: the format suffix is not .json. */
  FORMAT_TIDAK_DIDUKUNG: ['TIDAK_DITEMUKAN', 'Format tidak didukung: gunakan .json.'],
});
