import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { type ReactNode, useState } from "react"
import { Link, useSearchParams } from "react-router-dom"
import type { SetupCheck, SetupReport } from "../../../../domain/recruit/setup-checks"
import { ExternalPartnerDrawer } from "../../../components/affiliates/external-partner-drawer"
import { SiteAuthorizationAddDrawer } from "../../../components/affiliates/site-authorization-add-drawer"
import { OptionSelect } from "../../../components/common/option-select"
import { ErrorState, LoadingRows } from "../../../components/common/states"
import { RuleFormDrawer } from "../../../components/rules/rule-form-drawer"
import { ConfigSnippet } from "../../../components/setup/config-snippet"
import { SetupCheckRow } from "../../../components/setup/setup-check-row"
import { REQUIRED_CHECKS } from "../../../components/setup/setup-texts"
import { SiteFormDrawer } from "../../../components/sites/site-form-drawer"
import { useDrawerState } from "../../../hooks/use-drawer-state"
import { usePrograms } from "../../../hooks/use-programs"
import { useSetupReport } from "../../../hooks/use-setup"

type Drawer = "site" | "rule" | "partner" | null

/**
 * The setup guide: what a program still needs before it can pay anyone, one
 * row per check with its state, what it means, what the server saw and the
 * button that fixes it. It reads the checks again when the window regains
 * focus and after every change made in the admin.
 */
const SetupPage = () => {
  const [params, setParams] = useSearchParams()
  const programId = params.get("program_id") ?? undefined
  const { data, isLoading, error } = useSetupReport(programId)
  const { data: programsData } = usePrograms()
  const [drawer, setDrawer] = useState<Drawer>(null)
  const authorize = useDrawerState<{ id: string; name: string } | null>(null)

  if (isLoading) {
    return (
      <Container className="p-0">
        <LoadingRows rows={8} />
      </Container>
    )
  }
  if (error || !data) {
    return (
      <Container className="p-0">
        <ErrorState error={error ?? new Error("The setup checks could not be loaded")} />
      </Container>
    )
  }

  const programs = programsData?.programs ?? []
  const left = data.checks.filter((c) => c.status === "missing").length
  const fixes: FixHandlers = {
    programId: data.program.id,
    createSite: () => setDrawer("site"),
    createRule: () => setDrawer("rule"),
    invitePartner: () => setDrawer("partner"),
    authorize: authorize.show,
  }
  const drawerProps = (name: Exclude<Drawer, null>) => ({
    open: drawer === name,
    onOpenChange: (open: boolean) => setDrawer(open ? name : null),
  })

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-4 px-6 py-4 md:flex-row md:items-center md:justify-between">
        <div className="flex flex-col gap-y-1">
          <Heading level="h1">Setup guide</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            What {data.program.name} still needs before it can pay anyone. The checks refresh when you come back to this
            page and after every change.
          </Text>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          {programs.length > 1 && (
            <div className="w-[220px]">
              <OptionSelect
                size="small"
                aria-label="Program"
                value={data.program.id}
                options={programs.map((p) => ({ value: p.id, label: p.is_default ? `${p.name} (default)` : p.name }))}
                onChange={(id) => setParams(id ? { program_id: id } : {})}
              />
            </div>
          )}
          <ReadyBadge report={data} left={left} />
        </div>
      </Container>

      <ChecksSection
        title="Before the first commission"
        description="Each of these must be done, or no partner earns anything."
        checks={data.checks.filter((c) => REQUIRED_CHECKS.includes(c.id))}
        fixes={fixes}
      />
      <ChecksSection
        title="Recommended"
        description="The program pays without these, but partners or attribution suffer."
        checks={data.checks.filter((c) => !REQUIRED_CHECKS.includes(c.id))}
        fixes={fixes}
      />

      <SiteFormDrawer site={null} programId={data.program.id} {...drawerProps("site")} />
      <RuleFormDrawer programId={data.program.id} rule={null} {...drawerProps("rule")} />
      <ExternalPartnerDrawer programId={data.program.id} onLinked={authorize.show} {...drawerProps("partner")} />
      {authorize.value && (
        <SiteAuthorizationAddDrawer
          affiliateId={authorize.value.id}
          existingSiteIds={[]}
          open={authorize.open}
          onOpenChange={authorize.onOpenChange}
        />
      )}
    </div>
  )
}

const ReadyBadge = ({ report, left }: { report: SetupReport; left: number }) => (
  <div data-testid="setup-ready" data-ready={String(report.ready)}>
    {report.ready ? (
      <StatusBadge color="green">Ready to pay partners</StatusBadge>
    ) : (
      <StatusBadge color="orange">
        {left} {left === 1 ? "step" : "steps"} left
      </StatusBadge>
    )}
  </div>
)

type FixHandlers = {
  programId: string
  createSite: () => void
  createRule: () => void
  invitePartner: () => void
  authorize: (partner: { id: string; name: string }) => void
}

const ChecksSection = ({
  title,
  description,
  checks,
  fixes,
}: {
  title: string
  description: string
  checks: SetupCheck[]
  fixes: FixHandlers
}) => (
  <Container className="divide-y p-0">
    <div className="px-6 py-4">
      <Heading level="h2">{title}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {description}
      </Text>
    </div>
    <ul className="divide-y" aria-label={title}>
      {checks.map((check) => (
        <SetupCheckRow key={check.id} check={check}>
          <Fix check={check} fixes={fixes} />
        </SetupCheckRow>
      ))}
    </ul>
  </Container>
)

