import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Track: clicks remember why they can never attribute, programs say which
 * touch wins, and an hourly rollup answers reports without scanning clicks.
 *
 * The rollup is written in the same statement as the clicks and in the same
 * transaction as the attributions, so it is never behind the raw tables.
 * Hour buckets (UTC) let reports group by day in any whole-hour time zone.
 * Dimensions are '' rather than NULL so that they can be part of the key.
 */
export class Migration20261123212849 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "affiliate_click" add column if not exists "blocked_reason" text null;`)
    this.addSql(
      `alter table if exists "affiliate_program" add column if not exists "attribution_precedence" jsonb not null default '["code","click","registration"]';`
    )
    this.addSql(`
      create table if not exists "affiliate_stats_hourly" (
        "bucket" timestamptz not null,
        "program_id" text not null,
        "site_id" text not null default '',
        "affiliate_id" text not null default '',
        "referral_id" text not null default '',
        "utm_source" text not null default '',
        "utm_medium" text not null default '',
        "utm_campaign" text not null default '',
        "currency_code" text not null default '',
        "clicks" bigint not null default 0,
        "unique_clicks" bigint not null default 0,
        "bot_clicks" bigint not null default 0,
        "registrations" bigint not null default 0,
        "orders" bigint not null default 0,
        "revenue" numeric not null default 0,
        "rejected_registrations" bigint not null default 0,
        "rejected_orders" bigint not null default 0,
        constraint "affiliate_stats_hourly_pkey" primary key
          ("bucket", "program_id", "site_id", "affiliate_id", "referral_id", "utm_source", "utm_medium", "utm_campaign", "currency_code")
      );`)
    this.addSql(`create index if not exists "IDX_affiliate_stats_hourly_program_bucket" on "affiliate_stats_hourly" ("program_id", "bucket");`)
    this.addSql(`create index if not exists "IDX_affiliate_stats_hourly_affiliate_bucket" on "affiliate_stats_hourly" ("affiliate_id", "bucket") where "affiliate_id" <> '';`)
    this.addSql(`create index if not exists "IDX_affiliate_stats_hourly_site_bucket" on "affiliate_stats_hourly" ("site_id", "bucket") where "site_id" <> '';`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "affiliate_stats_hourly";`)
    this.addSql(`alter table if exists "affiliate_click" drop column if exists "blocked_reason";`)
    this.addSql(`alter table if exists "affiliate_program" drop column if exists "attribution_precedence";`)
  }
}
