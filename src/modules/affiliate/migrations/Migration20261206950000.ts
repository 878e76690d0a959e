import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Commission in reports: the report selects a period's attributions (by
 * partner or by time, already indexed) and reads their ledger entries by
 * attribution; manual adjustments, which have no attribution, are found by
 * the time they were written in a small partial index of their own.
 */
export class Migration20261206950000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index if not exists "IDX_affiliate_commission_attribution_id" on "affiliate_commission" ("attribution_id") where attribution_id is not null and deleted_at is null;`
    )
    this.addSql(
      `create index if not exists "IDX_affiliate_commission_unattributed_created_at" on "affiliate_commission" ("created_at") where attribution_id is null and deleted_at is null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_affiliate_commission_attribution_id";`)
    this.addSql(`drop index if exists "IDX_affiliate_commission_unattributed_created_at";`)
  }
}
