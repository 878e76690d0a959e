import "server-only"
import { MEDUSA_BACKEND_URL, PUBLISHABLE_KEY } from "../config"
import { getAuthToken } from "../cookies"

export type PartnerReferral = {
  id: string
  name: string
  slug: string
  status: string
  utm_source: string | null
  utm_medium: string | null
  utm_campaign: string | null
  vouchers: { id: string; code: string; status: string; has_incentive: boolean; codes: { code: string; kind: string; status: string }[] }[]
}

export type PartnerAccount = {
  affiliate: {
    id: string
    name: string
    status: string
    kind: string
    site_authorizations: { status: string; site: { name: string; domain: string } | null }[]
    referrals: PartnerReferral[]
  }
  program: { name: string; attribution_window_days: number }
}

export type PartnerAnswer = { kind: "partner"; account: PartnerAccount } | { kind: "none"; message: string }

/** The signed-in customer's partner account (GET /store/affiliate/me), or why there is none. */
export async function retrievePartner(): Promise<PartnerAnswer | null> {
  const token = await getAuthToken()
  if (!token) return null
  const response = await fetch(`${MEDUSA_BACKEND_URL}/store/affiliate/me`, {
    headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": PUBLISHABLE_KEY },
    cache: "no-store",
  })
  const body = await response.json().catch(() => null)
  if (response.ok) return { kind: "partner", account: body as PartnerAccount }
  if (response.status === 401) return null
  return { kind: "none", message: body?.message ?? "You have no partner account yet." }
}

/** Where a partner link starts: the Medusa server's /r/ route. */
export function referralUrl(slug: string) {
  return `${MEDUSA_BACKEND_URL}/r/${encodeURIComponent(slug)}`
}

/** The plugin's hosted partner workspace on the Medusa server. */
export const HOSTED_WORKSPACE_URL = `${MEDUSA_BACKEND_URL}/affiliate-portal`
