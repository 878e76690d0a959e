import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"

/*
 * A Medusa app that runs this plugin from source. The demo, development and
 * the HTTP tests use it; a host store lists the published package under
 * `plugins` instead (see README).
 */
loadEnv(process.env.NODE_ENV || "development", process.cwd())

const redisUrl = process.env.REDIS_URL

export default defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000,http://localhost:9000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      authCors: process.env.AUTH_CORS || "http://localhost:8000,http://localhost:9000,http://localhost:5173",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    disable: process.env.ADMIN_DISABLED === "true",
  },
  modules: [
    {
      resolve: "./src/modules/affiliate",
      options: {
        // The hosted portal page of this plugin takes invitations at /affiliate-portal/accept-invitation.
        storefrontUrl: process.env.STOREFRONT_URL || "http://localhost:9000/affiliate-portal",
        invitationAcceptPath: "/accept-invitation",
        ipHashSalt: process.env.AFFILIATE_IP_SALT || undefined,
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
