import { z } from "@medusajs/framework/zod"
import { currencyAmounts, listQuery, oneOrMany } from "../../utils/validators"
import { currencyCode, instant } from "../affiliate-commissions/validators"

const tiers = z
  .object({
    metric: z.enum(["orders", "revenue"]),
    period: z.enum(["calendar_month", "rolling_days", "lifetime"]),
    period_days: z.number().int().min(1).max(3650).nullish(),
    tiers: z
      .array(
        z
          .object({
            threshold: z.number().min(0),
            percentage: z.number().gt(0).max(100).nullish(),
            flat_amounts: currencyAmounts.nullish(),
          })
          .strict()
      )
      .min(1)
      .max(20),
  })
  .strict()

const ruleFields = {
  name: z.string().trim().min(1).max(200),
  scope: z.enum(["program", "site", "affiliate", "referral"]),
  site_id: z.string().min(1).nullish(),
  affiliate_id: z.string().min(1).nullish(),
  referral_id: z.string().min(1).nullish(),
  event: z.enum(["registration", "order", "first_order"]),
  type: z.enum(["flat", "percentage"]),
  percentage: z.number().gt(0).max(100).nullish(),
  flat_amounts: currencyAmounts.nullish(),
  basis: z.enum(["item_subtotal", "order_total"]),
  tiers: tiers.nullish(),
  window_days: z.number().int().min(1).max(3650).nullish(),
  priority: z.number().int().min(-1000).max(1000),
  starts_at: instant.nullish(),
  ends_at: instant.nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
}

export const CreateRule = z
  .object({
    program_id: z.string().min(1).optional(),
    ...ruleFields,
    scope: ruleFields.scope.default("program"),
    event: ruleFields.event.default("order"),
    basis: ruleFields.basis.default("item_subtotal"),
    priority: ruleFields.priority.default(0),
  })
  .strict()
export type CreateRuleType = z.infer<typeof CreateRule>

export const UpdateRule = z.object(ruleFields).partial().strict()
export type UpdateRuleType = z.infer<typeof UpdateRule>

export const ListRulesQuery = listQuery(
  {
    program_id: z.string().min(1).optional(),
    scope: oneOrMany(z.enum(["program", "site", "affiliate", "referral"])),
    status: oneOrMany(z.enum(["active", "archived"])),
    event: oneOrMany(z.enum(["registration", "order", "first_order"])),
    site_id: z.string().min(1).optional(),
    affiliate_id: z.string().min(1).optional(),
    referral_id: z.string().min(1).optional(),
  },
  ["created_at", "priority", "name"]
)
export type ListRulesQueryType = z.infer<typeof ListRulesQuery>

export const PreviewRule = z
  .object({
    program_id: z.string().min(1).optional(),
    site_id: z.string().min(1).nullish(),
    affiliate_id: z.string().min(1).optional(),
    referral_id: z.string().min(1).nullish(),
    event: z.enum(["registration", "order", "first_order"]).default("order"),
    /** The order amount (item subtotal after discounts); ignored for registrations. */
    amount: z.number().min(0).max(1e12).optional(),
    currency_code: currencyCode.optional(),
    at: instant.optional(),
  })
  .strict()
  .refine((v) => v.affiliate_id || v.referral_id, { message: "name the affiliate_id or the referral_id to preview for" })
  .refine((v) => v.event === "registration" || (v.amount !== undefined && v.currency_code), {
    message: "an order preview needs amount and currency_code",
  })
export type PreviewRuleType = z.infer<typeof PreviewRule>
