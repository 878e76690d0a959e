import { isIP } from "node:net"
import { z } from "@medusajs/framework/zod"
import { isValidTimezone } from "../../domain/shared/timezone"
import { UTM_FIELDS } from "../../domain/enable/utm"
import { isVisitorId } from "../../domain/track/visitor"

/** limit / offset / order for list routes; `order` is a field name, "-" for descending. */
export function listQuery<T extends z.ZodRawShape>(filters: T, sortable: readonly string[]) {
  return z
    .object({
      limit: z.coerce.number().int().min(1).max(200).default(20),
      offset: z.coerce.number().int().min(0).default(0),
      order: z
        .string()
        .refine((v) => sortable.includes(v.replace(/^-/, "")), {
          message: `order must be one of ${sortable.join(", ")} (prefix with - for descending)`,
        })
        .optional(),
      q: z.string().trim().max(200).optional(),
      ...filters,
    })
    .strict()
}

export type ListQuery = { limit: number; offset: number; order?: string; q?: string }

/** Turns a validated list query into module-service filters and options. */
export function listArgs(query: ListQuery & Record<string, unknown>, defaultOrder = "-created_at") {
  const { limit, offset, order, ...filters } = query
  const sort = order ?? defaultOrder
  const clean = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined))
  return {
    filters: clean,
    config: {
      skip: offset,
      take: limit,
      order: { [sort.replace(/^-/, "")]: sort.startsWith("-") ? "DESC" : "ASC" },
    },
    page: { limit, offset },
  }
}

/** A filter that accepts one value or several (?status=active&status=pending). */
export function oneOrMany<T extends z.ZodTypeAny>(schema: T) {
  return z.union([schema, z.array(schema)]).optional()
}

export const timezone = z.string().refine(isValidTimezone, { message: "must be an IANA time zone such as Europe/Berlin" })

export const currencyAmounts = z.record(
  z.string().regex(/^[a-z]{3}$/, "currency codes are three lower-case letters, e.g. eur"),
  z.number().min(0)
)

export const jsonObject = z.record(z.string(), z.unknown())

export const partnerDetails = {
  name: z.string().trim().min(1).max(200).optional(),
  company_name: z.string().trim().max(200).nullish(),
  phone: z.string().trim().max(50).nullish(),
  website: z.string().url().max(500).nullish(),
  tax_id: z.string().trim().max(100).nullish(),
  address: jsonObject.nullish(),
  business_details: jsonObject.nullish(),
  payout_method: z.enum(["bank_transfer", "paypal", "other"]).nullish(),
  payout_details: jsonObject.nullish(),
  timezone: timezone.optional(),
}

export const utmDefaults = Object.fromEntries(
  UTM_FIELDS.slice(0, 3).map((field) => [field, z.string().trim().max(100).nullish()])
) as Record<"utm_source" | "utm_medium" | "utm_campaign", z.ZodOptional<z.ZodNullable<z.ZodString>>>

/** A visitor id as the tracking script and the click route issue them. */
export const visitorId = z.string().refine(isVisitorId, { message: "must be 8-64 letters, digits, _ or -" })

/**
 * An IPv4 or IPv6 address, as Node's own parser reads one. zod's ipv6 check
 * lets some non-addresses through ("x@&?" passed), so the check is node:net's.
 */
export const ipAddress = z
  .string()
  .max(64)
  .refine((value) => isIP(value) !== 0, { message: "not an IPv4 or IPv6 address" })
