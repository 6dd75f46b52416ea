import { addFeatureTranslations } from '../../i18n/index.ts';

/**
 * Strings of the skm feature (namespace 'skm'), Bahasa Indonesia first, English second: the PUBLIC part
 * (survey list, survey form, IKM publication). Admin strings live in i18n-admin.ts and are merged into the
 * same namespace, so the citizen's survey page does not download them.
 * Unsur names and answer labels are NOT here: they come from the API (the regulation's wording).
 */
const id = {
  mutu: { belumAda: 'Belum ada', denganKinerja: 'Mutu {{mutu}} · {{kinerja}}', saja: 'Mutu {{mutu}}' },
  kinerja: { A: 'Sangat Baik', B: 'Baik', C: 'Kurang Baik', D: 'Tidak Baik' },
  demografi: {
    label: { jenisKelamin: 'Jenis kelamin', usia: 'Usia', pendidikan: 'Pendidikan terakhir', pekerjaan: 'Pekerjaan' },
    opsi: {
      jenisKelamin: { L: 'Laki-laki', P: 'Perempuan' },
      usia: { '<20': 'Di bawah 20 tahun', '20-29': '20–29 tahun', '30-39': '30–39 tahun', '40-49': '40–49 tahun', '50-59': '50–59 tahun', '60+': '60 tahun ke atas' },
      pendidikan: { SD: 'SD', SMP: 'SMP', SMA: 'SMA/sederajat', 'D1-D3': 'D1–D3', 'D4/S1': 'D4/S1', S2: 'S2', S3: 'S3' },
      pekerjaan: {
        'PNS/TNI/Polri': 'PNS/TNI/Polri', 'Pegawai swasta': 'Pegawai swasta', Wiraswasta: 'Wiraswasta',
        'Pelajar/Mahasiswa': 'Pelajar/Mahasiswa', 'Ibu rumah tangga': 'Ibu rumah tangga', 'Tidak bekerja': 'Tidak bekerja', Lainnya: 'Lainnya',
      },
    },
  },
  daftar: {
    judul: 'Survei Kepuasan Masyarakat',
    pengantar: 'Pilih layanan yang baru saja Anda terima. Survei tanpa nama, 9 pertanyaan, kurang dari 2 menit.',
    kosong: 'Belum ada survei yang sedang dibuka. Silakan kembali lagi nanti.',
    layanan: 'Layanan: {{layanan}}',
    periode: 'Periode: {{periode}}',
    isi: 'Isi survei',
    isiAria: 'Isi survei: {{judul}}',
  },
  form: {
    judulHalaman: 'Survei Kepuasan Masyarakat',
    pengantar: 'Ada {{total}} pertanyaan. Pilih satu jawaban untuk setiap pertanyaan sesuai pengalaman Anda.',
    privasi: 'Survei ini tanpa nama: kami tidak menyimpan identitas, alamat IP, atau waktu pengisian Anda.',
    progres: '{{terjawab}} dari {{total}} terjawab',
    keBelumDijawab: 'Ke yang belum dijawab',
    posisi: 'Pertanyaan {{nomor}} dari {{total}}',
    posisiSingkat: '{{nomor}} dari {{total}}',
    demografiJudul: 'Tentang Anda (opsional)',
    demografiKet: 'Boleh dilewati. Hanya untuk statistik, tidak dapat dipakai untuk mengenali Anda.',
    tidakMenjawab: '— Tidak ingin menjawab —',
    layananDiterima: 'Layanan yang Anda terima',
    opsional: 'Opsional',
    saran: 'Saran atau masukan (opsional)',
    saranKet: 'Tulis tanpa nama dan tanpa data pribadi. Sisa {{sisa}} karakter.',
    kirim: 'Kirim survei',
    siapKirim: 'Semua pertanyaan sudah dijawab. Terima kasih!',
    belumLengkap: 'Jawab semua pertanyaan untuk mengirim (tinggal {{sisa}} lagi).',
    periksaIsian: 'Periksa kembali isian Anda',
    gagalKirim: 'Survei belum terkirim',
    field: { layananDiterima: 'Layanan yang diterima', saran: 'Saran', jawaban: 'Jawaban' },
    terimaKasihJudul: 'Jawaban Anda terkirim',
    terimaKasihKet: 'Penilaian Anda membantu Pemerintah Kota Tanjungbalai memperbaiki pelayanan. Hasil survei diumumkan secara terbuka.',
    lihatIkm: 'Lihat hasil IKM',
    lihatSurveiLain: 'Lihat survei lain',
    kembaliBeranda: 'Kembali ke beranda',
    tidakDitemukan: 'Survei tidak ditemukan',
    undanganTidakBerlaku: 'Undangan tidak berlaku lagi',
    undanganTidakDikenal: 'Tautan undangan tidak dikenal',
  },
  publikasi: {
    judul: 'Indeks Kepuasan Masyarakat — dipublikasikan sesuai UU 25/2009',
    judulPendek: 'Indeks Kepuasan Masyarakat',
    metode:
      'Hasil terbaru setiap unit layanan. Dihitung menurut PermenPANRB 14/2017: 9 unsur pelayanan, jawaban 1–4, nilai rata-rata setiap unsur dengan bobot sama, lalu dikonversi ke skala 25–100.',
    skalaJudul: 'Arti mutu pelayanan',
    rentang: { A: '88,31–100,00', B: '76,61–88,30', C: '65,00–76,60', D: '25,00–64,99' },
    kosong: 'Belum ada hasil IKM yang dipublikasikan.',
    ikm: 'Nilai IKM',
    periodeResponden: 'Periode {{periode}} · {{responden}} responden',
    perUnsur: 'Lihat nilai per unsur',
    perUnsurCaption: 'Nilai per unsur, {{unit}}',
  },
  tabel: { unsur: 'Unsur', nilai: 'Nilai', grafik: 'Grafik', mutu: 'Mutu' },
};

