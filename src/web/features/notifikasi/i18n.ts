import { addFeatureTranslations } from '../../i18n/index.ts';

/** Strings of the notifikasi feature (namespace 'notifikasi'): Bahasa Indonesia first, English second. */
const id = {
  judul: 'Notifikasi',
  pengantar: 'Pesan WhatsApp/SMS kepada warga (konfirmasi, pengingat, panggilan, survei). Pesan dikirim di latar belakang dan dicoba ulang otomatis bila gagal.',
  ringkasanLabel: 'Ringkasan status pengiriman',
  status: {
    menunggu: 'Menunggu', dikirim: 'Sedang dikirim', terkirim: 'Terkirim', gagal: 'Gagal', dilewati: 'Dilewati',
  },
  statusKet: {
    menunggu: 'Antre atau menunggu percobaan berikutnya',
    dikirim: 'Sedang diproses oleh pengirim',
    terkirim: 'Diterima gateway',
    gagal: 'Tidak terkirim; dapat dikirim ulang',
    dilewati: 'Tidak dikirim: tanpa nomor telepon, atau ditarik karena tiket dibatalkan/dipindah',
  },
  filter: 'Saring',
  filterStatus: 'Status',
  semuaStatus: 'Semua status',
  templat: {
    'antrian.konfirmasi': 'Konfirmasi antrian',
    'antrian.pengingat': 'Pengingat antrian',
    'antrian.sisa': 'Giliran hampir tiba',
    'antrian.survei': 'Undangan survei',
    'antrian.dibatalkan': 'Antrian dibatalkan',
    'antrian.jadwal_ulang': 'Jadwal antrian diubah',
  },
  tabel: {
    pesan: 'Pesan', status: 'Status', tujuan: 'Tujuan', percobaan: 'Percobaan', jadwal: 'Jadwal / terkirim', galat: 'Galat terakhir', aksi: 'Aksi',
  },
  tanpaNomor: 'Tanpa nomor',
  kirimUlang: 'Kirim ulang',
  kirimUlangAria: 'Kirim ulang pesan {{id}} ({{templat}})',
  diantrekan: 'Pesan diantrekan untuk dikirim ulang.',
  kosong: 'Belum ada pesan di outbox.',
  kosongFilter: 'Tidak ada pesan dengan status ini.',
  jumlah: '{{total}} pesan',
  halaman: 'Halaman {{p}}',
  pagination: { previous: 'Halaman sebelumnya', next: 'Halaman berikutnya', first: 'Halaman pertama', last: 'Halaman terakhir' },
};

const en: typeof id = {
  judul: 'Notifications',
  pengantar: 'WhatsApp/SMS messages to citizens (confirmation, reminder, call, survey). Messages are sent in the background and retried automatically when they fail.',
  ringkasanLabel: 'Delivery status summary',
  status: {
    menunggu: 'Queued', dikirim: 'Sending', terkirim: 'Sent', gagal: 'Failed', dilewati: 'Skipped',
  },
  statusKet: {
    menunggu: 'Queued or waiting for the next attempt',
    dikirim: 'Being processed by a sender',
    terkirim: 'Accepted by the gateway',
    gagal: 'Not delivered; can be sent again',
    dilewati: 'Not sent: no phone number, or withdrawn because the ticket was cancelled/rescheduled',
  },
  filter: 'Filter',
  filterStatus: 'Status',
  semuaStatus: 'All statuses',
  templat: {
    'antrian.konfirmasi': 'Queue confirmation',
    'antrian.pengingat': 'Queue reminder',
    'antrian.sisa': 'Turn almost due',
    'antrian.survei': 'Survey invitation',
    'antrian.dibatalkan': 'Queue cancelled',
    'antrian.jadwal_ulang': 'Queue rescheduled',
  },
  tabel: {
    pesan: 'Message', status: 'Status', tujuan: 'Recipient', percobaan: 'Attempts', jadwal: 'Scheduled / sent', galat: 'Last error', aksi: 'Action',
  },
  tanpaNomor: 'No number',
  kirimUlang: 'Send again',
  kirimUlangAria: 'Send message {{id}} again ({{templat}})',
  diantrekan: 'Message queued to be sent again.',
  kosong: 'The outbox is empty.',
  kosongFilter: 'No message with this status.',
  jumlah: '{{total}} messages',
  halaman: 'Page {{p}}',
  pagination: { previous: 'Previous page', next: 'Next page', first: 'First page', last: 'Last page' },
};

addFeatureTranslations('notifikasi', { id, en });
