import { serveAsset } from "../serve"

/** GET /affiliate-portal/styles.css: the portal's stylesheet. */
export const GET = serveAsset("styles")
