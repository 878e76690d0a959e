import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Track: a click also remembers a salted hash of its IP and user agent, so a
 * client that sends a fresh visitor id on every request from the same
 * address and browser is one unique visit per hour, not one per request.
 * Older clicks keep null and are matched by visitor id only.
 */
export class Migration20261206100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "affiliate_click" add column if not exists "agent_hash" text null;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_affiliate_click_agent_hash_created_at" ON "affiliate_click" ("agent_hash", "created_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_affiliate_click_agent_hash_created_at";`)
    this.addSql(`alter table if exists "affiliate_click" drop column if exists "agent_hash";`)
  }
}
