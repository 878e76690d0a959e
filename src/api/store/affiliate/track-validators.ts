import { z } from "@medusajs/framework/zod"
import { ipAddress, visitorId } from "../../utils/validators"

/**
 * A click id, a typed code, or a visitor id, attached to a cart or a signup.
 * `ip` and `user_agent` are the shopper's, reported by a storefront server;
 * they count only with the storefront secret (`verifyStorefront`).
 */
export const AttachTouch = z
  .object({
    click_id: z.string().trim().min(1).max(64).optional(),
    code: z.string().trim().min(1).max(100).optional(),
    visitor_id: visitorId.optional(),
    user_agent: z.string().max(1024).optional(),
    ip: ipAddress.optional(),
  })
  .strict()
  .refine((b) => b.click_id || b.code || b.visitor_id, { message: "send a click_id, a code or a visitor_id" })

export type AttachTouchBody = z.infer<typeof AttachTouch>
