export {
  PORTAL_ASSETS,
  PORTAL_BASE_PATH,
  PORTAL_SECURITY_HEADERS,
  escapeHtml,
  jsonForScript,
  renderMissingKeyPage,
  renderPortalPage,
} from "./page"
export type { PortalPageConfig } from "./page"
export { PORTAL_JS } from "./client"
export { PORTAL_CSS } from "./styles"
