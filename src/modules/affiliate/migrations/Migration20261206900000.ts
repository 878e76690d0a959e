import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Enable: partners ask for codes of their own choosing (`affiliate_code_request`):
 * queued for an operator or granted at once, per program (`code_requests`).
 * A program may also give every newly approved partner a generated code
 * (`auto_code_for_new_partners`). One pending request per partner and code.
 */
export class Migration20261206900000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "affiliate_code_request" ("id" text not null, "affiliate_id" text not null, "program_id" text not null, "referral_id" text not null, "kind" text check ("kind" in ('code', 'alias')) not null default 'code', "voucher_id" text null, "code" text not null, "normalized_code" text not null, "status" text check ("status" in ('pending', 'approved', 'refused', 'withdrawn')) not null default 'pending', "reason" text null, "decided_by" text null, "decided_at" timestamptz null, "voucher_code_id" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "affiliate_code_request_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_code_request_deleted_at" ON "affiliate_code_request" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_code_request_program_id_status" ON "affiliate_code_request" ("program_id", "status") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_code_request_affiliate_id" ON "affiliate_code_request" ("affiliate_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_affiliate_code_request_affiliate_id_normalized_code_unique" ON "affiliate_code_request" ("affiliate_id", "normalized_code") WHERE status = 'pending' AND deleted_at IS NULL;`)
    this.addSql(`alter table if exists "affiliate_program"
      add column if not exists "code_requests" text check ("code_requests" in ('auto', 'review')) not null default 'review',
      add column if not exists "auto_code_for_new_partners" boolean not null default false;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "affiliate_program" drop column if exists "code_requests", drop column if exists "auto_code_for_new_partners";`)
    this.addSql(`drop table if exists "affiliate_code_request" cascade;`)
  }
}
