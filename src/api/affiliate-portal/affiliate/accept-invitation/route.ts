import { servePortalPage } from "../../serve"

/**
 * GET /affiliate-portal/affiliate/accept-invitation?token=...: the link the
 * plugin builds when `storefrontUrl` points at this portal and
 * `invitationAcceptPath` keeps its default (/affiliate/accept-invitation).
 */
export const GET = servePortalPage
