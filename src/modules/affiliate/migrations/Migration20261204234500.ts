import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Track: an overview rollup per hour, program, site and currency, for the
 * dashboard reports (by day, by site). With thousands of referral links and
 * their UTM tags the detail rollup holds about one row per click; this one
 * holds a few rows per hour. It starts as the sum of the detail rollup and is
 * written by the same statements from then on.
 */
export class Migration20261204234500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table if not exists "affiliate_stats_site_hourly" (
        "bucket" timestamptz not null,
        "program_id" text not null,
        "site_id" text not null default '',
        "currency_code" text not null default '',
        "clicks" bigint not null default 0,
        "unique_clicks" bigint not null default 0,
        "bot_clicks" bigint not null default 0,
        "registrations" bigint not null default 0,
        "orders" bigint not null default 0,
        "revenue" numeric not null default 0,
        "rejected_registrations" bigint not null default 0,
        "rejected_orders" bigint not null default 0,
        constraint "affiliate_stats_site_hourly_pkey" primary key
          ("bucket", "program_id", "site_id", "currency_code")
      );`)
    this.addSql(`
      insert into "affiliate_stats_site_hourly"
      select bucket, program_id, site_id, currency_code,
        sum(clicks), sum(unique_clicks), sum(bot_clicks), sum(registrations), sum(orders), sum(revenue),
        sum(rejected_registrations), sum(rejected_orders)
      from "affiliate_stats_hourly"
      group by 1, 2, 3, 4
      on conflict do nothing;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "affiliate_stats_site_hourly";`)
  }
}
