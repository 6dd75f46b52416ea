ALTER TABLE "antrian_tiket" ADD COLUMN "telepon_hash" text;--> statement-breakpoint
CREATE INDEX "antrian_tiket_telepon_idx" ON "antrian_tiket" USING btree ("telepon_hash","tanggal");