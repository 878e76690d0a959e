// JWT and cookie secrets for the apps the scripts start. Medusa's placeholder
// ("supersecret") is public and lets anyone sign an admin token, so the demo
// makes its own: random, kept in its data folder (mode 600), reused by the next
// run so sessions and tokens survive a restart. Real secrets set in the environment win.
import { randomBytes } from "node:crypto"
import fs from "node:fs"
import path from "node:path"

const PLACEHOLDER = "supersecret"
const fresh = () => randomBytes(48).toString("base64url")
const fromEnv = (name) => (process.env[name] && process.env[name] !== PLACEHOLDER ? process.env[name] : undefined)

/**
 * The named secrets kept in `file`: stored ones are reused, missing ones are
 * made and added to the file (which keeps every other secret it holds).
 */
function storedSecrets(file, names) {
  let stored = {}
  try {
    const parsed = JSON.parse(fs.readFileSync(file, "utf8"))
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) stored = parsed
  } catch {
    // Missing or unreadable: make new ones below.
  }
  const missing = names.filter((name) => typeof stored[name] !== "string" || !stored[name])
  if (missing.length) {
    stored = { ...stored, ...Object.fromEntries(missing.map((name) => [name, fresh()])) }
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, JSON.stringify(stored, null, 2) + "\n", { mode: 0o600 })
  }
  return Object.fromEntries(names.map((name) => [name, stored[name]]))
}

/** { JWT_SECRET, COOKIE_SECRET } from the environment, else from `file` (created when missing). */
export function appSecrets(file) {
  const secrets = storedSecrets(file, ["JWT_SECRET", "COOKIE_SECRET"])
  return {
    JWT_SECRET: fromEnv("JWT_SECRET") || secrets.JWT_SECRET,
    COOKIE_SECRET: fromEnv("COOKIE_SECRET") || secrets.COOKIE_SECRET,
  }
}

/**
 * The secret a storefront's server sends so the plugin trusts the shopper's IP
 * and user agent it reports (the plugin option `storefrontSecret`, which the
 * app reads from AFFILIATE_STOREFRONT_SECRET): the environment's, else one
 * kept in `file` next to the app secrets.
 */
export function storefrontSecret(file) {
  return process.env.AFFILIATE_STOREFRONT_SECRET || storedSecrets(file, ["AFFILIATE_STOREFRONT_SECRET"]).AFFILIATE_STOREFRONT_SECRET
}

/** Secrets that live as long as this process: for throw-away apps (benchmarks). */
export function ephemeralSecrets() {
  return {
    JWT_SECRET: fromEnv("JWT_SECRET") || fresh(),
    COOKIE_SECRET: fromEnv("COOKIE_SECRET") || fresh(),
  }
}
