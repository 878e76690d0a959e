import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { invitationPageUrl, InvitationProbe, setupChecks, SetupFacts } from "../../../domain/recruit/setup-checks"
import { affiliateService, loadProgram } from "../../../workflows/steps/load"
import { SetupQuery } from "./validators"

type Scope = AuthenticatedMedusaRequest["scope"]

/**
 * What the program still needs before it can pay anyone. Read-only: facts
 * from the module, Medusa's config and the sales channels; the domain decides.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { program_id } = req.validatedQuery as z.infer<typeof SetupQuery>
  const program = await loadProgram(req.scope, program_id)
  res.json(setupChecks(await gatherFacts(req.scope, { id: program.id, name: program.name })))
}

async function gatherFacts(scope: Scope, program: { id: string; name: string }): Promise<SetupFacts> {
  const svc = affiliateService(scope)
  const options = svc.getOptions()
  const config = scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE, { allowUnregistered: true }) as any
  const sites = await svc.listAffiliateSites({ program_id: program.id, status: "active" }, { select: ["id", "name", "sales_channel_id"] })
  const invitations = { storefrontUrl: options.storefrontUrl, invitationAcceptPath: options.invitationAcceptPath, backendUrl: config?.admin?.backendUrl }
  const [rules, partners, channelIds, [lastClick], [lastOrder], invitationProbe] = await Promise.all([
    svc.listAffiliateCommissionRules({ program_id: program.id, status: "active" }, { select: ["scope", "event", "starts_at", "ends_at"] }),
    partnerCounts(svc, program.id, sites.map((s: any) => s.id)),
    existingSalesChannels(scope, sites.map((s: any) => s.sales_channel_id).filter(Boolean)),
    svc.listAffiliateClicks({ program_id: program.id }, { select: ["id", "created_at"], order: { created_at: "DESC" }, take: 1 }),
    svc.listAffiliateAttributions(
      { program_id: program.id, conversion: "order", status: "attributed" },
      { select: ["id", "attributed_at"], order: { attributed_at: "DESC" }, take: 1 }
    ),
    probePage(invitationPageUrl(invitations)),
  ])
  return {
    program,
    now: new Date(),
    // A site pointing at a deleted sales channel is as unlinked as one with none.
    sites: sites.map((s: any) => ({ id: s.id, name: s.name, sales_channel_id: channelIds.has(s.sales_channel_id) ? s.sales_channel_id : null })),
    rules: rules as SetupFacts["rules"],
    partners,
    notifications: { channel: options.notificationChannel, configured: hasNotificationProvider(config, options.notificationChannel) },
    invitations,
    invitation_probe: invitationProbe,
    ip_hash_salt_set: Boolean(options.ipHashSalt),
    last_click_at: lastClick?.created_at ?? null,
    last_attributed_order_at: lastOrder?.attributed_at ?? null,
  }
}

/**
 * Active external partners, how many of them are approved for one of the
 * program's active sites, and one who is not (the setup guide opens them).
 */
async function partnerCounts(svc: ReturnType<typeof affiliateService>, programId: string, activeSiteIds: string[]): Promise<SetupFacts["partners"]> {
  const active = { program_id: programId, kind: "external" as const, status: "active" as const }
  const [, activeExternal] = await svc.listAndCountAffiliates(active, { select: ["id"], take: 1 })
  if (!activeExternal) return { active_external: 0, authorized_active_external: 0, first_unauthorized: null }
  const approvals = activeSiteIds.length
    ? await svc.listAffiliateSiteAuthorizations({ site_id: activeSiteIds, status: "approved" }, { select: ["affiliate_id"] })
    : []
  const approvedIds = [...new Set(approvals.map((a: any) => a.affiliate_id as string))]
  const [authorized, [waiting]] = await Promise.all([
    approvedIds.length ? svc.listAndCountAffiliates({ ...active, id: approvedIds }, { select: ["id"], take: 1 }).then(([, n]) => n) : 0,
    svc.listAffiliates(approvedIds.length ? { ...active, id: { $nin: approvedIds } } : active, {
      select: ["id", "name"],
      order: { created_at: "DESC" },
      take: 1,
    }),
  ])
  return {
    active_external: activeExternal,
    authorized_active_external: authorized,
    first_unauthorized: waiting ? { id: waiting.id, name: waiting.name } : null,
  }
}

/** How long the setup check waits for the invitation page: a slow page must not hold the admin. */
const PROBE_TIMEOUT_MS = 2500

/**
 * Opens the page invitation links point at, as a partner's browser would.
 * Any answer is a status (a 404 is an answer); no answer is the reason.
 */
async function probePage(url: string): Promise<InvitationProbe> {
  try {
    const response = await fetch(url, { method: "GET", redirect: "follow", signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) })
    // Only the status matters; let the connection go.
    await response.body?.cancel().catch(() => undefined)
    return { status: response.status }
  } catch (error: any) {
    return { error: probeError(error) }
  }
}

function probeError(error: any): string {
  if (error?.name === "TimeoutError" || error?.name === "AbortError") return `no answer within ${PROBE_TIMEOUT_MS / 1000} s`
  const cause = error?.cause
  const code = cause?.code ?? cause?.errors?.[0]?.code
  if (code === "ECONNREFUSED") return "connection refused"
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "host not found"
  if (code) return String(code)
  return String(cause?.message ?? error?.message ?? error)
}

async function existingSalesChannels(scope: Scope, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set()
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "sales_channel", fields: ["id"], filters: { id: ids } })
  return new Set(data.map((c: any) => c.id as string))
}

/** Medusa's notification module sends on a channel only when one of its configured providers lists it. */
function hasNotificationProvider(config: any, channel: string): boolean {
  const notification = config?.modules?.[Modules.NOTIFICATION]
  if (!notification || notification === false || notification.disable) return false
  const providers: any[] = notification.options?.providers ?? []
  return providers.some((p) => Array.isArray(p?.options?.channels) && p.options.channels.includes(channel))
}
