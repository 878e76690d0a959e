import { servePortalPage } from "../serve"

/** GET /affiliate-portal/accept-invitation#token=...: the link in the invitation email (the token stays in the browser). */
export const GET = servePortalPage
