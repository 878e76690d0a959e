import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Every store starts with one program, so partners can apply and operators
 * can invite before anything is configured. Operators edit it like any other.
 */
export class Migration20261123191500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      insert into "affiliate_program"
        ("id", "name", "handle", "description", "is_default", "registration_mode", "auto_approve",
         "agreement_text", "agreement_version", "attribution_model", "attribution_window_days",
         "hold_days", "payout_minimums", "timezone", "help_center")
      select 'affprog_default', 'Partner program', 'default',
        'The store''s partner program. Edit its terms in the admin under Affiliates > Programs.',
        true, 'open', false,
        'By joining the partner program you agree to promote the store honestly, to disclose your partnership, and not to bid on the store''s brand terms.',
        '1', 'last_touch', 30, 30, '{}'::jsonb, 'UTC',
        '{"entries":[{"question":"When are commissions paid?","answer":"Commissions become payable once the hold period has passed and your balance reaches the payout minimum."},{"question":"Can I see who my referred customers are?","answer":"No. Referred customers are shown anonymised: a pseudonym, dates, site and the link, code or UTM context, never personal details."}]}'::jsonb
      where not exists (select 1 from "affiliate_program" where "is_default" = true and "deleted_at" is null);
    `)
    // At most one default program.
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_affiliate_program_single_default" ON "affiliate_program" ("is_default") WHERE is_default = true AND deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_affiliate_program_single_default";`)
  }
}
