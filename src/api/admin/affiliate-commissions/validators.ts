import { z } from "@medusajs/framework/zod"
import { listQuery, oneOrMany } from "../../utils/validators"

/** A moment: a date (YYYY-MM-DD, the start of that day in UTC) or an ISO date-time. */
export const instant = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v) && !isNaN(Date.parse(v)), {
    message: "must be a date (YYYY-MM-DD) or an ISO date-time",
  })

export const currencyCode = z.string().regex(/^[a-zA-Z]{3}$/, "must be a three-letter currency code, e.g. eur").transform((v) => v.toLowerCase())

export const COMMISSION_STATUSES = ["pending", "approved", "paid", "void"] as const
export const ENTRY_TYPES = ["commission", "reversal", "clawback", "adjustment"] as const

export const ledgerFilters = {
  program_id: z.string().min(1).optional(),
  affiliate_id: oneOrMany(z.string().min(1)),
  status: oneOrMany(z.enum(COMMISSION_STATUSES)),
  site_id: oneOrMany(z.string().min(1)),
  entry_type: oneOrMany(z.enum(ENTRY_TYPES)),
  order_id: z.string().min(1).optional(),
  currency_code: currencyCode.optional(),
  payout_id: z.string().min(1).optional(),
  /** created_at >= created_from */
  created_from: instant.optional(),
  /** created_at before created_to */
  created_to: instant.optional(),
}

export const ListCommissionsQuery = listQuery(ledgerFilters, ["created_at", "amount", "status"]).omit({ q: true })
export type ListCommissionsQueryType = z.infer<typeof ListCommissionsQuery>

export const ExportCommissionsQuery = z.object(ledgerFilters).strict()
export type ExportCommissionsQueryType = z.infer<typeof ExportCommissionsQuery>

export const CreateAdjustment = z
  .object({
    affiliate_id: z.string().min(1),
    amount: z.number().finite().refine((v) => v !== 0, { message: "must not be 0" }).refine((v) => Math.abs(v) < 1e12, { message: "is too large" }),
    currency_code: currencyCode,
    reason: z.string().trim().min(3, "say why (at least 3 characters)").max(500),
    site_id: z.string().min(1).nullish(),
  })
  .strict()
export type CreateAdjustmentType = z.infer<typeof CreateAdjustment>

export const ApproveDue = z.object({}).strict()
