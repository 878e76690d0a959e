import { z } from "@medusajs/framework/zod"
import { jsonObject, listQuery } from "../../utils/validators"

export const ListVouchersQuery = listQuery(
  {
    referral_id: z.string().optional(),
    affiliate_id: z.string().optional(),
    status: z.enum(["active", "inactive"]).optional(),
    promotion_id: z.string().optional(),
  },
  ["created_at", "code"]
)

const code = z.string().trim().min(1).max(64)

/** The shopper's incentive a voucher's Medusa promotion gives. */
export const IncentiveInput = z
  .object({
    type: z.enum(["percentage", "fixed"]),
    value: z.number().positive(),
    currency_code: z.string().regex(/^[a-zA-Z]{3}$/, "a three-letter currency code").optional(),
  })
  .strict()

export const CreateVoucher = z
  .object({
    referral_id: z.string().min(1),
    code,
    aliases: z.array(code).max(20).optional(),
    description: z.string().max(1000).nullish(),
    promotion_id: z.string().nullish(),
    incentive: IncentiveInput.nullish(),
  })
  .strict()

export const UpdateVoucher = z
  .object({
    status: z.enum(["active", "inactive"]).optional(),
    description: z.string().max(1000).nullish(),
    metadata: jsonObject.nullish(),
  })
  .strict()

export const AddAlias = z.object({ code }).strict()

export const SetCodeStatus = z.object({ status: z.enum(["active", "inactive"]) }).strict()
