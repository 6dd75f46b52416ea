CREATE TABLE "layanan" (
	"id" serial PRIMARY KEY NOT NULL,
	"kode" text NOT NULL,
	"nama" text NOT NULL,
	"unit_id" integer NOT NULL,
	"kategori" text DEFAULT 'Umum' NOT NULL,
	"ringkasan" text,
	"online" boolean DEFAULT true NOT NULL,
	"aktif" boolean DEFAULT true NOT NULL,
	"urutan" integer DEFAULT 0 NOT NULL,
	"giliran_terakhir" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "layanan_maklumat" (
	"unit_id" integer PRIMARY KEY NOT NULL,
	"teks" text NOT NULL,
	"penandatangan" text,
	"ditetapkan" date,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "layanan_nomor" (
	"jenis" text NOT NULL,
	"tahun" integer NOT NULL,
	"terakhir" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "layanan_nomor_jenis_tahun_pk" PRIMARY KEY("jenis","tahun")
);
--> statement-breakpoint
CREATE TABLE "layanan_standar_versi" (
	"id" serial PRIMARY KEY NOT NULL,
	"layanan_id" integer NOT NULL,
	"versi" integer NOT NULL,
	"terbit" boolean DEFAULT false NOT NULL,
	"berlaku_mulai" timestamp with time zone NOT NULL,
	"sk_nomor" text,
	"persyaratan" jsonb NOT NULL,
	"prosedur" jsonb NOT NULL,
	"jangka_waktu_nilai" integer NOT NULL,
	"jangka_waktu_satuan" text NOT NULL,
	"biaya_rupiah" bigint DEFAULT 0 NOT NULL,
	"biaya_keterangan" text,
	"produk" text NOT NULL,
	"pengaduan_kanal" jsonb NOT NULL,
	"dasar_hukum" jsonb NOT NULL,
	"sarpras" text,
	"kompetensi_pelaksana" text,
	"pengawasan_internal" text,
	"jumlah_pelaksana" text,
	"jaminan_pelayanan" text,
	"jaminan_keamanan" text,
	"evaluasi_kinerja" text,
	"dibuat_oleh" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "open311_klien" (
	"id" serial PRIMARY KEY NOT NULL,
	"nama" text NOT NULL,
	"kunci_hash" text NOT NULL,
	"aktif" boolean DEFAULT true NOT NULL,
	"terakhir_dipakai" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pengaduan" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"nomor" text NOT NULL,
	"kode_akses_hash" text,
	"klasifikasi" text DEFAULT 'pengaduan' NOT NULL,
	"kategori_id" integer NOT NULL,
	"layanan_id" integer,
	"permohonan_id" bigint,
	"unit_id" integer,
	"status" text NOT NULL,
	"hasil" text,
	"puas" boolean,
	"judul" text NOT NULL,
	"isi" text NOT NULL,
	"sumber" text DEFAULT 'web' NOT NULL,
	"anonim" boolean DEFAULT false NOT NULL,
	"rahasia" boolean DEFAULT false NOT NULL,
	"pelapor_nama_enc" text,
	"telepon_enc" text,
	"telepon_akhir" text,
	"email_enc" text,
	"kelurahan_kode" text,
	"alamat" text,
	"lat" double precision,
	"lng" double precision,
	"open311_klien_id" integer,
	"batas_verifikasi" timestamp with time zone NOT NULL,
	"batas_tindak_lanjut" timestamp with time zone,
	"tindak_lanjut_at" timestamp with time zone,
	"tutup_otomatis_at" timestamp with time zone,
	"ditutup_at" timestamp with time zone,
	"revisi" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pengaduan_kategori" (
	"id" serial PRIMARY KEY NOT NULL,
	"kode" text NOT NULL,
	"nama" text NOT NULL,
	"deskripsi" text,
	"grup" text,
	"kata_kunci" text,
	"unit_id" integer,
	"aktif" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pengaduan_lampiran" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"pengaduan_id" bigint NOT NULL,
	"nama_file" text NOT NULL,
	"mime" text NOT NULL,
	"ukuran" integer NOT NULL,
	"sha256" text NOT NULL,
	"path" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pengaduan_pengaturan" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"hari_verifikasi" integer DEFAULT 3 NOT NULL,
	"hari_tindak_lanjut" integer DEFAULT 5 NOT NULL,
	"hari_tutup_otomatis" integer DEFAULT 10 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pengaduan_peristiwa" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"pengaduan_id" bigint NOT NULL,
	"aksi" text NOT NULL,
	"dari_status" text,
	"ke_status" text,
	"unit_id" integer,
	"aktor" text NOT NULL,
	"aktor_pegawai_id" integer,
	"isi" text,
	"publik" boolean DEFAULT true NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "permohonan" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"nomor" text NOT NULL,
	"kode_akses_hash" text NOT NULL,
	"layanan_id" integer NOT NULL,
	"standar_versi_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"status" text NOT NULL,
	"pemohon_nama" text NOT NULL,
	"nik_enc" text NOT NULL,
	"nik_hash" text NOT NULL,
	"nik_akhir" text NOT NULL,
	"kk_enc" text,
	"kk_hash" text,
	"kk_akhir" text,
	"telepon_enc" text,
	"telepon_akhir" text,
	"email_enc" text,
	"isian" jsonb,
	"persetujuan_versi" text NOT NULL,
	"persetujuan_at" timestamp with time zone NOT NULL,
	"pengambilan" text DEFAULT 'ambil' NOT NULL,
	"petugas_id" integer,
	"catatan_perbaikan" jsonb,
	"alasan_tolak" text,
	"sla_mulai" timestamp with time zone,
	"jeda_mulai" timestamp with time zone,
	"sla_terpakai_menit" integer DEFAULT 0 NOT NULL,
	"jatuh_tempo" timestamp with time zone,
	"eskalasi_at" timestamp with time zone,
	"eskalasi_ke" integer,
	"diajukan_at" timestamp with time zone NOT NULL,
	"selesai_at" timestamp with time zone,
	"tepat_waktu" boolean,
	"antrian_tiket_id" bigint,
	"dokumen_hasil_id" bigint,
	"revisi" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "permohonan_berkas" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"permohonan_id" bigint NOT NULL,
	"jenis" text NOT NULL,
	"persyaratan_kode" text,
	"putaran" integer DEFAULT 1 NOT NULL,
	"nama_file" text NOT NULL,
	"mime" text NOT NULL,
	"ukuran" integer NOT NULL,
	"sha256" text NOT NULL,
	"path" text NOT NULL,
	"diunggah_oleh" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "permohonan_peristiwa" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"permohonan_id" bigint NOT NULL,
	"aksi" text NOT NULL,
	"dari_status" text,
	"ke_status" text,
	"aktor" text NOT NULL,
	"aktor_pegawai_id" integer,
	"catatan" text,
	"data" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "layanan" ADD CONSTRAINT "layanan_unit_id_unit_organisasi_id_fk" FOREIGN KEY ("unit_id") REFERENCES "unit_organisasi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "layanan_maklumat" ADD CONSTRAINT "layanan_maklumat_unit_id_unit_organisasi_id_fk" FOREIGN KEY ("unit_id") REFERENCES "unit_organisasi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "layanan_standar_versi" ADD CONSTRAINT "layanan_standar_versi_layanan_id_layanan_id_fk" FOREIGN KEY ("layanan_id") REFERENCES "layanan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pengaduan" ADD CONSTRAINT "pengaduan_kategori_id_pengaduan_kategori_id_fk" FOREIGN KEY ("kategori_id") REFERENCES "pengaduan_kategori"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pengaduan" ADD CONSTRAINT "pengaduan_layanan_id_layanan_id_fk" FOREIGN KEY ("layanan_id") REFERENCES "layanan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pengaduan" ADD CONSTRAINT "pengaduan_permohonan_id_permohonan_id_fk" FOREIGN KEY ("permohonan_id") REFERENCES "permohonan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pengaduan" ADD CONSTRAINT "pengaduan_unit_id_unit_organisasi_id_fk" FOREIGN KEY ("unit_id") REFERENCES "unit_organisasi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pengaduan_kategori" ADD CONSTRAINT "pengaduan_kategori_unit_id_unit_organisasi_id_fk" FOREIGN KEY ("unit_id") REFERENCES "unit_organisasi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pengaduan_lampiran" ADD CONSTRAINT "pengaduan_lampiran_pengaduan_id_pengaduan_id_fk" FOREIGN KEY ("pengaduan_id") REFERENCES "pengaduan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pengaduan_peristiwa" ADD CONSTRAINT "pengaduan_peristiwa_pengaduan_id_pengaduan_id_fk" FOREIGN KEY ("pengaduan_id") REFERENCES "pengaduan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permohonan" ADD CONSTRAINT "permohonan_layanan_id_layanan_id_fk" FOREIGN KEY ("layanan_id") REFERENCES "layanan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permohonan" ADD CONSTRAINT "permohonan_standar_versi_id_layanan_standar_versi_id_fk" FOREIGN KEY ("standar_versi_id") REFERENCES "layanan_standar_versi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permohonan" ADD CONSTRAINT "permohonan_unit_id_unit_organisasi_id_fk" FOREIGN KEY ("unit_id") REFERENCES "unit_organisasi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permohonan" ADD CONSTRAINT "permohonan_petugas_id_pegawai_id_fk" FOREIGN KEY ("petugas_id") REFERENCES "pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permohonan" ADD CONSTRAINT "permohonan_eskalasi_ke_pegawai_id_fk" FOREIGN KEY ("eskalasi_ke") REFERENCES "pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permohonan_berkas" ADD CONSTRAINT "permohonan_berkas_permohonan_id_permohonan_id_fk" FOREIGN KEY ("permohonan_id") REFERENCES "permohonan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "permohonan_peristiwa" ADD CONSTRAINT "permohonan_peristiwa_permohonan_id_permohonan_id_fk" FOREIGN KEY ("permohonan_id") REFERENCES "permohonan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "layanan_kode_uq" ON "layanan" USING btree ("kode");--> statement-breakpoint
CREATE INDEX "layanan_unit_idx" ON "layanan" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "layanan_standar_versi_uq" ON "layanan_standar_versi" USING btree ("layanan_id","versi");--> statement-breakpoint
CREATE UNIQUE INDEX "open311_klien_kunci_uq" ON "open311_klien" USING btree ("kunci_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "pengaduan_nomor_uq" ON "pengaduan" USING btree ("nomor");--> statement-breakpoint
CREATE INDEX "pengaduan_unit_status_idx" ON "pengaduan" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "pengaduan_status_created_idx" ON "pengaduan" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "pengaduan_kategori_created_idx" ON "pengaduan" USING btree ("kategori_id","created_at");--> statement-breakpoint
CREATE INDEX "pengaduan_updated_idx" ON "pengaduan" USING btree ("updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "pengaduan_kategori_kode_uq" ON "pengaduan_kategori" USING btree ("kode");--> statement-breakpoint
CREATE INDEX "pengaduan_lampiran_pengaduan_idx" ON "pengaduan_lampiran" USING btree ("pengaduan_id");--> statement-breakpoint
CREATE INDEX "pengaduan_peristiwa_pengaduan_idx" ON "pengaduan_peristiwa" USING btree ("pengaduan_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "permohonan_nomor_uq" ON "permohonan" USING btree ("nomor");--> statement-breakpoint
CREATE INDEX "permohonan_unit_status_tempo_idx" ON "permohonan" USING btree ("unit_id","status","jatuh_tempo");--> statement-breakpoint
CREATE INDEX "permohonan_petugas_status_idx" ON "permohonan" USING btree ("petugas_id","status");--> statement-breakpoint
CREATE INDEX "permohonan_nik_hash_idx" ON "permohonan" USING btree ("nik_hash");--> statement-breakpoint
CREATE INDEX "permohonan_diajukan_idx" ON "permohonan" USING btree ("diajukan_at");--> statement-breakpoint
CREATE INDEX "permohonan_tempo_aktif_idx" ON "permohonan" USING btree ("jatuh_tempo") WHERE status in ('diajukan','diverifikasi','diproses') and eskalasi_at is null;--> statement-breakpoint
CREATE INDEX "permohonan_berkas_permohonan_idx" ON "permohonan_berkas" USING btree ("permohonan_id");--> statement-breakpoint
CREATE INDEX "permohonan_peristiwa_permohonan_idx" ON "permohonan_peristiwa" USING btree ("permohonan_id","at");