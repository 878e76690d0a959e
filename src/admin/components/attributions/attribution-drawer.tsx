import { Badge, Button, Drawer, Heading, Text } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { useState, type ReactNode } from "react"
import { Link } from "react-router-dom"
import { formatDateTime } from "../../lib/format"
import { sdk } from "../../lib/sdk"
import { withToast } from "../../lib/toast"
import { reasonLabel, SOURCE_LABELS } from "../../lib/report-format"
import type { Attribution, ConsideredTouch } from "../../lib/report-types"
import {
  attributionAmount,
  AttributionStatusBadge,
  ConversionBadge,
  OutcomeBadge,
} from "./attribution-badges"

const KIND_LABELS: Record<string, string> = { code: "Code", click: "Click", registration: "Registration" }
const MODEL_LABELS: Record<string, string> = { first_touch: "First touch", last_touch: "Last touch" }

type AttributionDrawerProps = {
  attribution: Attribution | null
  open: boolean
  onOpenChange: (open: boolean) => void
}

/**
 * Why a conversion went to a partner, or to nobody: the summary, the model,
 * the precedence of touch kinds, the window and every touch considered with
 * its outcome and reason.
 */
export const AttributionDrawer = ({ attribution: a, open, onOpenChange }: AttributionDrawerProps) => {
  const explanation = a?.explanation ?? null
  const utm = a ? [a.utm_source, a.utm_medium, a.utm_campaign].filter(Boolean).join(" / ") : ""
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{a ? `${a.conversion === "order" ? "Order" : "Registration"} attribution` : "Attribution"}</Drawer.Title>
          <Drawer.Description className="txt-small text-ui-fg-subtle">
            {a ? formatDateTime(a.attributed_at) : ""}
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-1 flex-col gap-y-6 overflow-y-auto">
          {a && (
            <>
              <div className="flex flex-col gap-y-2">
                <div className="flex flex-wrap items-center gap-2">
                  <ConversionBadge conversion={a.conversion} />
                  <AttributionStatusBadge status={a.status} />
                </div>
                <Text size="small" weight="plus" className="text-ui-fg-base" data-testid="attribution-summary">
                  {explanation?.summary ?? "No explanation was recorded."}
                </Text>
              </div>

              <Facts
                rows={[
                  {
                    label: "Partner",
                    value: a.affiliate ? (
                      <Link to={`/affiliates/${a.affiliate.id}`} className="text-ui-fg-interactive hover:underline">
                        {a.affiliate.name}
                      </Link>
                    ) : null,
                  },
                  { label: "Referral", value: a.referral ? `${a.referral.name} (${a.referral.slug})` : null },
                  { label: "Site", value: a.site ? `${a.site.name} (${a.site.domain})` : null },
                  { label: "Source", value: a.source ? SOURCE_LABELS[a.source] ?? a.source : null },
                  { label: "Voucher code", value: a.voucher_code ? <span className="font-mono">{a.voucher_code}</span> : null },
                  { label: "UTM", value: utm || null },
                  { label: "Amount", value: a.conversion === "order" ? attributionAmount(a) : null },
                  { label: "Customer", value: a.customer_id ? <span className="font-mono">{a.customer_id}</span> : null },
                  { label: "Order", value: a.order_id ? <span className="font-mono">{a.order_id}</span> : null },
                  { label: "Window ends", value: a.window_ends_at ? formatDateTime(a.window_ends_at) : "No window (code)" },
                ]}
              />

              <CommissionOutcome attribution={a} />

              <div className="flex flex-col gap-y-3">
                <Heading level="h3">How it was decided</Heading>
                <Facts
                  rows={[
                    { label: "Model", value: explanation?.model ? MODEL_LABELS[explanation.model] ?? explanation.model : null },
                    {
                      label: "Precedence",
                      value: explanation?.precedence?.length
                        ? explanation.precedence.map((k) => KIND_LABELS[k] ?? k).join(" → ")
                        : null,
                    },
                    {
                      label: "Window",
                      value: explanation?.window_days !== undefined ? `${explanation.window_days} days` : null,
                    },
                    { label: "Decided at", value: explanation?.decided_at ? formatDateTime(explanation.decided_at) : null },
                  ]}
                />
              </div>

              <div className="flex flex-col gap-y-3">
                <Heading level="h3">Touches considered</Heading>
                {explanation?.considered?.length ? (
                  <ol className="flex flex-col gap-y-2" data-testid="considered-touches">
                    {explanation.considered.map((touch, index) => (
                      <TouchItem key={`${touch.kind}-${touch.ref}-${index}`} touch={touch} />
                    ))}
                  </ol>
                ) : (
                  <Text size="small" className="text-ui-fg-subtle">
                    No touches were recorded for this conversion.
                  </Text>
                )}
              </div>
            </>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Close
            </Button>
          </Drawer.Close>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

const Facts = ({ rows }: { rows: { label: string; value: ReactNode }[] }) => (
  <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
    {rows.map((row) => (
      <div key={row.label} className="contents">
        <dt>
          <Text size="small" weight="plus" className="text-ui-fg-subtle">
            {row.label}
          </Text>
        </dt>
        <dd className="txt-small text-ui-fg-base min-w-0 break-words">{row.value ?? <span className="text-ui-fg-muted">-</span>}</dd>
      </div>
    ))}
  </dl>
)

const TouchItem = ({ touch }: { touch: ConsideredTouch }) => (
  <li className="flex flex-col gap-y-1 rounded-lg border px-3 py-2">
    <div className="flex flex-wrap items-center gap-2">
      <Badge size="2xsmall" color="grey">
        {KIND_LABELS[touch.kind] ?? touch.kind}
      </Badge>
      <Text size="small" className="font-mono">
        {touch.ref}
      </Text>
      <span className="ml-auto">
        <OutcomeBadge outcome={touch.outcome} />
      </span>
    </div>
    <Text size="xsmall" className="text-ui-fg-subtle">
      {formatDateTime(touch.at)}
      {" · "}
      {touch.affiliate_name ?? "No partner (store campaign)"}
      {touch.reason ? ` · ${reasonLabel(touch.reason)}` : ""}
    </Text>
    {touch.detail && (
      <Text size="small" className="text-ui-fg-base">
        {touch.detail}
      </Text>
    )}
  </li>
)

type StoredOutcome = { status: "earned" | "none" | "awaiting"; reason: string | null; reason_label: string | null; detail: string | null }
const OUTCOME_COLORS = { earned: "green", none: "grey", awaiting: "orange" } as const
const OUTCOME_LABELS = { earned: "Earned", none: "Nothing earned", awaiting: "Bounty awaiting release" } as const

/** What the conversion earned, or why not; a bounty waiting for review can be released from here. */
const CommissionOutcome = ({ attribution }: { attribution: Attribution }) => {
  const outcome = (attribution as Attribution & { commission_outcome?: StoredOutcome | null }).commission_outcome ?? null
  const queryClient = useQueryClient()
  const [releasing, setReleasing] = useState(false)
  if (!outcome) return null
  const release = async () => {
    setReleasing(true)
    await withToast(async () => {
      await sdk.client.fetch(`/admin/affiliate-attributions/${attribution.id}/release-bounty`, { method: "POST" })
      await queryClient.invalidateQueries({ queryKey: ["affiliate-attributions"] })
      return "The bounty is now a pending commission."
    })
    setReleasing(false)
  }
  return (
    <div className="flex flex-col gap-y-2" data-testid="commission-outcome">
      <Heading level="h3">Commission</Heading>
      <div className="flex flex-wrap items-center gap-2">
        <Badge size="2xsmall" color={OUTCOME_COLORS[outcome.status] ?? "grey"}>
          {OUTCOME_LABELS[outcome.status] ?? outcome.status}
        </Badge>
        {outcome.reason_label && <Text size="small" className="text-ui-fg-subtle">{outcome.reason_label}</Text>}
      </div>
      {outcome.detail && <Text size="small">{outcome.detail}</Text>}
      {outcome.status === "awaiting" && (
        <div>
          <Button size="small" variant="secondary" isLoading={releasing} onClick={release}>
            Release bounty
          </Button>
        </div>
      )}
    </div>
  )
}
