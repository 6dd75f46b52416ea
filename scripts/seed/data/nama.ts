/**
 * Name pools for the synthetic ASN roster of Kota Tanjungbalai: a Melayu Asahan majority with Batak
 * (Mandailing, Toba, Simalungun), Jawa, Minang and Tionghoa families, as is typical of the North Sumatra
 * east coast. Synthetic: any likeness to a real person is a coincidence of common names.
 */
import type { Acak } from '../prng.ts';

const MELAYU = {
  L: ['Muhammad', 'Ahmad', 'Zulkifli', 'Syahrial', 'Rizal', 'Azhar', 'Fadhli', 'Irwansyah', 'Syafrizal', 'Khairul', 'Hendra', 'Zainal', 'Rahmat', 'Hamdan', 'Faisal', 'Ikhsan', 'Amri', 'Taufik', 'Yusuf', 'Nasrul', 'Ismail', 'Jamaluddin', 'Safaruddin', 'Fauzan', 'Rizky', 'Arif', 'Bahrum', 'Zulham'],
  P: ['Nurhayati', 'Rosmawati', 'Siti Aisyah', 'Khairunnisa', 'Fitriani', 'Nurmala', 'Rahmawati', 'Syarifah', 'Aminah', 'Zubaidah', 'Halimah', 'Nurul Hidayah', 'Yuliana', 'Salmah', 'Rosnita', 'Mariani', 'Fatimah', 'Juliana', 'Nur Azizah', 'Maslina', 'Rukiah', 'Suryani', 'Hafizah', 'Ernawati'],
  akhirL: ['Syahputra', 'Siddik', 'Hasan', 'Effendi', 'Rahman', 'Saputra', 'Hamid', 'Yunus', 'Amin'],
  akhirP: ['Syahputri', 'Wati', 'Sari', 'Ningsih', 'Rahmah', 'Hanum', 'Zahara'],
};

const BATAK = {
  L: ['Ahmad', 'Ali Imran', 'Parlindungan', 'Hotman', 'Marulak', 'Tigor', 'Rudi', 'Bonar', 'Roy', 'Daniel', 'Sahat', 'Rizky', 'Fauzi', 'Ridwan', 'Hasan', 'Mangatas', 'Togar', 'Binsar', 'Poltak', 'Irfan', 'Syahrul', 'Darwin', 'Jonner', 'Maruli', 'Amiruddin', 'Khairuddin', 'Muhammad Yusuf', 'Pangihutan'],
  P: ['Rosmawati', 'Lestari', 'Rini', 'Tiurma', 'Rumondang', 'Masniari', 'Rosdiana', 'Nur Asiah', 'Riska', 'Sondang', 'Delima', 'Erna', 'Yusnita', 'Dewi', 'Nurhalimah', 'Lenni', 'Hotmaida', 'Ratna', 'Friska', 'Mawarni', 'Sri Rezeki', 'Evi', 'Nurlela', 'Marlina'],
  marga: ['Siregar', 'Nasution', 'Lubis', 'Harahap', 'Sitorus', 'Pohan', 'Daulay', 'Hasibuan', 'Batubara', 'Tanjung', 'Simanjuntak', 'Sinaga', 'Panjaitan', 'Situmorang', 'Manurung', 'Pasaribu', 'Simatupang', 'Hutagalung', 'Ritonga', 'Rangkuti', 'Pulungan', 'Tambunan', 'Sihombing', 'Marpaung', 'Matondang', 'Dalimunthe', 'Purba', 'Saragih', 'Damanik', 'Sirait', 'Napitupulu', 'Hutapea', 'Gultom', 'Hasugian', 'Rambe'],
};

const JAWA = {
  depanL: ['Agus', 'Budi', 'Bambang', 'Eko', 'Joko', 'Slamet', 'Heru', 'Teguh', 'Dwi', 'Tri', 'Hadi', 'Sugeng', 'Wahyu', 'Puji', 'Rudi', 'Andi', 'Yoga'],
  belakangL: ['Santoso', 'Prasetyo', 'Susilo', 'Riyadi', 'Wibowo', 'Purnomo', 'Cahyono', 'Setiawan', 'Hartono', 'Sugiarto', 'Wijayanto', 'Nugroho', 'Hidayat', 'Kurniawan', 'Pranoto', 'Suprapto'],
  depanP: ['Sri', 'Siti', 'Dwi', 'Tri', 'Endang', 'Yuni', 'Ratna', 'Rina', 'Eka', 'Dewi', 'Nur', 'Wulan', 'Ani', 'Tutik'],
  belakangP: ['Wahyuni', 'Rahayu', 'Lestari', 'Handayani', 'Susilawati', 'Astuti', 'Kusumawati', 'Wulandari', 'Puspitasari', 'Suryani', 'Rahmawati', 'Ningsih', 'Purwanti', 'Sulastri'],
};

