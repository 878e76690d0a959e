import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Reports in zones whose days start at :30 or :45 (Asia/Kolkata,
 * Asia/Kathmandu, Australia/Eucla) read the hours that local midnight cuts
 * from the raw rows: these indexes find a piece of an hour without scanning
 * every click or attribution.
 */
export class Migration20261206700000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index if not exists "IDX_affiliate_click_created_at" on "affiliate_click" ("created_at") where deleted_at is null;`)
    this.addSql(`create index if not exists "IDX_affiliate_attribution_attributed_at" on "affiliate_attribution" ("attributed_at") where deleted_at is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_affiliate_click_created_at";`)
    this.addSql(`drop index if exists "IDX_affiliate_attribution_attributed_at";`)
  }
}
