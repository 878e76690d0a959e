import { serveAsset } from "../serve"

/** GET /affiliate-portal/app.js: the portal's script. */
export const GET = serveAsset("script")
