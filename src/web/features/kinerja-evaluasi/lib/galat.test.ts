import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api.ts';
import { galatPerField, galatUmum, isKonflik } from './galat.ts';

const galat400 = new ApiError(400, {
  type: 'about:blank', title: 'Bad Request', status: 400, code: 'VALIDASI', detail: 'Data tidak valid.',
  errors: [
    { field: 'body.alasanPredikat', message: 'Alasan minimal 10 karakter' },
    { field: 'body.alasanPredikat', message: 'kedua' },
    { field: 'params.ke', message: 'harus 0–12' },
  ],
});

describe('galat', () => {
  it('should key field errors without body./params. and keep the first message per field', () => {
    expect(galatPerField(galat400)).toEqual({ alasanPredikat: 'Alasan minimal 10 karakter', ke: 'harus 0–12' });
    expect(galatPerField(new Error('x'))).toEqual({});
  });
  it('should leave a 400 to the fields when the form shows every named field, else give the detail', () => {
    expect(galatUmum(galat400, ['alasanPredikat', 'ke'])).toBeNull();
    expect(galatUmum(galat400, ['alasanPredikat'])).toBe('Data tidak valid.');
    expect(galatUmum(null, [])).toBeNull();
    expect(galatUmum(new Error('jaringan putus'), [])).toBe('jaringan putus');
  });
  it('should tell a 409 apart', () => {
    const k = new ApiError(409, { type: 'about:blank', title: 'Conflict', status: 409, code: 'KONFLIK', detail: 'Data berubah.' });
    expect(isKonflik(k)).toBe(true);
    expect(galatUmum(k, ['alasanPredikat'])).toBe('Data berubah.');
    expect(isKonflik(galat400)).toBe(false);
  });
});
