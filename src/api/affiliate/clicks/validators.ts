import { z } from "@medusajs/framework/zod"
import { ipAddress, visitorId } from "../../utils/validators"

const tag = z.string().max(200).nullish()

/** A click as a storefront reports it. Unknown fields are refused. */
export const RecordClick = z
  .object({
    referral: z.string().trim().min(1).max(100).optional(),
    code: z.string().trim().min(1).max(100).optional(),
    visitor_id: visitorId.optional(),
    utm_source: tag,
    utm_medium: tag,
    utm_campaign: tag,
    utm_term: tag,
    utm_content: tag,
    landing_url: z.string().max(2048).optional(),
    referrer: z.string().max(2048).optional(),
    user_agent: z.string().max(1024).optional(),
    ip: ipAddress.optional(),
    site: z.string().trim().min(1).max(255).optional(),
  })
  .strict()
  .refine((b) => !(b.referral && b.code), { message: "send either referral or code, not both" })

export type RecordClickBody = z.infer<typeof RecordClick>
