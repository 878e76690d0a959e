import { z } from "@medusajs/framework/zod"
import { listQuery } from "../../utils/validators"

export const ListInvitationsQuery = listQuery(
  {
    program_id: z.string().optional(),
    state: z.enum(["open", "accepted", "expired", "revoked"]).optional(),
  },
  ["created_at", "email", "expires_at"]
)

export const CreateInvitation = z
  .object({
    email: z.string().trim().email(),
    name: z.string().trim().max(200).nullish(),
    program_id: z.string().optional(),
    kind: z.enum(["external", "internal"]).default("external"),
    message: z.string().max(2000).nullish(),
  })
  .strict()
