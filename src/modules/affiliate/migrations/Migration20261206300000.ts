import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Trust in earnings: every attribution stores what it earned and why not
 * (commission status, reason, detail), signups keep the IP hash the daily
 * caps count by, and programs say how registration bounties are released
 * and how many registrations a day earn one.
 */
export class Migration20261206300000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "affiliate_attribution"
      add column if not exists "commission_status" text null,
      add column if not exists "commission_reason" text null,
      add column if not exists "commission_detail" text null,
      add column if not exists "ip_hash" text null;`)
    this.addSql(`create index if not exists "IDX_affiliate_attribution_ip_hash_attributed_at" on "affiliate_attribution" ("ip_hash", "attributed_at") where deleted_at is null and ip_hash is not null;`)
    this.addSql(`alter table if exists "affiliate_program"
      add column if not exists "registration_bounty_release" text check ("registration_bounty_release" in ('first_order', 'review')) not null default 'first_order',
      add column if not exists "registration_daily_cap_per_ip" integer null default 3,
      add column if not exists "registration_daily_cap_per_partner" integer null default 50;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_affiliate_attribution_ip_hash_attributed_at";`)
    this.addSql(`alter table if exists "affiliate_attribution" drop column if exists "commission_status", drop column if exists "commission_reason", drop column if exists "commission_detail", drop column if exists "ip_hash";`)
    this.addSql(`alter table if exists "affiliate_program" drop column if exists "registration_bounty_release", drop column if exists "registration_daily_cap_per_ip", drop column if exists "registration_daily_cap_per_partner";`)
  }
}
