import { z } from "@medusajs/framework/zod"
import { rangeFields } from "../../../../admin/affiliate-reports/validators"

/** The dashboard's period (local dates, default the last 30 days in the partner's time zone) and which account. */
export const PartnerOverviewQuery = z
  .object({
    ...rangeFields,
    /** Which of the caller's accounts (one per program); the default program's when left out. */
    program_id: z.string().optional(),
  })
  .strict()

export type PartnerOverviewQueryType = z.infer<typeof PartnerOverviewQuery>
