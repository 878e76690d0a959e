import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Pay / Recruit: where a payout goes is frozen. A payout keeps its method and
 * payout details as they were when its run made it (`destination`); a change
 * of payout details is a history entry of its own kind and clears verification
 * (`verification_cleared_at` says a verified partner changed them since).
 * Payouts made before this migration get the partner's current details: the
 * best record there is of where they went.
 */
export class Migration20261206200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "affiliate_payout" add column if not exists "destination" jsonb null;`)
    this.addSql(`
      update "affiliate_payout" p
      set "destination" = jsonb_build_object('payout_method', a."payout_method", 'payout_details', a."payout_details")
      from "affiliate" a
      where a."id" = p."affiliate_id" and p."destination" is null;`)
    this.addSql(`alter table if exists "affiliate" add column if not exists "verification_cleared_at" timestamptz null;`)
    this.addSql(
      `alter table if exists "affiliate_status_change" add column if not exists "kind" text check ("kind" in ('status', 'payout_details')) not null default 'status';`
    )
    this.addSql(`alter table if exists "affiliate_status_change" add column if not exists "change" jsonb null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "affiliate_status_change" drop column if exists "change";`)
    this.addSql(`alter table if exists "affiliate_status_change" drop column if exists "kind";`)
    this.addSql(`alter table if exists "affiliate" drop column if exists "verification_cleared_at";`)
    this.addSql(`alter table if exists "affiliate_payout" drop column if exists "destination";`)
  }
}
