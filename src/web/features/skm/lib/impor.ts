/** One paper-import error, addressed as in the spreadsheet (null when the error is about the whole file). */
export type GalatImpor = { baris: string | null; kolom: string | null; pesan: string };

/**
 * The server's import errors `{ field: 'baris 3, kolom U2', message }` (POST /skm/survei/:id/impor, 400) split
 * into row and column; other fields (e.g. 'file') have neither.
 */
export function uraiGalat(errors: readonly { field: string; message: string }[]): GalatImpor[] {
  return errors.map((e) => {
    const m = /^baris\s+(\d+)\s*,\s*kolom\s+(.+)$/i.exec(e.field.trim());
    return m ? { baris: m[1]!, kolom: m[2]!.trim(), pesan: e.message } : { baris: null, kolom: null, pesan: e.message };
  });
}
