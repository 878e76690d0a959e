import { z } from "@medusajs/framework/zod"
import { AFFILIATE_STATUSES } from "../../../domain/recruit/status-lifecycle"
import { jsonObject, listQuery, oneOrMany, partnerDetails } from "../../utils/validators"

export const ListAffiliatesQuery = listQuery(
  {
    status: oneOrMany(z.enum(AFFILIATE_STATUSES)),
    kind: z.enum(["external", "internal"]).optional(),
    program_id: z.string().optional(),
    customer_id: z.string().optional(),
  },
  ["created_at", "updated_at", "name", "status"]
)

export const CreateAffiliate = z
  .object({
    ...partnerDetails,
    name: z.string().trim().min(1).max(200),
    email: z.string().email().nullish(),
    program_id: z.string().optional(),
    // No default: a forgotten kind once made a paid partner an internal account that is never paid.
    kind: z.enum(["external", "internal"], {
      error: (issue) =>
        issue.input === undefined
          ? 'is required: "external" (a partner the program pays) or "internal" (a store channel, never paid)'
          : undefined,
    }),
    status: z.enum(["pending", "active"]).optional(),
    customer_id: z.string().optional(),
    metadata: jsonObject.nullish(),
  })
  .strict()

export const UpdateAffiliate = z
  .object({ ...partnerDetails, email: z.string().email().nullish(), metadata: jsonObject.nullish() })
  .strict()

export const ChangeStatus = z
  .object({
    status: z.enum(AFFILIATE_STATUSES),
    reason: z.string().trim().max(1000).optional(),
  })
  .strict()

export const Verify = z.object({ note: z.string().max(1000).optional() }).strict()

export const ListStatusHistoryQuery = listQuery({}, ["created_at"])

export const SetSiteAuthorization = z
  .object({
    site_id: z.string().min(1),
    status: z.enum(["requested", "approved", "revoked"]).default("approved"),
    note: z.string().max(1000).nullish(),
  })
  .strict()
