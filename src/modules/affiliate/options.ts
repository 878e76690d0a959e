import { z } from "@medusajs/framework/zod"

export const RATE_LIMIT_DEFAULTS = { windowSeconds: 60, clicks: 120, redirects: 120, codeLookups: 30, signups: 10 }

const MAKE_A_SALT = "make one with `openssl rand -hex 32` and give every server and worker process the same value"

/** One secret for all processes: IP hashes are compared across them (self-referral, caps per network address). */
const ipHashSalt = z.string().superRefine((salt, ctx) => {
  if (!salt.trim()) {
    ctx.addIssue({ code: "custom", message: `is empty: ${MAKE_A_SALT}, or leave the option out (a random salt per process)` })
  } else if (salt.length < 16) {
    ctx.addIssue({ code: "custom", message: `needs at least 16 characters: ${MAKE_A_SALT}` })
  }
})

/**
 * Plugin options, validated once when the module starts. A wrong option stops
 * the app with a message that names the option, instead of failing later.
 */
export const affiliateOptionsSchema = z
  .object({
    /**
     * Public URL of a storefront with its own accept-invitation page. Unset,
     * invitation links open the workspace this plugin hosts on the Medusa
     * server (/affiliate-portal/accept-invitation).
     */
    storefrontUrl: z.string().url().optional(),
    /** Path of that page on storefrontUrl; default /affiliate/accept-invitation. */
    invitationAcceptPath: z.string().startsWith("/").optional(),
    /** Days an invitation stays valid. */
    invitationValidDays: z.number().int().min(1).max(365).default(14),
    /** Notification channel and template used for invitation emails. */
    notificationChannel: z.string().min(1).default("email"),
    invitationTemplate: z.string().min(1).default("affiliate-invitation"),
    /** Template of the email telling a partner a payout was paid. */
    payoutPaidTemplate: z.string().min(1).default("affiliate-payout-paid"),
    /** Template of the email telling a partner their payout details changed (so a change they did not make is noticed). */
    payoutDetailsChangedTemplate: z.string().min(1).default("affiliate-payout-details-changed"),
    /**
     * Minutes after a customer account is created during which its signup may
     * still be credited to a partner; an older account reported later is refused.
     */
    registrationAttributionMinutes: z.number().int().min(1).max(7 * 24 * 60).default(60),
    /** Secret salt for hashing visitor IP addresses. Set it in production. */
    ipHashSalt: ipHashSalt.optional(),
    /**
     * Shared secret of the storefront's server. Only a request carrying it in
     * the x-affiliate-storefront-secret header may report the shopper's IP and
     * user agent in a click's body; without it they are ignored.
     */
    storefrontSecret: z.string().min(16).optional(),
    /** Requests per IP hash per window on the public routes; 0 turns one limit off. */
    rateLimits: z
      .object({
        windowSeconds: z.number().int().min(1).max(3600).default(RATE_LIMIT_DEFAULTS.windowSeconds),
        /** POST /affiliate/clicks */
        clicks: z.number().int().min(0).default(RATE_LIMIT_DEFAULTS.clicks),
        /** GET /r/:slug */
        redirects: z.number().int().min(0).default(RATE_LIMIT_DEFAULTS.redirects),
        /** Public code look-ups: clicks with a code, codes attached to carts. */
        codeLookups: z.number().int().min(0).default(RATE_LIMIT_DEFAULTS.codeLookups),
        /** POST /store/affiliate/signup-attribution */
        signups: z.number().int().min(0).default(RATE_LIMIT_DEFAULTS.signups),
      })
      .default(RATE_LIMIT_DEFAULTS),
  })
  // Not strict: Medusa adds its own keys (database connection) to module options.
  .superRefine((options, ctx) => {
    if (options.invitationAcceptPath && !options.storefrontUrl) {
      ctx.addIssue({
        code: "custom",
        path: ["invitationAcceptPath"],
        message:
          "is a path on storefrontUrl, which is not set: set storefrontUrl too, or leave both out " +
          "for links to the hosted workspace (<Medusa server>/affiliate-portal/accept-invitation)",
      })
    }
  })

export type AffiliatePluginOptions = z.input<typeof affiliateOptionsSchema>
export type ResolvedAffiliateOptions = z.output<typeof affiliateOptionsSchema>

export function resolveAffiliateOptions(raw: unknown): ResolvedAffiliateOptions {
  const parsed = affiliateOptionsSchema.safeParse(raw ?? {})
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `  - ${issue.path.join(".") || "(options)"}: ${issue.message}`)
      .join("\n")
    throw new Error(
      `medusa-plugin-affiliate: invalid plugin options in medusa-config:\n${problems}\n` +
        `See the "Options" section of the plugin's README.`
    )
  }
  return parsed.data
}

/**
 * Said once at start: without ipHashSalt every process picks its own random
 * salt, so with separate server and worker processes (MEDUSA_WORKER_MODE) the
 * same visitor gets different IP hashes and checks by network address miss.
 */
export function ipHashSaltWarning(options: Pick<ResolvedAffiliateOptions, "ipHashSalt">, workerMode: string | undefined): string | null {
  if (options.ipHashSalt || (workerMode !== "worker" && workerMode !== "server")) return null
  return (
    `medusa-plugin-affiliate: ipHashSalt is not set and MEDUSA_WORKER_MODE=${workerMode}: this process hashes visitor IPs ` +
    `with a random salt of its own, so hashes differ from the other processes' and across restarts. ` +
    `Set ipHashSalt (e.g. AFFILIATE_IP_SALT): ${MAKE_A_SALT}.`
  )
}
