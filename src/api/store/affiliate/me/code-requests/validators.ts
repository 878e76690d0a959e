import { z } from "@medusajs/framework/zod"

/** Which of the caller's accounts (one per program); the default program's when left out. */
const programId = z.string().optional()

export const RequestCode = z
  .object({
    referral_id: z.string().min(1).max(100),
    code: z.string().trim().min(1).max(64),
    kind: z.enum(["code", "alias"]).default("code"),
    voucher_id: z.string().min(1).max(100).optional(),
    program_id: programId,
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.kind === "alias" && !body.voucher_id) {
      ctx.addIssue({ code: "custom", path: ["voucher_id"], message: "an alias needs the voucher it belongs to" })
    }
    if (body.kind === "code" && body.voucher_id) {
      ctx.addIssue({ code: "custom", path: ["voucher_id"], message: "only an alias names a voucher; leave it out for a new code" })
    }
  })
export type RequestCodeBody = z.infer<typeof RequestCode>

export const PartnerCodeRequestsQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
    status: z.enum(["pending", "approved", "refused", "withdrawn"]).optional(),
    program_id: programId,
  })
  .strict()
export type PartnerCodeRequestsQueryType = z.infer<typeof PartnerCodeRequestsQuery>

export const WithdrawCodeRequest = z.object({ program_id: programId }).strict()
