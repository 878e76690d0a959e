import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"

/*
 * A Medusa app that runs this plugin from source. The demo, development and
 * the HTTP tests use it; a host store lists the published package under
 * `plugins` instead (see README).
 */
loadEnv(process.env.NODE_ENV || "development", process.cwd())

const redisUrl = process.env.REDIS_URL

/*
 * Medusa signs admin and customer tokens with JWT_SECRET and session cookies
 * with COOKIE_SECRET. Medusa's documented placeholder, "supersecret", is public:
 * anyone can sign an admin token with it. Production refuses to start without
 * real secrets; development and tests keep the placeholder so they run as-is.
 * `medusa build` reads this file too but signs nothing (deployments often build
 * before their secrets exist), so a build is let through.
 */
const PLACEHOLDER_SECRET = "supersecret"
const medusaCommand = process.argv.slice(2).find((arg) => !arg.startsWith("-"))
const building = medusaCommand === "build" || medusaCommand === "plugin:build"

function secret(name: "JWT_SECRET" | "COOKIE_SECRET"): string {
  const value = process.env[name]?.trim()
  if (value && value !== PLACEHOLDER_SECRET) return value
  if (process.env.NODE_ENV === "production" && !building) {
    throw new Error(
      `${name} is ${value ? `the public placeholder "${PLACEHOLDER_SECRET}"` : "not set"}: with NODE_ENV=production ` +
        `the app does not start without real secrets. Set JWT_SECRET and COOKIE_SECRET to long random values ` +
        `(for example \`openssl rand -base64 48\`), one different value each, kept out of the repository.`
    )
  }
  return PLACEHOLDER_SECRET
}

/** An empty or blank variable (`NAME=` in an .env file) counts as unset. */
function optionalEnv(name: string): string | undefined {
  return process.env[name]?.trim() || undefined
}

/*
 * Requests per IP hash per window on the public tracking routes (README,
 * "Rate limits"); AFFILIATE_RATE_LIMIT_<NAME> overrides one, 0 turns it off.
 * The test suites send hundreds of requests from 127.0.0.1, so under
 * NODE_ENV=test the limits are out of reach unless a test sets them.
 */
function rateLimitsFromEnv() {
  const outOfReach = process.env.NODE_ENV === "test" ? 1_000_000 : undefined
  const read = (name: string, fallback?: number) => {
    const value = process.env[`AFFILIATE_RATE_LIMIT_${name}`]
    return value ? Number(value) : fallback
  }
  const limits = {
    windowSeconds: read("WINDOW_SECONDS"),
    clicks: read("CLICKS", outOfReach),
    redirects: read("REDIRECTS", outOfReach),
    codeLookups: read("CODE_LOOKUPS", outOfReach),
    signups: read("SIGNUPS", outOfReach),
  }
  // Unset ones take the plugin's defaults.
  return Object.fromEntries(Object.entries(limits).filter(([, v]) => v !== undefined))
}

export default defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000,http://localhost:9000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      authCors: process.env.AUTH_CORS || "http://localhost:8000,http://localhost:9000,http://localhost:5173",
      jwtSecret: secret("JWT_SECRET"),
      cookieSecret: secret("COOKIE_SECRET"),
    },
  },
  admin: {
    disable: process.env.ADMIN_DISABLED === "true",
  },
  modules: [
    {
      resolve: "./src/modules/affiliate",
      options: {
        // Without STOREFRONT_URL, invitation links open the workspace the plugin hosts at
        // <MEDUSA_BACKEND_URL>/affiliate-portal/accept-invitation. The demo sets STOREFRONT_URL
        // to that workspace (<server>/affiliate-portal), whose accept page is /accept-invitation.
        ...(optionalEnv("STOREFRONT_URL")
          ? { storefrontUrl: optionalEnv("STOREFRONT_URL"), invitationAcceptPath: "/accept-invitation" }
          : {}),
        // The plugin refuses an empty salt; `AFFILIATE_IP_SALT=` in an .env file means unset (the plugin warns in worker/server mode).
        ipHashSalt: optionalEnv("AFFILIATE_IP_SALT"),
        // Lets the storefront's server report the shopper's IP and user agent (header x-affiliate-storefront-secret).
        storefrontSecret: process.env.AFFILIATE_STOREFRONT_SECRET || undefined,
        rateLimits: rateLimitsFromEnv(),
      },
    },
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { channels: ["email"] },
          },
        ],
      },
    },
    // With REDIS_URL the app runs as it would in production: Redis event bus,
    // workflow engine, locking and cache, safe for separate server and worker processes.
    ...(redisUrl
      ? [
          { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
          { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
          { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
          {
            resolve: "@medusajs/medusa/locking",
            options: {
              providers: [
                {
                  resolve: "@medusajs/medusa/locking-redis",
                  id: "locking-redis",
                  is_default: true,
                  options: { redisUrl },
                },
              ],
            },
          },
        ]
      : []),
  ],
})