const en: typeof id = {
  mutu: { belumAda: 'None yet', denganKinerja: 'Grade {{mutu}} · {{kinerja}}', saja: 'Grade {{mutu}}' },
  kinerja: { A: 'Very good', B: 'Good', C: 'Fair', D: 'Poor' },
  demografi: {
    label: { jenisKelamin: 'Sex', usia: 'Age', pendidikan: 'Education', pekerjaan: 'Occupation' },
    opsi: {
      jenisKelamin: { L: 'Male', P: 'Female' },
      usia: { '<20': 'Under 20', '20-29': '20–29', '30-39': '30–39', '40-49': '40–49', '50-59': '50–59', '60+': '60 or older' },
      pendidikan: { SD: 'Primary (SD)', SMP: 'Junior secondary (SMP)', SMA: 'Senior secondary (SMA)', 'D1-D3': 'Diploma (D1–D3)', 'D4/S1': 'Bachelor (D4/S1)', S2: 'Master (S2)', S3: 'Doctorate (S3)' },
      pekerjaan: {
        'PNS/TNI/Polri': 'Civil servant / military / police', 'Pegawai swasta': 'Private employee', Wiraswasta: 'Self-employed',
        'Pelajar/Mahasiswa': 'Student', 'Ibu rumah tangga': 'Homemaker', 'Tidak bekerja': 'Not working', Lainnya: 'Other',
      },
    },
  },
  daftar: {
    judul: 'Public Satisfaction Survey',
    pengantar: 'Choose the service you just received. Anonymous, 9 questions, under 2 minutes.',
    kosong: 'No survey is open at the moment. Please come back later.',
    layanan: 'Service: {{layanan}}',
    periode: 'Period: {{periode}}',
    isi: 'Take survey',
    isiAria: 'Take survey: {{judul}}',
  },
  form: {
    judulHalaman: 'Public Satisfaction Survey',
    pengantar: 'There are {{total}} questions. Choose one answer for each, based on your experience.',
    privasi: 'This survey is anonymous: we do not store your identity, IP address, or the time you answered.',
    progres: '{{terjawab}} of {{total}} answered',
    keBelumDijawab: 'Go to unanswered',
    posisi: 'Question {{nomor}} of {{total}}',
    posisiSingkat: '{{nomor}} of {{total}}',
    demografiJudul: 'About you (optional)',
    demografiKet: 'You may skip this. Used for statistics only; it cannot identify you.',
    tidakMenjawab: '— Prefer not to say —',
    layananDiterima: 'The service you received',
    opsional: 'Optional',
    saran: 'Suggestions (optional)',
    saranKet: 'Please do not include names or personal data. {{sisa}} characters left.',
    kirim: 'Submit survey',
    siapKirim: 'All questions answered. Thank you!',
    belumLengkap: 'Answer every question to submit ({{sisa}} left).',
    periksaIsian: 'Please check your answers',
    gagalKirim: 'The survey was not submitted',
    field: { layananDiterima: 'Service received', saran: 'Suggestions', jawaban: 'Answers' },
    terimaKasihJudul: 'Your answers were sent',
    terimaKasihKet: 'Your rating helps the City of Tanjungbalai improve its services. Survey results are published openly.',
    lihatIkm: 'See IKM results',
    lihatSurveiLain: 'See other surveys',
    kembaliBeranda: 'Back to home',
    tidakDitemukan: 'Survey not found',
    undanganTidakBerlaku: 'This invitation is no longer valid',
    undanganTidakDikenal: 'Unknown invitation link',
  },
  publikasi: {
    judul: 'Public Satisfaction Index (IKM) — published under Law 25/2009',
    judulPendek: 'Public Satisfaction Index',
    metode:
      'Latest result of each service unit. Computed per PermenPANRB 14/2017: 9 service elements, answers 1–4, the mean of each element with equal weights, converted to a 25–100 scale.',
    skalaJudul: 'What the grades mean',
    rentang: { A: '88.31–100.00', B: '76.61–88.30', C: '65.00–76.60', D: '25.00–64.99' },
    kosong: 'No IKM results have been published yet.',
    ikm: 'IKM score',
    periodeResponden: 'Period {{periode}} · {{responden}} respondents',
    perUnsur: 'Show scores per element',
    perUnsurCaption: 'Scores per element, {{unit}}',
  },
  tabel: { unsur: 'Element', nilai: 'Score', grafik: 'Chart', mutu: 'Grade' },
};

addFeatureTranslations('skm', { id, en });
