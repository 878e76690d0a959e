import { z } from "@medusajs/framework/zod"
import { listQuery, oneOrMany } from "../../utils/validators"
import { IncentiveInput } from "../affiliate-vouchers/validators"

const STATUS = z.enum(["pending", "approved", "refused", "withdrawn"])

export const ListCodeRequestsQuery = listQuery(
  {
    status: oneOrMany(STATUS),
    program_id: z.string().optional(),
    affiliate_id: z.string().optional(),
    kind: z.enum(["code", "alias"]).optional(),
  },
  ["created_at", "decided_at", "normalized_code"]
)
export type ListCodeRequestsQueryType = z.infer<typeof ListCodeRequestsQuery>

export const ApproveCodeRequest = z
  .object({
    // The shopper's incentive for a new code, as on vouchers the operator creates.
    incentive: IncentiveInput.nullish(),
  })
  .strict()
export type ApproveCodeRequestBody = z.infer<typeof ApproveCodeRequest>

export const RefuseCodeRequest = z.object({ reason: z.string().trim().min(1, "say why; the partner sees it").max(1000) }).strict()
export type RefuseCodeRequestBody = z.infer<typeof RefuseCodeRequest>
