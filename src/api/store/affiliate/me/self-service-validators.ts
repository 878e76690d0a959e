import { z } from "@medusajs/framework/zod"
import { utmDefaults } from "../../../utils/validators"

/** Which of the caller's accounts (one per program); the default program's when left out. */
const program_id = z.string().min(1).max(100).optional()

const name = z.string().trim().min(1).max(200)
const landing_path = z.string().trim().min(1).max(512)

/** A partner's new link: on a site they are approved for; the slug is made from the name unless given. */
export const CreatePartnerReferral = z
  .object({
    name,
    site_id: z.string().trim().min(1).max(100),
    landing_path: landing_path.optional(),
    slug: z.string().trim().min(1).max(64).optional(),
    ...utmDefaults,
    program_id,
  })
  .strict()
export type CreatePartnerReferralBody = z.infer<typeof CreatePartnerReferral>

/** What a partner may change on a link: not its slug (shared links keep working) nor its site. */
export const UpdatePartnerReferral = z
  .object({
    name: name.optional(),
    landing_path: landing_path.optional(),
    ...utmDefaults,
    status: z.enum(["active", "archived"]).optional(),
    program_id,
  })
  .strict()
export type UpdatePartnerReferralBody = z.infer<typeof UpdatePartnerReferral>

export const PartnerSiteProductsQuery = z
  .object({
    q: z.string().trim().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
    region_id: z.string().trim().min(1).max(100).optional(),
    program_id,
  })
  .strict()
export type PartnerSiteProductsQueryType = z.infer<typeof PartnerSiteProductsQuery>

export const AcceptAgreement = z.object({ version: z.string().trim().min(1).max(50), program_id }).strict()
export type AcceptAgreementBody = z.infer<typeof AcceptAgreement>
