/** `GET /org/pegawai/impor/templat.csv`: the import template (header row + one example), for a download link. */
export const TEMPLAT_IMPOR_PEGAWAI_URL = '/api/v1/org/pegawai/impor/templat.csv';
