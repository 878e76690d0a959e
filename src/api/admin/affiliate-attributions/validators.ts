import { z } from "@medusajs/framework/zod"
import { listQuery, oneOrMany } from "../../utils/validators"

/** A moment: a date (YYYY-MM-DD, the start of that day in UTC) or an ISO date-time. */
const instant = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v) && !isNaN(Date.parse(v)), {
    message: "must be a date (YYYY-MM-DD) or an ISO date-time",
  })

export const CONVERSIONS = ["registration", "order"] as const
export const ATTRIBUTION_STATUSES = ["attributed", "rejected"] as const
export const ATTRIBUTION_SOURCES = ["link", "code", "utm", "registration", "manual"] as const

export const ListAttributionsQuery = listQuery(
  {
    affiliate_id: oneOrMany(z.string().min(1)),
    site_id: oneOrMany(z.string().min(1)),
    referral_id: oneOrMany(z.string().min(1)),
    program_id: z.string().min(1).optional(),
    conversion: oneOrMany(z.enum(CONVERSIONS)),
    status: oneOrMany(z.enum(ATTRIBUTION_STATUSES)),
    source: oneOrMany(z.enum(ATTRIBUTION_SOURCES)),
    /** earned | none | awaiting: e.g. the registration bounties waiting for review. */
    commission_status: oneOrMany(z.enum(["earned", "none", "awaiting"])),
    commission_reason: oneOrMany(z.string().regex(/^[a-z_]{1,40}$/, "is a reason code such as awaiting_review")),
    order_id: z.string().min(1).optional(),
    customer_id: z.string().min(1).optional(),
    /** attributed_at >= attributed_from */
    attributed_from: instant.optional(),
    /** attributed_at before attributed_to; a date includes that whole day */
    attributed_to: instant.optional(),
  },
  ["attributed_at", "created_at"]
)
  // Attributions have no free-text fields to search.
  .omit({ q: true })

export type ListAttributionsQueryType = z.infer<typeof ListAttributionsQuery>
