import { z } from "@medusajs/framework/zod"

/** Which program to check; the default program when left out. */
export const SetupQuery = z.object({ program_id: z.string().trim().min(1).max(100).optional() }).strict()
