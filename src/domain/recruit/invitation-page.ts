/** The accept page this plugin serves itself (src/api/affiliate-portal/accept-invitation). */
export const HOSTED_ACCEPT_PATH = "/affiliate-portal/accept-invitation"
/** Where a storefront's own accept page is expected when only storefrontUrl is set. */
export const STOREFRONT_ACCEPT_PATH = "/affiliate/accept-invitation"
/** Medusa's own address in development, when no absolute backend URL is configured. */
export const DEFAULT_BACKEND_URL = "http://localhost:9000"

export type InvitationPage = { baseUrl: string; path: string }

/**
 * The page an invitation link opens: the operator's storefront page when
 * storefrontUrl is set, otherwise the workspace hosted on the Medusa server,
 * so an install without a storefront page still sends links that work.
 * `backendUrl` is Medusa's `admin.backendUrl` (MEDUSA_BACKEND_URL); its
 * default "/" is no address for an email, hence the fallback.
 */
export function invitationPage(
  options: { storefrontUrl?: string; invitationAcceptPath?: string },
  backendUrl: string | null | undefined
): InvitationPage {
  if (options.storefrontUrl) {
    return { baseUrl: options.storefrontUrl, path: options.invitationAcceptPath ?? STOREFRONT_ACCEPT_PATH }
  }
  return { baseUrl: absoluteHttpUrl(backendUrl) ?? DEFAULT_BACKEND_URL, path: HOSTED_ACCEPT_PATH }
}

function absoluteHttpUrl(value: string | null | undefined): string | null {
  const candidate = value?.trim()
  if (!candidate) return null
  try {
    const url = new URL(candidate)
    return url.protocol === "http:" || url.protocol === "https:" ? candidate : null
  } catch {
    return null
  }
}
