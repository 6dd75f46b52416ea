/** Query keys of the skm feature, in one place so mutations invalidate exactly what they change. */
export const skmKeys = {
  publik: ['skm', 'publik'] as const,
  publikList: () => [...skmKeys.publik, 'survei'] as const,
  publikSurvei: (kode: string) => [...skmKeys.publik, 'survei', kode] as const,
  publikUndangan: (token: string) => [...skmKeys.publik, 'undangan', token] as const,
  publikasi: () => [...skmKeys.publik, 'ikm'] as const,
  admin: ['skm', 'admin'] as const,
  surveiLists: () => [...skmKeys.admin, 'survei', 'list'] as const,
  surveiList: (q: object) => [...skmKeys.surveiLists(), q] as const,
  surveiHasil: (id: number) => [...skmKeys.admin, 'survei', id, 'hasil'] as const,
  unitList: () => [...skmKeys.admin, 'unit'] as const,
};
