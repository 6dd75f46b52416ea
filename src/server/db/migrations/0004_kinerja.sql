CREATE TABLE "kinerja_bukti" (
	"id" serial PRIMARY KEY NOT NULL,
	"realisasi_id" integer NOT NULL,
	"jenis" text NOT NULL,
	"nama" text NOT NULL,
	"url" text,
	"path" text,
	"mime" text,
	"ukuran" integer,
	"oleh_pegawai_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kinerja_keberatan" (
	"id" serial PRIMARY KEY NOT NULL,
	"penilaian_id" integer NOT NULL,
	"pegawai_id" integer NOT NULL,
	"pemutus_id" integer,
	"alasan" text NOT NULL,
	"status" text DEFAULT 'diajukan' NOT NULL,
	"keputusan" text,
	"sebelum" jsonb,
	"sesudah" jsonb,
	"diajukan_at" timestamp with time zone DEFAULT now() NOT NULL,
	"diputus_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "kinerja_koefisien_ak" (
	"jenjang" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"koefisien" double precision NOT NULL,
	"diubah_oleh" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kinerja_penetapan" (
	"id" serial PRIMARY KEY NOT NULL,
	"opd_id" integer NOT NULL,
	"tahun" integer NOT NULL,
	"oleh_akun_id" integer,
	"oleh_pegawai_id" integer,
	"ditetapkan_at" timestamp with time zone DEFAULT now() NOT NULL,
	"batas_keberatan" date NOT NULL,
	"jumlah_pegawai" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kinerja_penilaian" (
	"id" serial PRIMARY KEY NOT NULL,
	"skp_id" integer NOT NULL,
	"pegawai_id" integer NOT NULL,
	"tahun" integer NOT NULL,
	"jenis_periode" text NOT NULL,
	"periode_ke" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"opd_id" integer NOT NULL,
	"rating_hasil_kerja" text NOT NULL,
	"rating_perilaku" text NOT NULL,
	"predikat_matriks" text NOT NULL,
	"predikat" text NOT NULL,
	"alasan_predikat" text,
	"catatan" text,
	"penilai_id" integer,
	"dinilai_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ditetapkan_at" timestamp with time zone,
	"batas_keberatan" date,
	"revisi" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kinerja_predikat_organisasi" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"tahun" integer NOT NULL,
	"periode_ke" integer NOT NULL,
	"predikat" text NOT NULL,
	"capaian" text,
	"alasan_pertahankan" text,
	"peringatan" jsonb,
	"oleh_pegawai_id" integer,
	"oleh_akun_id" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kinerja_realisasi" (
	"id" serial PRIMARY KEY NOT NULL,
	"indikator_id" integer NOT NULL,
	"skp_id" integer NOT NULL,
	"periode_ke" integer NOT NULL,
	"angka" double precision,
	"narasi" text,
	"otomatis" boolean DEFAULT false NOT NULL,
	"sumber" jsonb,
	"catatan" text,
	"diisi_oleh" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kinerja_realisasi_sumber" (
	"realisasi_id" integer NOT NULL,
	"jenis" text NOT NULL,
	"ref_id" bigint NOT NULL,
	CONSTRAINT "kinerja_realisasi_sumber_realisasi_id_jenis_ref_id_pk" PRIMARY KEY("realisasi_id","jenis","ref_id")
);
--> statement-breakpoint
CREATE TABLE "kinerja_tahun" (
	"tahun" integer PRIMARY KEY NOT NULL,
	"jenis_periode" text DEFAULT 'bulanan' NOT NULL,
	"batas_keberatan_hari_kerja" integer DEFAULT 14 NOT NULL,
	"batas_penyusunan_skp" date,
	"diubah_oleh" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kinerja_umpan_balik" (
	"id" serial PRIMARY KEY NOT NULL,
	"skp_id" integer NOT NULL,
	"rhk_id" integer,
	"periode_ke" integer NOT NULL,
	"penulis_pegawai_id" integer,
	"penulis_akun_id" integer,
	"peran" text NOT NULL,
	"isi" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skp" (
	"id" serial PRIMARY KEY NOT NULL,
	"pegawai_id" integer NOT NULL,
	"tahun" integer NOT NULL,
	"periode_mulai" date NOT NULL,
	"periode_selesai" date NOT NULL,
	"jabatan_id" integer,
	"jabatan_nama" text NOT NULL,
	"jenis_jabatan" text NOT NULL,
	"jenjang" text,
	"unit_id" integer NOT NULL,
	"opd_id" integer NOT NULL,
	"penilai_id" integer,
	"atasan_penilai_id" integer,
	"pendekatan" text DEFAULT 'kuantitatif' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"catatan_kembali" text,
	"menggantikan_skp_id" integer,
	"alasan_baru" text DEFAULT 'awal' NOT NULL,
	"aktif" boolean DEFAULT true NOT NULL,
	"revisi" integer DEFAULT 0 NOT NULL,
	"diajukan_at" timestamp with time zone,
	"disetujui_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skp_indikator" (
	"id" serial PRIMARY KEY NOT NULL,
	"rhk_id" integer NOT NULL,
	"aspek" text NOT NULL,
	"uraian" text NOT NULL,
	"target_angka" double precision,
	"target_satuan" text,
	"target_narasi" text,
	"perspektif" text,
	"metrik" text,
	"metrik_lingkup" text,
	"metrik_ref_id" integer,
	"urutan" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skp_perilaku" (
	"skp_id" integer NOT NULL,
	"aspek" text NOT NULL,
	"ekspektasi_khusus" text NOT NULL,
	CONSTRAINT "skp_perilaku_skp_id_aspek_pk" PRIMARY KEY("skp_id","aspek")
);
--> statement-breakpoint
CREATE TABLE "skp_rhk" (
	"id" serial PRIMARY KEY NOT NULL,
	"skp_id" integer NOT NULL,
	"jenis" text DEFAULT 'utama' NOT NULL,
	"uraian" text NOT NULL,
	"parent_rhk_id" integer,
	"sumber_pk" text,
	"urutan" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skp_riwayat" (
	"id" serial PRIMARY KEY NOT NULL,
	"skp_id" integer NOT NULL,
	"aksi" text NOT NULL,
	"oleh_pegawai_id" integer,
	"oleh_akun_id" integer,
	"catatan" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "kinerja_bukti" ADD CONSTRAINT "kinerja_bukti_realisasi_id_kinerja_realisasi_id_fk" FOREIGN KEY ("realisasi_id") REFERENCES "kinerja_realisasi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kinerja_keberatan" ADD CONSTRAINT "kinerja_keberatan_penilaian_id_kinerja_penilaian_id_fk" FOREIGN KEY ("penilaian_id") REFERENCES "kinerja_penilaian"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kinerja_keberatan" ADD CONSTRAINT "kinerja_keberatan_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kinerja_keberatan" ADD CONSTRAINT "kinerja_keberatan_pemutus_id_pegawai_id_fk" FOREIGN KEY ("pemutus_id") REFERENCES "pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kinerja_penetapan" ADD CONSTRAINT "kinerja_penetapan_opd_id_unit_organisasi_id_fk" FOREIGN KEY ("opd_id") REFERENCES "unit_organisasi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kinerja_penilaian" ADD CONSTRAINT "kinerja_penilaian_skp_id_skp_id_fk" FOREIGN KEY ("skp_id") REFERENCES "skp"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kinerja_penilaian" ADD CONSTRAINT "kinerja_penilaian_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kinerja_predikat_organisasi" ADD CONSTRAINT "kinerja_predikat_organisasi_unit_id_unit_organisasi_id_fk" FOREIGN KEY ("unit_id") REFERENCES "unit_organisasi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kinerja_realisasi" ADD CONSTRAINT "kinerja_realisasi_indikator_id_skp_indikator_id_fk" FOREIGN KEY ("indikator_id") REFERENCES "skp_indikator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kinerja_realisasi" ADD CONSTRAINT "kinerja_realisasi_skp_id_skp_id_fk" FOREIGN KEY ("skp_id") REFERENCES "skp"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kinerja_realisasi_sumber" ADD CONSTRAINT "kinerja_realisasi_sumber_realisasi_id_kinerja_realisasi_id_fk" FOREIGN KEY ("realisasi_id") REFERENCES "kinerja_realisasi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kinerja_umpan_balik" ADD CONSTRAINT "kinerja_umpan_balik_skp_id_skp_id_fk" FOREIGN KEY ("skp_id") REFERENCES "skp"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kinerja_umpan_balik" ADD CONSTRAINT "kinerja_umpan_balik_rhk_id_skp_rhk_id_fk" FOREIGN KEY ("rhk_id") REFERENCES "skp_rhk"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_jabatan_id_jabatan_id_fk" FOREIGN KEY ("jabatan_id") REFERENCES "jabatan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_unit_id_unit_organisasi_id_fk" FOREIGN KEY ("unit_id") REFERENCES "unit_organisasi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_opd_id_unit_organisasi_id_fk" FOREIGN KEY ("opd_id") REFERENCES "unit_organisasi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_penilai_id_pegawai_id_fk" FOREIGN KEY ("penilai_id") REFERENCES "pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_atasan_penilai_id_pegawai_id_fk" FOREIGN KEY ("atasan_penilai_id") REFERENCES "pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_menggantikan_skp_id_skp_id_fk" FOREIGN KEY ("menggantikan_skp_id") REFERENCES "skp"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp_indikator" ADD CONSTRAINT "skp_indikator_rhk_id_skp_rhk_id_fk" FOREIGN KEY ("rhk_id") REFERENCES "skp_rhk"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp_perilaku" ADD CONSTRAINT "skp_perilaku_skp_id_skp_id_fk" FOREIGN KEY ("skp_id") REFERENCES "skp"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp_rhk" ADD CONSTRAINT "skp_rhk_skp_id_skp_id_fk" FOREIGN KEY ("skp_id") REFERENCES "skp"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp_rhk" ADD CONSTRAINT "skp_rhk_parent_rhk_id_skp_rhk_id_fk" FOREIGN KEY ("parent_rhk_id") REFERENCES "skp_rhk"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp_riwayat" ADD CONSTRAINT "skp_riwayat_skp_id_skp_id_fk" FOREIGN KEY ("skp_id") REFERENCES "skp"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kinerja_bukti_realisasi_idx" ON "kinerja_bukti" USING btree ("realisasi_id");--> statement-breakpoint
CREATE INDEX "kinerja_keberatan_penilaian_idx" ON "kinerja_keberatan" USING btree ("penilaian_id");--> statement-breakpoint
CREATE INDEX "kinerja_keberatan_pemutus_idx" ON "kinerja_keberatan" USING btree ("pemutus_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "kinerja_penetapan_uq" ON "kinerja_penetapan" USING btree ("opd_id","tahun");--> statement-breakpoint
CREATE UNIQUE INDEX "kinerja_penilaian_uq" ON "kinerja_penilaian" USING btree ("skp_id","periode_ke");--> statement-breakpoint
CREATE INDEX "kinerja_penilaian_opd_idx" ON "kinerja_penilaian" USING btree ("opd_id","tahun","periode_ke");--> statement-breakpoint
CREATE INDEX "kinerja_penilaian_tahun_idx" ON "kinerja_penilaian" USING btree ("tahun","periode_ke");--> statement-breakpoint
CREATE INDEX "kinerja_penilaian_pegawai_idx" ON "kinerja_penilaian" USING btree ("pegawai_id","tahun");--> statement-breakpoint
CREATE UNIQUE INDEX "kinerja_predikat_organisasi_uq" ON "kinerja_predikat_organisasi" USING btree ("unit_id","tahun","periode_ke");--> statement-breakpoint
CREATE UNIQUE INDEX "kinerja_realisasi_uq" ON "kinerja_realisasi" USING btree ("indikator_id","periode_ke");--> statement-breakpoint
CREATE INDEX "kinerja_realisasi_skp_idx" ON "kinerja_realisasi" USING btree ("skp_id","periode_ke");--> statement-breakpoint
CREATE INDEX "kinerja_umpan_balik_skp_idx" ON "kinerja_umpan_balik" USING btree ("skp_id","periode_ke");--> statement-breakpoint
CREATE INDEX "skp_pegawai_tahun_idx" ON "skp" USING btree ("pegawai_id","tahun");--> statement-breakpoint
CREATE INDEX "skp_penilai_idx" ON "skp" USING btree ("penilai_id","tahun");--> statement-breakpoint
CREATE INDEX "skp_opd_tahun_idx" ON "skp" USING btree ("opd_id","tahun");--> statement-breakpoint
CREATE UNIQUE INDEX "skp_pegawai_mulai_uq" ON "skp" USING btree ("pegawai_id","periode_mulai");--> statement-breakpoint
CREATE INDEX "skp_indikator_rhk_idx" ON "skp_indikator" USING btree ("rhk_id");--> statement-breakpoint
CREATE INDEX "skp_rhk_skp_idx" ON "skp_rhk" USING btree ("skp_id");--> statement-breakpoint
CREATE INDEX "skp_rhk_parent_idx" ON "skp_rhk" USING btree ("parent_rhk_id");--> statement-breakpoint
CREATE INDEX "skp_riwayat_skp_idx" ON "skp_riwayat" USING btree ("skp_id");