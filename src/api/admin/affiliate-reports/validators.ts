import { z } from "@medusajs/framework/zod"
import { REPORT_DIMENSIONS, type ReportDimension } from "../../../modules/affiliate/track/reports"
import { timezone } from "../../utils/validators"

export const ALL_DIMENSIONS = Object.keys(REPORT_DIMENSIONS) as ReportDimension[]

/** What a partner may break their own figures down by (never by affiliate). */
export const PARTNER_DIMENSIONS: ReportDimension[] = ["day", "referral", "site", "utm_source", "utm_medium", "utm_campaign"]

export const MAX_DIMENSIONS = 3

/**
 * `by=day,referral` (or `by=day&by=referral`): up to three distinct
 * dimensions, `day` when left out, none (totals only) for `by=`.
 */
export function dimensions(allowed: readonly ReportDimension[]) {
  return z
    .union([z.string().max(200), z.array(z.string().max(50)).max(10)])
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) return ["day"] as ReportDimension[]
      const list = (Array.isArray(value) ? value.join(",") : value)
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean)
      const unknown = list.filter((d) => !allowed.includes(d as ReportDimension))
      if (unknown.length) {
        ctx.addIssue({
          code: "custom",
          message: `unknown dimension ${unknown.join(", ")}; use ${allowed.join(", ")}`,
        })
        return z.NEVER
      }
      if (new Set(list).size !== list.length) {
        ctx.addIssue({ code: "custom", message: "each dimension may appear only once" })
        return z.NEVER
      }
      if (list.length > MAX_DIMENSIONS) {
        ctx.addIssue({ code: "custom", message: `at most ${MAX_DIMENSIONS} dimensions` })
        return z.NEVER
      }
      return list as ReportDimension[]
    })
}

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")
const filterValue = z.string().trim().min(1).max(200).optional()

/** The period: local dates in a time zone (both days included). */
export const rangeFields = {
  from: localDate.optional(),
  to: localDate.optional(),
  timezone: timezone.optional(),
}

/** Filters a partner may set on their own figures. */
export const partnerFilters = {
  site_id: filterValue,
  referral_id: filterValue,
  utm_source: filterValue,
  utm_medium: filterValue,
  utm_campaign: filterValue,
}

export const AdminReportQuery = z
  .object({
    ...rangeFields,
    by: dimensions(ALL_DIMENSIONS),
    program_id: filterValue,
    affiliate_id: filterValue,
    ...partnerFilters,
    /** "true": add commission_pending / _approved / _paid per row, from the ledger (slower over a whole program). */
    commission: z.enum(["true", "false"]).optional(),
  })
  .strict()

export type AdminReportQueryType = z.infer<typeof AdminReportQuery>

export const PartnerReportQuery = z
  .object({
    ...rangeFields,
    by: dimensions(PARTNER_DIMENSIONS),
    ...partnerFilters,
    /** Which of the caller's accounts (one per program); the default program's when left out. */
    program_id: z.string().optional(),
  })
  .strict()

export type PartnerReportQueryType = z.infer<typeof PartnerReportQuery>
