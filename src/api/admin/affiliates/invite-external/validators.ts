import { z } from "@medusajs/framework/zod"

/** An external partner by name and email; the program's default when program_id is left out. */
export const InviteExternalPartner = z
  .object({
    name: z.string().trim().min(1).max(200),
    email: z.string().trim().email().max(320),
    program_id: z.string().trim().min(1).max(100).optional(),
    message: z.string().max(2000).nullish(),
  })
  .strict()
