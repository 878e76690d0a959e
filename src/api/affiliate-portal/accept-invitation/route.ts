import { servePortalPage } from "../serve"

/** GET /affiliate-portal/accept-invitation?token=...: the link in the invitation email. */
export const GET = servePortalPage
