import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123230753 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "affiliate_commission_rule_change" ("id" text not null, "rule_id" text not null, "action" text check ("action" in ('created', 'updated', 'archived')) not null, "before" jsonb null, "after" jsonb null, "actor" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "affiliate_commission_rule_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_commission_rule_change_deleted_at" ON "affiliate_commission_rule_change" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_commission_rule_change_rule_id_created_at" ON "affiliate_commission_rule_change" ("rule_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "affiliate_commission" add column if not exists "event" text check ("event" in ('registration', 'order', 'first_order')) null, add column if not exists "rate" numeric null, add column if not exists "paid_at" timestamptz null, add column if not exists "reason" text null, add column if not exists "raw_rate" jsonb null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_commission_reverses_id" ON "affiliate_commission" ("reverses_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_commission_program_id_status_created_at" ON "affiliate_commission" ("program_id", "status", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "affiliate_commission_rule_change" cascade;`);

    this.addSql(`drop index if exists "IDX_affiliate_commission_reverses_id";`);
    this.addSql(`drop index if exists "IDX_affiliate_commission_program_id_status_created_at";`);
    this.addSql(`alter table if exists "affiliate_commission" drop column if exists "event", drop column if exists "rate", drop column if exists "paid_at", drop column if exists "reason", drop column if exists "raw_rate";`);
  }

}