const LinkButton = ({ to, children, primary }: { to: string; children: string; primary?: boolean }) => (
  <Button size="small" variant={primary ? "primary" : "secondary"} asChild>
    <Link to={to}>{children}</Link>
  </Button>
)

const Actions = ({ children }: { children: ReactNode }) => <div className="flex flex-wrap gap-2">{children}</div>

/** The way to fix a check: a drawer of the admin, a page, or the lines of configuration to set. */
const Fix = ({ check, fixes }: { check: SetupCheck; fixes: FixHandlers }) => {
  const data = check.data ?? {}
  switch (check.id) {
    case "site":
      if (check.status === "ok") {
        return <Actions><LinkButton to="/affiliates/sites">View sites</LinkButton></Actions>
      }
      return (
        <Actions>
          {Number(data.active_sites ?? 0) === 0 ? (
            <Button size="small" onClick={fixes.createSite}>Create site</Button>
          ) : (
            <LinkButton to="/affiliates/sites" primary>Choose a sales channel for the site</LinkButton>
          )}
        </Actions>
      )
    case "commission_rule":
      return (
        <Actions>
          {check.status === "ok" ? (
            <LinkButton to={`/affiliates/programs/${fixes.programId}`}>View rules</LinkButton>
          ) : (
            <Button size="small" onClick={fixes.createRule}>Create commission rule</Button>
          )}
        </Actions>
      )
    case "partners_authorized": {
      const waiting = data.unauthorized_affiliate_id
        ? { id: String(data.unauthorized_affiliate_id), name: String(data.unauthorized_affiliate_name ?? "the partner") }
        : null
      if (check.status === "missing") {
        return (
          <Actions>
            <Button size="small" onClick={fixes.invitePartner}>Invite external partner</Button>
            <LinkButton to="/affiliates">Review partners</LinkButton>
          </Actions>
        )
      }
      return (
        <Actions>
          {waiting && check.status === "warning" && (
            <Button size="small" onClick={() => fixes.authorize(waiting)}>Authorize {waiting.name} for a site</Button>
          )}
          {waiting && <LinkButton to={`/affiliates/${waiting.id}`}>{`Open ${waiting.name}`}</LinkButton>}
          <Button size="small" variant="secondary" onClick={fixes.invitePartner}>Invite external partner</Button>
        </Actions>
      )
    }
    case "notifications":
      if (check.status === "ok") {
        return null
      }
      return (
        <>
          <Text size="small" className="text-ui-fg-subtle">
            Until then, links are copied by hand: after inviting a partner, copy the link the admin shows once and send it
            yourself. To send emails, add a provider for the "{String(data.channel ?? "email")}" channel to medusa-config:
          </Text>
          <ConfigSnippet label="medusa-config.ts, modules" code={NOTIFICATION_SNIPPET(String(data.channel ?? "email"))} />
          <Actions><LinkButton to="/affiliates/invitations">Open invitations</LinkButton></Actions>
        </>
      )
    case "invitation_links":
      if (check.status === "ok") {
        return null
      }
      return (
        <>
          <Text size="small" className="text-ui-fg-subtle">{check.fix.label}.</Text>
          {/MEDUSA_BACKEND_URL/.test(check.fix.label) ? (
            <ConfigSnippet label=".env of the Medusa server" code="MEDUSA_BACKEND_URL=https://api.your-store.com" />
          ) : (
            <ConfigSnippet
              label="medusa-config.ts, the plugin's options"
              code={'storefrontUrl: "https://your-store.com",\ninvitationAcceptPath: "/affiliate/accept-invitation",'}
            />
          )}
        </>
      )
    case "ip_salt":
      if (check.status === "ok") {
        return null
      }
      return (
        <>
          <Text size="small" className="text-ui-fg-subtle">
            Set one long random value, the same for every server and worker process, and keep it. Then restart the
            server.
          </Text>
          <ConfigSnippet label=".env (generate the value with: openssl rand -hex 32)" code="AFFILIATE_IP_SALT=<64 random hex characters>" />
          <ConfigSnippet label="medusa-config.ts, the plugin's options" code="ipHashSalt: process.env.AFFILIATE_IP_SALT," />
        </>
      )
    case "storefront_connected":
      return (
        <>
          {check.status !== "ok" && (
            <Text size="small" className="text-ui-fg-subtle">
              Install the storefront kit or tracker (see the README, "Storefront") so clicks and orders reach the plugin.
              A partner's link or code used in a real order turns this green.
            </Text>
          )}
          <Actions><LinkButton to="/affiliates/reports">Open reports</LinkButton></Actions>
        </>
      )
    default:
      return null
  }
}

const NOTIFICATION_SNIPPET = (channel: string) => `{
  resolve: "@medusajs/medusa/notification",
  options: {
    providers: [
      {
        resolve: "@medusajs/medusa/notification-sendgrid",
        id: "sendgrid",
        options: { channels: ["${channel}"], api_key: process.env.SENDGRID_API_KEY, from: process.env.SENDGRID_FROM },
      },
    ],
  },
},`

export const config = defineRouteConfig({
  label: "Setup guide",
  rank: 0,
})

export const handle = {
  breadcrumb: () => "Setup guide",
}

export default SetupPage
