import { z } from "@medusajs/framework/zod"
import { jsonObject, listQuery } from "../../utils/validators"

export const ListSitesQuery = listQuery(
  {
    program_id: z.string().optional(),
    status: z.enum(["active", "archived"]).optional(),
    sales_channel_id: z.string().optional(),
  },
  ["created_at", "name", "domain"]
)

const siteFields = {
  program_id: z.string(),
  name: z.string().trim().min(1).max(200),
  domain: z.string().trim().min(1).max(253),
  sales_channel_id: z.string().nullish(),
  landing_url: z.string().trim().url().max(2000),
  locale: z.string().trim().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "locale is a language tag such as en or de-AT").nullish(),
  status: z.enum(["active", "archived"]),
  metadata: jsonObject.nullish(),
}

export const CreateSite = z
  .object(siteFields)
  .partial()
  .required({ name: true, domain: true, landing_url: true })
  .strict()
export const UpdateSite = z.object(siteFields).omit({ program_id: true }).partial().strict()
