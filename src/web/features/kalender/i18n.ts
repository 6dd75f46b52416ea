import { addFeatureTranslations } from '../../i18n/index.ts';

/** Strings of the working-day calendar admin page (namespace 'kalender'), Bahasa Indonesia first. */
const id = {
  judul: 'Kalender hari kerja',
  pengantar: 'Hari libur nasional, cuti bersama, libur lokal dan tutup darurat. Hari-hari ini tidak dihitung sebagai hari kerja (tenggat layanan) dan tidak dapat dipesan di antrian online.',
  catatan: 'Tanggal libur nasional dan cuti bersama ditetapkan setiap tahun dengan SKB 3 Menteri (Menteri Agama, Menteri Ketenagakerjaan, Menteri PANRB). Tanggal Idulfitri dan Iduladha dapat bergeser setelah sidang isbat: periksa dan ubah di sini bila perlu.',
  catatanJudul: 'Sumber tanggal',
  tahun: 'Tahun',
  tambah: 'Tambah hari libur',
  kosong: 'Belum ada hari libur untuk tahun ini.',
  kolom: { tanggal: 'Tanggal', nama: 'Keterangan', jenis: 'Jenis', sumber: 'Sumber', aksi: 'Aksi' },
  jenis: { libur_nasional: 'Libur nasional', cuti_bersama: 'Cuti bersama', libur_lokal: 'Libur lokal', tutup_darurat: 'Tutup darurat' },
  ringkasan_other: '{{count}} hari tutup',
  ubah: 'Ubah',
  hapus: 'Hapus',
  ubahAria: 'Ubah {{nama}}',
  hapusAria: 'Hapus {{nama}}',
  hapusKonfirmasi: 'Hapus "{{nama}}" ({{tanggal}})? Tanggal ini akan menjadi hari kerja biasa.',
  form: {
    judulBaru: 'Tambah hari libur',
    judulUbah: 'Ubah hari libur',
    tanggal: 'Tanggal',
    nama: 'Keterangan',
    namaContoh: 'mis. Hari Jadi Kota Tanjungbalai',
    jenis: 'Jenis',
    sumber: 'Sumber (dasar hukum)',
    sumberContoh: 'mis. SKB 3 Menteri 2026, SK Wali Kota …',
    simpan: 'Simpan',
    batal: 'Batal',
  },
  tersimpan: 'Kalender disimpan.',
  terhapus: 'Hari libur dihapus.',
};

const en: typeof id = {
  judul: 'Working-day calendar',
  pengantar: 'National holidays, collective leave, local holidays and emergency closures. These days do not count as working days (service deadlines) and cannot be booked in the online queue.',
  catatan: 'National holidays and collective leave days are set every year by the joint decree of three ministers (SKB 3 Menteri). Eid al-Fitr and Eid al-Adha may move after the moon sighting (sidang isbat): check and edit them here when needed.',
  catatanJudul: 'Where the dates come from',
  tahun: 'Year',
  tambah: 'Add holiday',
  kosong: 'No holidays for this year yet.',
  kolom: { tanggal: 'Date', nama: 'Description', jenis: 'Type', sumber: 'Source', aksi: 'Actions' },
  jenis: { libur_nasional: 'National holiday', cuti_bersama: 'Collective leave', libur_lokal: 'Local holiday', tutup_darurat: 'Emergency closure' },
  ringkasan_other: '{{count}} closed days',
  ubah: 'Edit',
  hapus: 'Delete',
  ubahAria: 'Edit {{nama}}',
  hapusAria: 'Delete {{nama}}',
  hapusKonfirmasi: 'Delete "{{nama}}" ({{tanggal}})? The date becomes a normal working day.',
  form: {
    judulBaru: 'Add holiday',
    judulUbah: 'Edit holiday',
    tanggal: 'Date',
    nama: 'Description',
    namaContoh: 'e.g. Tanjungbalai city anniversary',
    jenis: 'Type',
    sumber: 'Source (legal basis)',
    sumberContoh: 'e.g. SKB 3 Menteri 2026, mayor decree …',
    simpan: 'Save',
    batal: 'Cancel',
  },
  tersimpan: 'Calendar saved.',
  terhapus: 'Holiday deleted.',
};
Object.assign(en, { ringkasan_one: '1 closed day' });

addFeatureTranslations('kalender', { id, en });
