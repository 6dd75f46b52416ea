CREATE TABLE "hari_libur" (
	"id" serial PRIMARY KEY NOT NULL,
	"tanggal" date NOT NULL,
	"nama" text NOT NULL,
	"jenis" text NOT NULL,
	"sumber" text,
	"diubah_oleh" integer,
	"diubah_pada" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifikasi_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kunci" text NOT NULL,
	"kanal" text NOT NULL,
	"tujuan_enc" text,
	"tujuan_akhir" text,
	"templat" text NOT NULL,
	"data" jsonb NOT NULL,
	"status" text DEFAULT 'menunggu' NOT NULL,
	"percobaan" integer DEFAULT 0 NOT NULL,
	"jadwal" timestamp with time zone DEFAULT now() NOT NULL,
	"dikunci_sampai" timestamp with time zone,
	"galat_terakhir" text,
	"id_penyedia" text,
	"dibuat_pada" timestamp with time zone DEFAULT now() NOT NULL,
	"terkirim_pada" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "antrian_kuota" (
	"layanan_id" integer NOT NULL,
	"tanggal" date NOT NULL,
	"kunci" text NOT NULL,
	"kapasitas" integer NOT NULL,
	"terpakai" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "antrian_kuota_layanan_id_tanggal_kunci_pk" PRIMARY KEY("layanan_id","tanggal","kunci")
);
--> statement-breakpoint
CREATE TABLE "antrian_layanan" (
	"id" serial PRIMARY KEY NOT NULL,
	"lokasi_id" integer NOT NULL,
	"nama" text NOT NULL,
	"layanan_kode" text,
	"prefix" text NOT NULL,
	"kuota_online" integer NOT NULL,
	"kuota_walkin" integer NOT NULL,
	"standar_menit" integer DEFAULT 15 NOT NULL,
	"urutan" integer DEFAULT 0 NOT NULL,
	"aktif" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "antrian_layar" (
	"id" serial PRIMARY KEY NOT NULL,
	"lokasi_id" integer NOT NULL,
	"nama" text NOT NULL,
	"token_hash" text NOT NULL,
	"aktif" boolean DEFAULT true NOT NULL,
	"dibuat_oleh" integer,
	"dibuat_pada" timestamp with time zone DEFAULT now() NOT NULL,
	"terakhir_terlihat" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "antrian_lokasi" (
	"id" serial PRIMARY KEY NOT NULL,
	"kode" text NOT NULL,
	"nama" text NOT NULL,
	"alamat" text,
	"unit_id" integer NOT NULL,
	"jam_layanan" jsonb NOT NULL,
	"check_in_sebelum_menit" integer DEFAULT 30 NOT NULL,
	"check_in_sesudah_menit" integer DEFAULT 15 NOT NULL,
	"rasio_prioritas" integer DEFAULT 3 NOT NULL,
	"maks_panggil" integer DEFAULT 3 NOT NULL,
	"maks_tahan_menit" integer DEFAULT 60 NOT NULL,
	"hari_pesan_ke_depan" integer DEFAULT 14 NOT NULL,
	"notifikasi_sisa" integer DEFAULT 3 NOT NULL,
	"aktif" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "antrian_loket" (
	"id" serial PRIMARY KEY NOT NULL,
	"lokasi_id" integer NOT NULL,
	"nomor" integer NOT NULL,
	"nama" text NOT NULL,
	"aktif" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "antrian_loket_layanan" (
	"loket_id" integer NOT NULL,
	"layanan_id" integer NOT NULL,
	CONSTRAINT "antrian_loket_layanan_loket_id_layanan_id_pk" PRIMARY KEY("loket_id","layanan_id")
);
--> statement-breakpoint
CREATE TABLE "antrian_loket_petugas" (
	"loket_id" integer PRIMARY KEY NOT NULL,
	"akun_id" integer NOT NULL,
	"pegawai_id" integer,
	"sejak" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "antrian_nomor" (
	"layanan_id" integer NOT NULL,
	"tanggal" date NOT NULL,
	"terakhir" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "antrian_nomor_layanan_id_tanggal_pk" PRIMARY KEY("layanan_id","tanggal")
);
--> statement-breakpoint
CREATE TABLE "antrian_peristiwa" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tiket_id" integer NOT NULL,
	"aksi" text NOT NULL,
	"dari" text,
	"ke" text NOT NULL,
	"akun_id" integer,
	"loket_id" integer,
	"catatan" text,
	"pada" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "antrian_sesi" (
	"id" serial PRIMARY KEY NOT NULL,
	"layanan_id" integer NOT NULL,
	"mulai" text NOT NULL,
	"selesai" text NOT NULL,
	"kapasitas" integer NOT NULL,
	"aktif" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "antrian_tiket" (
	"id" serial PRIMARY KEY NOT NULL,
	"lokasi_id" integer NOT NULL,
	"layanan_id" integer NOT NULL,
	"tanggal" date NOT NULL,
	"nomor_urut" integer NOT NULL,
	"nomor" text NOT NULL,
	"kode" text NOT NULL,
	"kanal" text NOT NULL,
	"sesi_id" integer,
	"status" text NOT NULL,
	"prioritas" text,
	"prioritas_oleh" integer,
	"nama" text,
	"nik_enc" text,
	"nik_hash" text,
	"nik_akhir" text,
	"telepon_enc" text,
	"telepon_akhir" text,
	"loket_tujuan_id" integer,
	"loket_id" integer,
	"petugas_akun_id" integer,
	"petugas_pegawai_id" integer,
	"jumlah_panggil" smallint DEFAULT 0 NOT NULL,
	"dibuat_pada" timestamp with time zone DEFAULT now() NOT NULL,
	"check_in_pada" timestamp with time zone,
	"antri_pada" timestamp with time zone,
	"dipanggil_pada" timestamp with time zone,
	"panggil_terakhir_pada" timestamp with time zone,
	"mulai_pada" timestamp with time zone,
	"selesai_pada" timestamp with time zone,
	"ditahan_pada" timestamp with time zone,
	"undangan_token" text,
	"notif_sisa_terkirim" boolean DEFAULT false NOT NULL,
	"versi" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "antrian_tutup" (
	"id" serial PRIMARY KEY NOT NULL,
	"lokasi_id" integer NOT NULL,
	"tanggal" date NOT NULL,
	"alasan" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "antrian_kuota" ADD CONSTRAINT "antrian_kuota_layanan_id_antrian_layanan_id_fk" FOREIGN KEY ("layanan_id") REFERENCES "antrian_layanan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "antrian_layanan" ADD CONSTRAINT "antrian_layanan_lokasi_id_antrian_lokasi_id_fk" FOREIGN KEY ("lokasi_id") REFERENCES "antrian_lokasi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "antrian_layar" ADD CONSTRAINT "antrian_layar_lokasi_id_antrian_lokasi_id_fk" FOREIGN KEY ("lokasi_id") REFERENCES "antrian_lokasi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "antrian_lokasi" ADD CONSTRAINT "antrian_lokasi_unit_id_unit_organisasi_id_fk" FOREIGN KEY ("unit_id") REFERENCES "unit_organisasi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "antrian_loket" ADD CONSTRAINT "antrian_loket_lokasi_id_antrian_lokasi_id_fk" FOREIGN KEY ("lokasi_id") REFERENCES "antrian_lokasi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "antrian_loket_layanan" ADD CONSTRAINT "antrian_loket_layanan_loket_id_antrian_loket_id_fk" FOREIGN KEY ("loket_id") REFERENCES "antrian_loket"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "antrian_loket_layanan" ADD CONSTRAINT "antrian_loket_layanan_layanan_id_antrian_layanan_id_fk" FOREIGN KEY ("layanan_id") REFERENCES "antrian_layanan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "antrian_loket_petugas" ADD CONSTRAINT "antrian_loket_petugas_loket_id_antrian_loket_id_fk" FOREIGN KEY ("loket_id") REFERENCES "antrian_loket"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "antrian_nomor" ADD CONSTRAINT "antrian_nomor_layanan_id_antrian_layanan_id_fk" FOREIGN KEY ("layanan_id") REFERENCES "antrian_layanan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "antrian_peristiwa" ADD CONSTRAINT "antrian_peristiwa_tiket_id_antrian_tiket_id_fk" FOREIGN KEY ("tiket_id") REFERENCES "antrian_tiket"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "antrian_sesi" ADD CONSTRAINT "antrian_sesi_layanan_id_antrian_layanan_id_fk" FOREIGN KEY ("layanan_id") REFERENCES "antrian_layanan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "antrian_tiket" ADD CONSTRAINT "antrian_tiket_lokasi_id_antrian_lokasi_id_fk" FOREIGN KEY ("lokasi_id") REFERENCES "antrian_lokasi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "antrian_tiket" ADD CONSTRAINT "antrian_tiket_layanan_id_antrian_layanan_id_fk" FOREIGN KEY ("layanan_id") REFERENCES "antrian_layanan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "antrian_tiket" ADD CONSTRAINT "antrian_tiket_sesi_id_antrian_sesi_id_fk" FOREIGN KEY ("sesi_id") REFERENCES "antrian_sesi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "antrian_tiket" ADD CONSTRAINT "antrian_tiket_loket_tujuan_id_antrian_loket_id_fk" FOREIGN KEY ("loket_tujuan_id") REFERENCES "antrian_loket"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "antrian_tiket" ADD CONSTRAINT "antrian_tiket_loket_id_antrian_loket_id_fk" FOREIGN KEY ("loket_id") REFERENCES "antrian_loket"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "antrian_tutup" ADD CONSTRAINT "antrian_tutup_lokasi_id_antrian_lokasi_id_fk" FOREIGN KEY ("lokasi_id") REFERENCES "antrian_lokasi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "hari_libur_tanggal_uq" ON "hari_libur" USING btree ("tanggal");--> statement-breakpoint
CREATE INDEX "hari_libur_jenis_idx" ON "hari_libur" USING btree ("jenis");--> statement-breakpoint
CREATE UNIQUE INDEX "notifikasi_outbox_kunci_uq" ON "notifikasi_outbox" USING btree ("kunci");--> statement-breakpoint
CREATE INDEX "notifikasi_outbox_antri_idx" ON "notifikasi_outbox" USING btree ("status","jadwal");--> statement-breakpoint
CREATE UNIQUE INDEX "antrian_layanan_prefix_uq" ON "antrian_layanan" USING btree ("lokasi_id","prefix");--> statement-breakpoint
CREATE UNIQUE INDEX "antrian_layar_token_uq" ON "antrian_layar" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "antrian_lokasi_kode_uq" ON "antrian_lokasi" USING btree ("kode");--> statement-breakpoint
CREATE UNIQUE INDEX "antrian_loket_nomor_uq" ON "antrian_loket" USING btree ("lokasi_id","nomor");--> statement-breakpoint
CREATE UNIQUE INDEX "antrian_loket_petugas_akun_uq" ON "antrian_loket_petugas" USING btree ("akun_id");--> statement-breakpoint
CREATE INDEX "antrian_peristiwa_tiket_idx" ON "antrian_peristiwa" USING btree ("tiket_id");--> statement-breakpoint
CREATE INDEX "antrian_sesi_layanan_idx" ON "antrian_sesi" USING btree ("layanan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "antrian_tiket_kode_uq" ON "antrian_tiket" USING btree ("kode");--> statement-breakpoint
CREATE UNIQUE INDEX "antrian_tiket_nomor_uq" ON "antrian_tiket" USING btree ("layanan_id","tanggal","nomor_urut");--> statement-breakpoint
CREATE UNIQUE INDEX "antrian_tiket_nik_aktif_uq" ON "antrian_tiket" USING btree ("nik_hash","layanan_id","tanggal") WHERE nik_hash IS NOT NULL AND status IN ('dipesan','menunggu','dipanggil','dilayani','ditahan');--> statement-breakpoint
CREATE INDEX "antrian_tiket_antre_idx" ON "antrian_tiket" USING btree ("lokasi_id","tanggal","status");--> statement-breakpoint
CREATE INDEX "antrian_tiket_layanan_tgl_idx" ON "antrian_tiket" USING btree ("layanan_id","tanggal");--> statement-breakpoint
CREATE INDEX "antrian_tiket_petugas_idx" ON "antrian_tiket" USING btree ("petugas_pegawai_id","tanggal");--> statement-breakpoint
CREATE UNIQUE INDEX "antrian_tutup_uq" ON "antrian_tutup" USING btree ("lokasi_id","tanggal");