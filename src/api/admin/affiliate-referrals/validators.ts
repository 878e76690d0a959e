import { z } from "@medusajs/framework/zod"
import { jsonObject, listQuery, utmDefaults } from "../../utils/validators"

export const ListReferralsQuery = listQuery(
  {
    affiliate_id: z.string().optional(),
    site_id: z.string().optional(),
    status: z.enum(["active", "archived"]).optional(),
  },
  ["created_at", "name", "slug"]
)

export const referralFields = {
  name: z.string().trim().min(1).max(200),
  slug: z.string().trim().min(1).max(64),
  site_id: z.string().nullish(),
  landing_path: z.string().trim().max(512),
  ...utmDefaults,
  status: z.enum(["active", "archived"]),
  metadata: jsonObject.nullish(),
}

export const CreateReferral = z
  .object({ ...referralFields, affiliate_id: z.string().min(1) })
  .partial()
  .required({ affiliate_id: true, name: true })
  .strict()
export const UpdateReferral = z.object(referralFields).partial().strict()
