import { z } from "@medusajs/framework/zod"
import { partnerDetails } from "../../utils/validators"

export const ProgramQuery = z.object({ program_id: z.string().optional() }).strict()

const application = {
  ...partnerDetails,
  agreement_version: z.string().trim().max(50).nullish(),
}

export const Apply = z.object({ ...application, program_id: z.string().optional() }).strict()

export const AcceptInvitation = z.object({ ...application, token: z.string().trim().min(10).max(200) }).strict()

// The token travels in a POST body, never in a URL where access logs would keep it.
export const LookupInvitation = z.object({ token: z.string().trim().min(10).max(200) }).strict()

export const UpdateMe = z.object({ ...partnerDetails, program_id: z.string().optional() }).strict()

export const RequestSite = z.object({ site_id: z.string().min(1), program_id: z.string().optional(), note: z.string().max(1000).optional() }).strict()
