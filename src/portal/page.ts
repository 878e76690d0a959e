import { createHash } from "node:crypto"
import { PORTAL_JS } from "./client"
import { PORTAL_CSS } from "./styles"

/**
 * The hosted partner portal: one HTML shell, one stylesheet, one script.
 * The routes under src/api/affiliate-portal serve these strings; nothing here
 * does I/O, so it is easy to test and ships inside the compiled plugin.
 */

/** Mount point of the portal; the invitation link and the assets live under it. */
export const PORTAL_BASE_PATH = "/affiliate-portal"

function fingerprint(text: string) {
  return createHash("sha256").update(text).digest("hex").slice(0, 12)
}

export const PORTAL_ASSETS = {
  script: { path: `${PORTAL_BASE_PATH}/app.js`, body: PORTAL_JS, version: fingerprint(PORTAL_JS), type: "text/javascript; charset=utf-8" },
  styles: { path: `${PORTAL_BASE_PATH}/styles.css`, body: PORTAL_CSS, version: fingerprint(PORTAL_CSS), type: "text/css; charset=utf-8" },
} as const

/**
 * Same-origin only: the page talks to this store's API and nothing else, and
 * with no inline script an injected string cannot run. The invitation token
 * sits in the URL, so no Referer leaves the page.
 */
export const PORTAL_SECURITY_HEADERS: Record<string, string> = {
  "Content-Security-Policy": [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "connect-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; "),
  "Referrer-Policy": "no-referrer",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
}

export function escapeHtml(value: string) {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!)
}

/** JSON that is safe inside a <script type="application/json"> element. */
export function jsonForScript(value: unknown) {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029")
}

function shell(title: string, body: string, head = "") {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${PORTAL_ASSETS.styles.path}?v=${PORTAL_ASSETS.styles.version}">
${head}</head>
<body>
${body}
</body>
</html>
`
}

export type PortalPageConfig = {
  /** The store's publishable API key: public by design, sent with every /store call. */
  publishableKey: string
}

/** The portal page; the script renders every view from the API. */
export function renderPortalPage(config: PortalPageConfig) {
  const data = jsonForScript({ publishableKey: config.publishableKey, basePath: PORTAL_BASE_PATH })
  return shell(
    "Partner portal",
    `<div id="app" aria-live="polite">
<div class="container"><div class="spinner" role="presentation"></div><p class="center muted">Loading the partner portal…</p></div>
</div>
<noscript><div class="container"><div class="card">The partner portal needs JavaScript. Please enable it and reload this page.</div></div></noscript>
<script id="portal-config" type="application/json">${data}</script>
<script src="${PORTAL_ASSETS.script.path}?v=${PORTAL_ASSETS.script.version}" defer></script>`
  )
}

/** Shown instead of the portal while the store has no publishable API key. */
export function renderMissingKeyPage() {
  return shell(
    "Partner portal: setup needed",
    `<main class="container">
<section class="card center" role="alert">
<h1>The partner portal is not set up yet</h1>
<p>This store has no publishable API key, and the portal needs one to talk to the store.</p>
<p>If you run this store: open the Medusa admin, go to <strong>Settings &gt; Publishable API Keys</strong>, create a key, then reload this page.</p>
<p class="muted small">Partners: please try again later.</p>
</section>
</main>`
  )
}
