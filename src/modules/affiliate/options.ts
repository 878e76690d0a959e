import { z } from "@medusajs/framework/zod"

/**
 * Plugin options, validated once when the module starts. A wrong option stops
 * the app with a message that names the option, instead of failing later.
 */
export const affiliateOptionsSchema = z
  .object({
    /** Public URL of the storefront; invitation links and the portal live there. */
    storefrontUrl: z.string().url().default("http://localhost:8000"),
    /** Path on the storefront where an invited partner accepts the invitation. */
    invitationAcceptPath: z.string().startsWith("/").default("/affiliate/accept-invitation"),
    /** Days an invitation stays valid. */
    invitationValidDays: z.number().int().min(1).max(365).default(14),
    /** Notification channel and template used for invitation emails. */
    notificationChannel: z.string().min(1).default("email"),
    invitationTemplate: z.string().min(1).default("affiliate-invitation"),
    /** Template of the email telling a partner a payout was paid. */
    payoutPaidTemplate: z.string().min(1).default("affiliate-payout-paid"),
    /** Secret salt for hashing visitor IP addresses. Set it in production. */
    ipHashSalt: z.string().min(16).optional(),
  })
  // Not strict: Medusa adds its own keys (database connection) to module options.

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
