/** Form field errors of API answers: one shared implementation in src/web/lib/galat.ts. */
export { galatPerField, galatUmum, isKonflik } from '../../../lib/galat.ts';
