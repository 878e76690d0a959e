import { z } from "@medusajs/framework/zod"
import { listQuery, oneOrMany } from "../../utils/validators"
import { currencyCode, instant } from "../affiliate-commissions/validators"

export const PAYOUT_STATUSES = ["draft", "processing", "paid", "failed", "canceled"] as const

export const ListPayoutsQuery = listQuery(
  {
    program_id: z.string().min(1).optional(),
    affiliate_id: oneOrMany(z.string().min(1)),
    status: oneOrMany(z.enum(PAYOUT_STATUSES)),
    run_id: z.string().min(1).optional(),
    currency_code: currencyCode.optional(),
  },
  ["created_at", "amount", "status", "paid_at"]
).omit({ q: true })
export type ListPayoutsQueryType = z.infer<typeof ListPayoutsQuery>

export const CreatePayoutRun = z
  .object({
    program_id: z.string().min(1).optional(),
    affiliate_ids: z.array(z.string().min(1)).min(1).max(10000).optional(),
    /** Only commissions created up to this moment. */
    cutoff: instant.optional(),
    currency_code: currencyCode.optional(),
  })
  .strict()
export type CreatePayoutRunType = z.infer<typeof CreatePayoutRun>

export const SettlePayout = z
  .object({
    status: z.enum(["processing", "paid", "failed", "canceled"]),
    reference: z.string().trim().min(1).max(200).optional(),
    reason: z.string().trim().min(1).max(500).optional(),
  })
  .strict()
  .refine((v) => v.status !== "paid" || v.reference, { message: "a paid payout needs the payment reference (bank or PayPal transaction id)", path: ["reference"] })
  .refine((v) => v.status !== "failed" || v.reason, { message: "a failed payout needs the reason it failed", path: ["reason"] })
export type SettlePayoutType = z.infer<typeof SettlePayout>

export const ExportPayoutsQuery = z
  .object({
    program_id: z.string().min(1).optional(),
    run_id: z.string().min(1).optional(),
    status: oneOrMany(z.enum(PAYOUT_STATUSES)),
    currency_code: currencyCode.optional(),
    /** `csv` (default): every column, for a bank batch or a spreadsheet; `paypal`: a PayPal Payouts upload file. */
    format: z.enum(["csv", "paypal"]).optional(),
  })
  .strict()
export type ExportPayoutsQueryType = z.infer<typeof ExportPayoutsQuery>
