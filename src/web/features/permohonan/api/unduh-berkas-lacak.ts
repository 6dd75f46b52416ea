import type { LacakBody } from '../../../../contracts/permohonan.ts';
import { unduhLewatPost } from '../lib/berkas.ts';

/**
 * POST /permohonan/lacak/berkas (public) {nomor, kodeAkses, berkasId} → one file of the applicant's own
 * case (an upload or the digital product), saved by the browser as `namaFile`. 404 for a wrong pair or a
 * file of another case.
 */
export const unduhBerkasLacak = (pasangan: LacakBody, berkasId: number, namaFile?: string) =>
  unduhLewatPost('/permohonan/lacak/berkas', { ...pasangan, berkasId }, namaFile);
