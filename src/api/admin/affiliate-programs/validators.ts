import { z } from "@medusajs/framework/zod"
import { currencyAmounts, jsonObject, listQuery, timezone } from "../../utils/validators"

export const ListProgramsQuery = listQuery(
  { registration_mode: z.enum(["open", "invite", "closed"]).optional() },
  ["created_at", "name", "handle"]
)

const programFields = {
  name: z.string().trim().min(1).max(200),
  handle: z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "handle is lower-case letters, digits and hyphens"),
  description: z.string().max(2000).nullish(),
  is_default: z.boolean(),
  registration_mode: z.enum(["open", "invite", "closed"]),
  auto_approve: z.boolean(),
  agreement_text: z.string().max(50000).nullish(),
  agreement_version: z.string().trim().min(1).max(50).nullish(),
  attribution_model: z.enum(["first_touch", "last_touch"]),
  attribution_window_days: z.number().int().min(1).max(365),
  // Which touch wins an order, highest first: each of code, click, registration at most once.
  attribution_precedence: z
    .array(z.enum(["code", "click", "registration"]))
    .min(1)
    .max(3)
    .refine((kinds) => new Set(kinds).size === kinds.length, { message: "lists each of code, click, registration at most once" }),
  hold_days: z.number().int().min(0).max(365),
  // A registration bounty is paid after the customer's first order, or after an operator releases it.
  registration_bounty_release: z.enum(["first_order", "review"]),
  // Registrations credited a day from one IP hash / to one partner; null for no cap.
  registration_daily_cap_per_ip: z.number().int().min(0).max(100000).nullable(),
  registration_daily_cap_per_partner: z.number().int().min(0).max(1000000).nullable(),
  payout_minimums: currencyAmounts,
  // Codes partners ask for: granted at once when free and valid, or queued for an operator.
  code_requests: z.enum(["auto", "review"]),
  // A partner, once approved, gets a voucher with a generated code on their first link.
  auto_code_for_new_partners: z.boolean(),
  timezone,
  help_center: z.object({
    entries: z.array(z.object({ question: z.string().min(1).max(500), answer: z.string().min(1).max(5000) })).max(100),
  }),
  metadata: jsonObject.nullish(),
}

export const CreateProgram = z
  .object(programFields)
  .partial()
  .required({ name: true, handle: true })
  .strict()
export const UpdateProgram = z.object(programFields).partial().strict()
