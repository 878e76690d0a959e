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

/** { JWT_SECRET, COOKIE_SECRET } from the environment, else from `file` (created when missing). */
export function appSecrets(file) {
  let stored = {}
  try {
    stored = JSON.parse(fs.readFileSync(file, "utf8"))
  } catch {
    // Missing or unreadable: make new ones below.
  }
  const secrets = {
    JWT_SECRET: stored.JWT_SECRET || fresh(),
    COOKIE_SECRET: stored.COOKIE_SECRET || fresh(),
  }
  if (secrets.JWT_SECRET !== stored.JWT_SECRET || secrets.COOKIE_SECRET !== stored.COOKIE_SECRET) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, JSON.stringify(secrets, null, 2) + "\n", { mode: 0o600 })
  }
  return {
    JWT_SECRET: fromEnv("JWT_SECRET") || secrets.JWT_SECRET,
    COOKIE_SECRET: fromEnv("COOKIE_SECRET") || secrets.COOKIE_SECRET,
  }
}

/** Secrets that live as long as this process: for throw-away apps (benchmarks). */
export function ephemeralSecrets() {
  return {
    JWT_SECRET: fromEnv("JWT_SECRET") || fresh(),
    COOKIE_SECRET: fromEnv("COOKIE_SECRET") || fresh(),
  }
}
