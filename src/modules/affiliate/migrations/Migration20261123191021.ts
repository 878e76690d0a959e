import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123191021 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "affiliate_voucher_code" drop constraint if exists "affiliate_voucher_code_normalized_code_unique";`);
    this.addSql(`alter table if exists "affiliate_site_authorization" drop constraint if exists "affiliate_site_authorization_affiliate_id_site_id_unique";`);
    this.addSql(`alter table if exists "affiliate_site" drop constraint if exists "affiliate_site_domain_unique";`);
    this.addSql(`alter table if exists "affiliate_referral" drop constraint if exists "affiliate_referral_slug_unique";`);
    this.addSql(`alter table if exists "affiliate" drop constraint if exists "affiliate_program_id_customer_id_unique";`);
    this.addSql(`alter table if exists "affiliate_invitation" drop constraint if exists "affiliate_invitation_token_hash_unique";`);
    this.addSql(`alter table if exists "affiliate_program" drop constraint if exists "affiliate_program_handle_unique";`);
    this.addSql(`alter table if exists "affiliate_payout_item" drop constraint if exists "affiliate_payout_item_commission_id_unique";`);
    this.addSql(`alter table if exists "affiliate_commission" drop constraint if exists "affiliate_commission_idempotency_key_unique";`);
    this.addSql(`alter table if exists "affiliate_attribution" drop constraint if exists "affiliate_attribution_idempotency_key_unique";`);
    this.addSql(`create table if not exists "affiliate_attribution" ("id" text not null, "program_id" text not null, "conversion" text check ("conversion" in ('registration', 'order')) not null, "status" text check ("status" in ('attributed', 'rejected')) not null default 'attributed', "customer_id" text null, "order_id" text null, "affiliate_id" text null, "referral_id" text null, "voucher_id" text null, "voucher_code" text null, "click_id" text null, "site_id" text null, "source" text check ("source" in ('link', 'code', 'utm', 'registration', 'manual')) null, "utm_source" text null, "utm_medium" text null, "utm_campaign" text null, "utm_term" text null, "utm_content" text null, "attributed_at" timestamptz not null, "window_ends_at" timestamptz null, "order_total" numeric null, "currency_code" text null, "explanation" jsonb not null, "idempotency_key" text not null, "raw_order_total" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "affiliate_attribution_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_attribution_deleted_at" ON "affiliate_attribution" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_affiliate_attribution_idempotency_key_unique" ON "affiliate_attribution" ("idempotency_key");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_attribution_affiliate_id_attributed_at" ON "affiliate_attribution" ("affiliate_id", "attributed_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_attribution_customer_id" ON "affiliate_attribution" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_attribution_order_id" ON "affiliate_attribution" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_attribution_site_id_attributed_at" ON "affiliate_attribution" ("site_id", "attributed_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "affiliate_click" ("id" text not null, "program_id" text not null, "affiliate_id" text null, "referral_id" text null, "voucher_id" text null, "site_id" text null, "visitor_id" text not null, "ip_hash" text null, "is_bot" boolean not null default false, "is_unique" boolean not null default true, "landing_path" text null, "referrer_host" text null, "utm_source" text null, "utm_medium" text null, "utm_campaign" text null, "utm_term" text null, "utm_content" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "affiliate_click_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_click_deleted_at" ON "affiliate_click" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_click_referral_id_created_at" ON "affiliate_click" ("referral_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_click_affiliate_id_created_at" ON "affiliate_click" ("affiliate_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_click_visitor_id_created_at" ON "affiliate_click" ("visitor_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_click_site_id_created_at" ON "affiliate_click" ("site_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "affiliate_commission" ("id" text not null, "program_id" text not null, "affiliate_id" text not null, "referral_id" text null, "site_id" text null, "attribution_id" text null, "order_id" text null, "customer_id" text null, "rule_id" text null, "rule_snapshot" jsonb null, "entry_type" text check ("entry_type" in ('commission', 'reversal', 'clawback', 'adjustment')) not null default 'commission', "basis_amount" numeric null, "amount" numeric not null, "currency_code" text not null, "status" text check ("status" in ('pending', 'approved', 'paid', 'void')) not null default 'pending', "hold_until" timestamptz null, "approved_at" timestamptz null, "reverses_id" text null, "is_internal" boolean not null default false, "idempotency_key" text not null, "explanation" jsonb null, "created_by" text null, "raw_basis_amount" jsonb null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "affiliate_commission_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_commission_deleted_at" ON "affiliate_commission" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_affiliate_commission_idempotency_key_unique" ON "affiliate_commission" ("idempotency_key");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_commission_affiliate_id_status_currency_code" ON "affiliate_commission" ("affiliate_id", "status", "currency_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_commission_order_id" ON "affiliate_commission" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_commission_status_hold_until" ON "affiliate_commission" ("status", "hold_until") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "affiliate_commission_rule" ("id" text not null, "program_id" text not null, "name" text not null, "scope" text check ("scope" in ('program', 'site', 'affiliate', 'referral')) not null default 'program', "site_id" text null, "affiliate_id" text null, "referral_id" text null, "event" text check ("event" in ('registration', 'order', 'first_order')) not null default 'order', "type" text check ("type" in ('flat', 'percentage')) not null, "percentage" numeric null, "flat_amounts" jsonb null, "basis" text check ("basis" in ('item_subtotal', 'order_total')) not null default 'item_subtotal', "tiers" jsonb null, "window_days" integer null, "priority" integer not null default 0, "starts_at" timestamptz null, "ends_at" timestamptz null, "status" text check ("status" in ('active', 'archived')) not null default 'active', "metadata" jsonb null, "raw_percentage" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "affiliate_commission_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_commission_rule_deleted_at" ON "affiliate_commission_rule" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_commission_rule_program_id_scope_status" ON "affiliate_commission_rule" ("program_id", "scope", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "affiliate_payout" ("id" text not null, "program_id" text not null, "affiliate_id" text not null, "run_id" text null, "currency_code" text not null, "amount" numeric not null, "status" text check ("status" in ('draft', 'processing', 'paid', 'failed', 'canceled')) not null default 'draft', "reference" text null, "paid_at" timestamptz null, "failed_reason" text null, "created_by" text null, "metadata" jsonb null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "affiliate_payout_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_payout_deleted_at" ON "affiliate_payout" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_payout_affiliate_id_status" ON "affiliate_payout" ("affiliate_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_payout_run_id" ON "affiliate_payout" ("run_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "affiliate_payout_item" ("id" text not null, "payout_id" text not null, "commission_id" text not null, "amount" numeric not null, "released_at" timestamptz null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "affiliate_payout_item_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_payout_item_payout_id" ON "affiliate_payout_item" ("payout_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_payout_item_commission_id" ON "affiliate_payout_item" ("commission_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_payout_item_deleted_at" ON "affiliate_payout_item" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_affiliate_payout_item_commission_id_unique" ON "affiliate_payout_item" ("commission_id") WHERE released_at IS NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "affiliate_program" ("id" text not null, "name" text not null, "handle" text not null, "description" text null, "is_default" boolean not null default false, "registration_mode" text check ("registration_mode" in ('open', 'invite', 'closed')) not null default 'open', "auto_approve" boolean not null default false, "agreement_text" text null, "agreement_version" text null, "attribution_model" text check ("attribution_model" in ('first_touch', 'last_touch')) not null default 'last_touch', "attribution_window_days" integer not null default 30, "hold_days" integer not null default 30, "payout_minimums" jsonb not null default '{}', "timezone" text not null default 'UTC', "help_center" jsonb not null default '{"entries":[]}', "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "affiliate_program_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_program_deleted_at" ON "affiliate_program" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_affiliate_program_handle_unique" ON "affiliate_program" ("handle") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "affiliate_invitation" ("id" text not null, "program_id" text not null, "email" text not null, "name" text null, "kind" text check ("kind" in ('external', 'internal')) not null default 'external', "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "revoked_at" timestamptz null, "affiliate_id" text null, "invited_by" text null, "message" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "affiliate_invitation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_invitation_program_id" ON "affiliate_invitation" ("program_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_invitation_deleted_at" ON "affiliate_invitation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_affiliate_invitation_token_hash_unique" ON "affiliate_invitation" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_invitation_email" ON "affiliate_invitation" ("email") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "affiliate" ("id" text not null, "program_id" text not null, "kind" text check ("kind" in ('external', 'internal')) not null default 'external', "status" text check ("status" in ('pending', 'active', 'suspended', 'disabled', 'rejected')) not null default 'pending', "customer_id" text null, "name" text not null, "email" text null, "phone" text null, "company_name" text null, "website" text null, "tax_id" text null, "address" jsonb null, "business_details" jsonb null, "payout_method" text check ("payout_method" in ('bank_transfer', 'paypal', 'other')) null, "payout_details" jsonb null, "timezone" text not null default 'UTC', "agreement_version" text null, "agreement_accepted_at" timestamptz null, "verified_at" timestamptz null, "verified_by" text null, "invitation_id" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "affiliate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_program_id" ON "affiliate" ("program_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_deleted_at" ON "affiliate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_affiliate_program_id_customer_id_unique" ON "affiliate" ("program_id", "customer_id") WHERE customer_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_status" ON "affiliate" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_kind" ON "affiliate" ("kind") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "affiliate_referral" ("id" text not null, "affiliate_id" text not null, "site_id" text null, "name" text not null, "slug" text not null, "landing_path" text not null default '/', "utm_source" text null, "utm_medium" text null, "utm_campaign" text null, "status" text check ("status" in ('active', 'archived')) not null default 'active', "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "affiliate_referral_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_referral_affiliate_id" ON "affiliate_referral" ("affiliate_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_referral_deleted_at" ON "affiliate_referral" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_affiliate_referral_slug_unique" ON "affiliate_referral" ("slug") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_referral_site_id" ON "affiliate_referral" ("site_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "affiliate_site" ("id" text not null, "program_id" text not null, "name" text not null, "domain" text not null, "sales_channel_id" text null, "landing_url" text not null, "locale" text null, "status" text check ("status" in ('active', 'archived')) not null default 'active', "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "affiliate_site_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_site_program_id" ON "affiliate_site" ("program_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_site_deleted_at" ON "affiliate_site" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_affiliate_site_domain_unique" ON "affiliate_site" ("domain") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_site_sales_channel_id" ON "affiliate_site" ("sales_channel_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "affiliate_site_authorization" ("id" text not null, "affiliate_id" text not null, "site_id" text not null, "status" text check ("status" in ('requested', 'approved', 'revoked')) not null default 'requested', "note" text null, "decided_by" text null, "decided_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "affiliate_site_authorization_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_site_authorization_affiliate_id" ON "affiliate_site_authorization" ("affiliate_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_site_authorization_site_id" ON "affiliate_site_authorization" ("site_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_site_authorization_deleted_at" ON "affiliate_site_authorization" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_affiliate_site_authorization_affiliate_id_site_id_unique" ON "affiliate_site_authorization" ("affiliate_id", "site_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_site_authorization_site_id_status" ON "affiliate_site_authorization" ("site_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "affiliate_status_change" ("id" text not null, "affiliate_id" text not null, "from_status" text null, "to_status" text not null, "reason" text null, "actor_type" text check ("actor_type" in ('user', 'customer', 'system')) not null, "actor_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "affiliate_status_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_status_change_affiliate_id" ON "affiliate_status_change" ("affiliate_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_status_change_deleted_at" ON "affiliate_status_change" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_status_change_affiliate_id_created_at" ON "affiliate_status_change" ("affiliate_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "affiliate_voucher" ("id" text not null, "referral_id" text not null, "code" text not null, "promotion_id" text null, "status" text check ("status" in ('active', 'inactive')) not null default 'active', "description" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "affiliate_voucher_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_voucher_referral_id" ON "affiliate_voucher" ("referral_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_voucher_deleted_at" ON "affiliate_voucher" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_voucher_promotion_id" ON "affiliate_voucher" ("promotion_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "affiliate_voucher_code" ("id" text not null, "voucher_id" text not null, "code" text not null, "normalized_code" text not null, "kind" text check ("kind" in ('primary', 'alias')) not null default 'alias', "status" text check ("status" in ('active', 'inactive')) not null default 'active', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "affiliate_voucher_code_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_voucher_code_voucher_id" ON "affiliate_voucher_code" ("voucher_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_voucher_code_deleted_at" ON "affiliate_voucher_code" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_affiliate_voucher_code_normalized_code_unique" ON "affiliate_voucher_code" ("normalized_code");`);

    this.addSql(`alter table if exists "affiliate_payout_item" add constraint "affiliate_payout_item_payout_id_foreign" foreign key ("payout_id") references "affiliate_payout" ("id") on update cascade;`);
    this.addSql(`alter table if exists "affiliate_payout_item" add constraint "affiliate_payout_item_commission_id_foreign" foreign key ("commission_id") references "affiliate_commission" ("id") on update cascade;`);

    this.addSql(`alter table if exists "affiliate_invitation" add constraint "affiliate_invitation_program_id_foreign" foreign key ("program_id") references "affiliate_program" ("id") on update cascade;`);

    this.addSql(`alter table if exists "affiliate" add constraint "affiliate_program_id_foreign" foreign key ("program_id") references "affiliate_program" ("id") on update cascade;`);

    this.addSql(`alter table if exists "affiliate_referral" add constraint "affiliate_referral_affiliate_id_foreign" foreign key ("affiliate_id") references "affiliate" ("id") on update cascade;`);

    this.addSql(`alter table if exists "affiliate_site" add constraint "affiliate_site_program_id_foreign" foreign key ("program_id") references "affiliate_program" ("id") on update cascade;`);

    this.addSql(`alter table if exists "affiliate_site_authorization" add constraint "affiliate_site_authorization_affiliate_id_foreign" foreign key ("affiliate_id") references "affiliate" ("id") on update cascade;`);
    this.addSql(`alter table if exists "affiliate_site_authorization" add constraint "affiliate_site_authorization_site_id_foreign" foreign key ("site_id") references "affiliate_site" ("id") on update cascade;`);

    this.addSql(`alter table if exists "affiliate_status_change" add constraint "affiliate_status_change_affiliate_id_foreign" foreign key ("affiliate_id") references "affiliate" ("id") on update cascade;`);

    this.addSql(`alter table if exists "affiliate_voucher" add constraint "affiliate_voucher_referral_id_foreign" foreign key ("referral_id") references "affiliate_referral" ("id") on update cascade;`);

    this.addSql(`alter table if exists "affiliate_voucher_code" add constraint "affiliate_voucher_code_voucher_id_foreign" foreign key ("voucher_id") references "affiliate_voucher" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "affiliate_payout_item" drop constraint if exists "affiliate_payout_item_commission_id_foreign";`);

    this.addSql(`alter table if exists "affiliate_payout_item" drop constraint if exists "affiliate_payout_item_payout_id_foreign";`);

    this.addSql(`alter table if exists "affiliate_invitation" drop constraint if exists "affiliate_invitation_program_id_foreign";`);

    this.addSql(`alter table if exists "affiliate" drop constraint if exists "affiliate_program_id_foreign";`);

    this.addSql(`alter table if exists "affiliate_site" drop constraint if exists "affiliate_site_program_id_foreign";`);

    this.addSql(`alter table if exists "affiliate_referral" drop constraint if exists "affiliate_referral_affiliate_id_foreign";`);

    this.addSql(`alter table if exists "affiliate_site_authorization" drop constraint if exists "affiliate_site_authorization_affiliate_id_foreign";`);

    this.addSql(`alter table if exists "affiliate_status_change" drop constraint if exists "affiliate_status_change_affiliate_id_foreign";`);

    this.addSql(`alter table if exists "affiliate_voucher" drop constraint if exists "affiliate_voucher_referral_id_foreign";`);

    this.addSql(`alter table if exists "affiliate_site_authorization" drop constraint if exists "affiliate_site_authorization_site_id_foreign";`);

    this.addSql(`alter table if exists "affiliate_voucher_code" drop constraint if exists "affiliate_voucher_code_voucher_id_foreign";`);

    this.addSql(`drop table if exists "affiliate_attribution" cascade;`);

    this.addSql(`drop table if exists "affiliate_click" cascade;`);

    this.addSql(`drop table if exists "affiliate_commission" cascade;`);

    this.addSql(`drop table if exists "affiliate_commission_rule" cascade;`);

    this.addSql(`drop table if exists "affiliate_payout" cascade;`);

    this.addSql(`drop table if exists "affiliate_payout_item" cascade;`);

    this.addSql(`drop table if exists "affiliate_program" cascade;`);

    this.addSql(`drop table if exists "affiliate_invitation" cascade;`);

    this.addSql(`drop table if exists "affiliate" cascade;`);

    this.addSql(`drop table if exists "affiliate_referral" cascade;`);

    this.addSql(`drop table if exists "affiliate_site" cascade;`);

    this.addSql(`drop table if exists "affiliate_site_authorization" cascade;`);

    this.addSql(`drop table if exists "affiliate_status_change" cascade;`);

    this.addSql(`drop table if exists "affiliate_voucher" cascade;`);

    this.addSql(`drop table if exists "affiliate_voucher_code" cascade;`);
  }

}
