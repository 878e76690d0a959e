import { z } from "@medusajs/framework/zod"

export const UpdateSiteAuthorization = z
  .object({ status: z.enum(["approved", "revoked"]), note: z.string().max(1000).nullish() })
  .strict()
