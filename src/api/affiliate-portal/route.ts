import { servePortalPage } from "./serve"

/**
 * GET /affiliate-portal: the hosted partner portal (sign in, apply, accept an
 * invitation, dashboard). Public page; the data comes from /store/affiliate.
 */
export const GET = servePortalPage
