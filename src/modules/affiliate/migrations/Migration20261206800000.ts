import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Recruit: a partner accepting a new version of the program's agreement from
 * the portal is a history entry of its own kind ("agreement"), next to status
 * moves and payout-detail changes.
 */
export class Migration20261206800000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "affiliate_status_change" drop constraint if exists "affiliate_status_change_kind_check";`)
    this.addSql(
      `alter table if exists "affiliate_status_change" add constraint "affiliate_status_change_kind_check" check ("kind" in ('status', 'payout_details', 'agreement'));`
    )
  }

  override async down(): Promise<void> {
    // The older schema knows no agreement entries: they become plain entries (their reason still says what happened).
    this.addSql(`update "affiliate_status_change" set "kind" = 'status' where "kind" = 'agreement';`)
    this.addSql(`alter table if exists "affiliate_status_change" drop constraint if exists "affiliate_status_change_kind_check";`)
    this.addSql(
      `alter table if exists "affiliate_status_change" add constraint "affiliate_status_change_kind_check" check ("kind" in ('status', 'payout_details'));`
    )
  }
}