const MINANG = {
  L: ['Afrizal', 'Yusrizal', 'Syafri', 'Hendri', 'Andri', 'Zulfikar', 'Irwan', 'Rusdi', 'Efendi', 'Yulizar', 'Deswandi', 'Firdaus', 'Nofrizal', 'Asrul'],
  P: ['Ermawati', 'Yulianti', 'Desi Ratnasari', 'Fitri Yanti', 'Yusnidar', 'Rahmi', 'Elvi', 'Mardiana', 'Nelvi', 'Rosmaini', 'Yenni Marlina', 'Nofrita'],
  suku: ['Chaniago', 'Koto', 'Piliang', 'Sikumbang', 'Jambak', 'Caniago'],
};

const TIONGHOA = {
  L: ['Hendrik', 'Andy', 'Jimmy', 'Robert', 'Wilson', 'Hengky', 'Johan', 'Wijaya Kusuma', 'Edy', 'Kevin', 'Steven'],
  P: ['Susanti', 'Lily', 'Yenni', 'Lina', 'Meiliana', 'Veronika', 'Fransiska', 'Lusiana', 'Melinda', 'Shinta', 'Yuliani'],
  keluarga: ['Wijaya', 'Gunawan', 'Halim', 'Salim', 'Tanoto', 'Hartono', 'Sutanto', 'Setiawan', 'Kurniawan', 'Chandra', 'Tanjaya', 'Lim'],
};

/**
 * A synthetic Indonesian full name (without gelar) for a person of sex `jk`, drawn from the pools above
 * with weights Melayu 32 %, Batak 33 %, Jawa 20 %, Minang 9 %, Tionghoa 6 %.
 */
export function buatNama(acak: Acak, jk: 'L' | 'P'): string {
  const suku = acak.weighted(['melayu', 'batak', 'jawa', 'minang', 'tionghoa'] as const, [32, 33, 20, 9, 6]);
  switch (suku) {
    case 'melayu': {
      const depan = acak.pick(MELAYU[jk]);
      const tengku = acak.chance(0.06) ? 'Tengku ' : '';
      const akhir = acak.chance(0.5) ? ' ' + acak.pick(jk === 'L' ? MELAYU.akhirL : MELAYU.akhirP) : '';
      return `${tengku}${depan}${akhir}`;
    }
    case 'batak': {
      const depan = acak.pick(BATAK[jk]);
      const marga = acak.pick(BATAK.marga);
      return jk === 'P' && acak.chance(0.25) ? `${depan} br. ${marga}` : `${depan} ${marga}`;
    }
    case 'jawa':
      return jk === 'L'
        ? `${acak.pick(JAWA.depanL)} ${acak.pick(JAWA.belakangL)}`
        : `${acak.pick(JAWA.depanP)} ${acak.pick(JAWA.belakangP)}`;
    case 'minang': {
      const depan = acak.pick(MINANG[jk]);
      return acak.chance(0.3) ? `${depan} ${acak.pick(MINANG.suku)}` : depan;
    }
    case 'tionghoa':
      return `${acak.pick(TIONGHOA[jk])} ${acak.pick(TIONGHOA.keluarga)}`;
  }
}

/** Common bachelor's titles for general administration. */
export const GELAR_S1_UMUM = ['S.E.', 'S.H.', 'S.Sos.', 'S.AP.', 'S.Kom.', 'S.I.P.', 'S.Ak.', 'S.T.', 'S.Pd.', 'S.STP.', 'S.M.'] as const;
/** Common master's titles for general administration. */
export const GELAR_S2_UMUM = ['M.Si.', 'M.M.', 'M.AP.', 'M.H.', 'M.Pd.', 'M.T.'] as const;
/** Diploma titles for pelaksana. */
export const GELAR_D3_UMUM = ['A.Md.', 'A.Md.Kom.', 'A.Md.Ak.'] as const;
