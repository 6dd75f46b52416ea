CREATE TABLE "jabatan" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"nama" text NOT NULL,
	"jenis" text NOT NULL,
	"jenjang" text,
	"kelas_jabatan" integer,
	"atasan_jabatan_id" integer,
	"is_kepala_unit" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pegawai" (
	"id" serial PRIMARY KEY NOT NULL,
	"nip" text NOT NULL,
	"jenis_asn" text NOT NULL,
	"nama" text NOT NULL,
	"gelar_depan" text,
	"gelar_belakang" text,
	"jenis_kelamin" text NOT NULL,
	"tanggal_lahir" date NOT NULL,
	"golongan" text NOT NULL,
	"tmt_cpns" date,
	"jabatan_id" integer,
	"unit_id" integer NOT NULL,
	"atasan_override_id" integer,
	"email" text,
	"telepon" text,
	"aktif" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unit_organisasi" (
	"id" serial PRIMARY KEY NOT NULL,
	"kode" text NOT NULL,
	"nama" text NOT NULL,
	"singkatan" text,
	"jenis" text NOT NULL,
	"parent_id" integer,
	"opd_id" integer,
	"is_opd" boolean DEFAULT false NOT NULL,
	"is_unit_layanan" boolean DEFAULT false NOT NULL,
	"wilayah_kode" text,
	"urutan" integer DEFAULT 0 NOT NULL,
	"aktif" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wilayah" (
	"kode" text PRIMARY KEY NOT NULL,
	"nama" text NOT NULL,
	"tingkat" text NOT NULL,
	"induk_kode" text,
	"kode_bps" text,
	"kode_pasti" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "akun" (
	"id" serial PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"nama" text NOT NULL,
	"password_hash" text NOT NULL,
	"roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"pegawai_id" integer,
	"opd_id" integer,
	"aktif" boolean DEFAULT true NOT NULL,
	"gagal_login" integer DEFAULT 0 NOT NULL,
	"terkunci_sampai" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sesi" (
	"id" text PRIMARY KEY NOT NULL,
	"akun_id" integer NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"akun_id" integer,
	"aksi" text NOT NULL,
	"entitas" text NOT NULL,
	"entitas_id" text,
	"data" jsonb
);
--> statement-breakpoint
CREATE TABLE "skm_pembatas" (
	"sidik" text PRIMARY KEY NOT NULL,
	"jumlah" integer DEFAULT 0 NOT NULL,
	"tanggal" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skm_respon" (
	"id" serial PRIMARY KEY NOT NULL,
	"survei_id" integer NOT NULL,
	"tanggal" date NOT NULL,
	"kanal" text NOT NULL,
	"u1" smallint,
	"u2" smallint,
	"u3" smallint,
	"u4" smallint,
	"u5" smallint,
	"u6" smallint,
	"u7" smallint,
	"u8" smallint,
	"u9" smallint,
	"jenis_kelamin" text,
	"usia" text,
	"pendidikan" text,
	"pekerjaan" text,
	"layanan_diterima" text,
	"saran" text,
	"konteks" jsonb
);
--> statement-breakpoint
CREATE TABLE "skm_survei" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"layanan" text,
	"judul" text NOT NULL,
	"jenis_periode" text NOT NULL,
	"tahun" integer NOT NULL,
	"ke" integer,
	"mulai" date NOT NULL,
	"selesai" date NOT NULL,
	"populasi" integer,
	"bobot" text DEFAULT 'exact' NOT NULL,
	"status" text DEFAULT 'aktif' NOT NULL,
	"kode" text NOT NULL,
	"demografi" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skm_undangan" (
	"id" serial PRIMARY KEY NOT NULL,
	"survei_id" integer NOT NULL,
	"token_hash" text NOT NULL,
	"sumber" text NOT NULL,
	"sumber_ref" text,
	"konteks" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kedaluwarsa" timestamp with time zone NOT NULL,
	"digunakan" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "jabatan" ADD CONSTRAINT "jabatan_unit_id_unit_organisasi_id_fk" FOREIGN KEY ("unit_id") REFERENCES "unit_organisasi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jabatan" ADD CONSTRAINT "jabatan_atasan_jabatan_id_jabatan_id_fk" FOREIGN KEY ("atasan_jabatan_id") REFERENCES "jabatan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pegawai" ADD CONSTRAINT "pegawai_jabatan_id_jabatan_id_fk" FOREIGN KEY ("jabatan_id") REFERENCES "jabatan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pegawai" ADD CONSTRAINT "pegawai_unit_id_unit_organisasi_id_fk" FOREIGN KEY ("unit_id") REFERENCES "unit_organisasi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pegawai" ADD CONSTRAINT "pegawai_atasan_override_id_pegawai_id_fk" FOREIGN KEY ("atasan_override_id") REFERENCES "pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_organisasi" ADD CONSTRAINT "unit_organisasi_parent_id_unit_organisasi_id_fk" FOREIGN KEY ("parent_id") REFERENCES "unit_organisasi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_organisasi" ADD CONSTRAINT "unit_organisasi_opd_id_unit_organisasi_id_fk" FOREIGN KEY ("opd_id") REFERENCES "unit_organisasi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_organisasi" ADD CONSTRAINT "unit_organisasi_wilayah_kode_wilayah_kode_fk" FOREIGN KEY ("wilayah_kode") REFERENCES "wilayah"("kode") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "akun" ADD CONSTRAINT "akun_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "akun" ADD CONSTRAINT "akun_opd_id_unit_organisasi_id_fk" FOREIGN KEY ("opd_id") REFERENCES "unit_organisasi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sesi" ADD CONSTRAINT "sesi_akun_id_akun_id_fk" FOREIGN KEY ("akun_id") REFERENCES "akun"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skm_respon" ADD CONSTRAINT "skm_respon_survei_id_skm_survei_id_fk" FOREIGN KEY ("survei_id") REFERENCES "skm_survei"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skm_survei" ADD CONSTRAINT "skm_survei_unit_id_unit_organisasi_id_fk" FOREIGN KEY ("unit_id") REFERENCES "unit_organisasi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skm_undangan" ADD CONSTRAINT "skm_undangan_survei_id_skm_survei_id_fk" FOREIGN KEY ("survei_id") REFERENCES "skm_survei"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "jabatan_unit_idx" ON "jabatan" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "jabatan_atasan_idx" ON "jabatan" USING btree ("atasan_jabatan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pegawai_nip_uq" ON "pegawai" USING btree ("nip");--> statement-breakpoint
