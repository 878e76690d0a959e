import { z } from "@medusajs/framework/zod"

const page = {
  limit: z.coerce.number().int().min(1).max(200).default(20),
  offset: z.coerce.number().int().min(0).default(0),
  /** Which of the caller's accounts (one per program); the default program's when left out. */
  program_id: z.string().optional(),
}

export const PartnerBalanceQuery = z.object({ program_id: z.string().optional() }).strict()
export const PartnerCommissionsQuery = z
  .object({ ...page, status: z.enum(["pending", "approved", "paid", "void"]).optional(), payout_id: z.string().min(1).optional() })
  .strict()
export type PartnerCommissionsQueryType = z.infer<typeof PartnerCommissionsQuery>
/** The CSV takes the list's filters, without paging: the whole ledger is streamed. */
export const PartnerCommissionsExportQuery = z
  .object({ program_id: page.program_id, status: z.enum(["pending", "approved", "paid", "void"]).optional(), payout_id: z.string().min(1).optional() })
  .strict()
export type PartnerCommissionsExportQueryType = z.infer<typeof PartnerCommissionsExportQuery>
export const PartnerPayoutsQuery = z.object(page).strict()
export type PartnerPayoutsQueryType = z.infer<typeof PartnerPayoutsQuery>
