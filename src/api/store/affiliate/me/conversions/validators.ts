import { z } from "@medusajs/framework/zod"

/** The partner's own conversions, newest first. */
export const PartnerConversionsQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    conversion: z.enum(["registration", "order"]).optional(),
    status: z.enum(["attributed", "rejected"]).optional(),
    /** Which of the caller's accounts (one per program); the default program's when left out. */
    program_id: z.string().optional(),
  })
  .strict()

export type PartnerConversionsQueryType = z.infer<typeof PartnerConversionsQuery>