CREATE INDEX "pegawai_unit_idx" ON "pegawai" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "pegawai_jabatan_idx" ON "pegawai" USING btree ("jabatan_id");--> statement-breakpoint
CREATE INDEX "pegawai_nama_idx" ON "pegawai" USING btree (lower("nama"));--> statement-breakpoint
CREATE UNIQUE INDEX "unit_organisasi_kode_uq" ON "unit_organisasi" USING btree ("kode");--> statement-breakpoint
CREATE INDEX "unit_organisasi_parent_idx" ON "unit_organisasi" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "akun_username_uq" ON "akun" USING btree ("username");--> statement-breakpoint
CREATE UNIQUE INDEX "akun_pegawai_uq" ON "akun" USING btree ("pegawai_id");--> statement-breakpoint
CREATE INDEX "sesi_akun_idx" ON "sesi" USING btree ("akun_id");--> statement-breakpoint
CREATE INDEX "sesi_expires_idx" ON "sesi" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "audit_entitas_idx" ON "audit_log" USING btree ("entitas","entitas_id");--> statement-breakpoint
CREATE INDEX "skm_respon_survei_idx" ON "skm_respon" USING btree ("survei_id");--> statement-breakpoint
CREATE UNIQUE INDEX "skm_survei_kode_uq" ON "skm_survei" USING btree ("kode");--> statement-breakpoint
CREATE INDEX "skm_survei_unit_idx" ON "skm_survei" USING btree ("unit_id","tahun");--> statement-breakpoint
CREATE UNIQUE INDEX "skm_undangan_token_uq" ON "skm_undangan" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "skm_undangan_sumber_uq" ON "skm_undangan" USING btree ("sumber","sumber_ref");