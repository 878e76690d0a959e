import { Badge, Button, Drawer, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { useAdminUsers } from "../../hooks/use-admin-users"
import { useCommission } from "../../hooks/use-pay"
import { formatDate, formatDateTime } from "../../lib/format"
import { formatAmount, formatAmounts, formatPercent } from "../../lib/money"
import type { Commission } from "../../lib/pay-types"
import { statusLabel } from "../../lib/status"
import { ErrorState, LoadingRows } from "../common/states"
import {
  actorText,
  adminIdsOf,
  CommissionStatusBadge,
  EntryTypeBadge,
  EVENT_LABELS,
  PayoutStatusBadge,
  SignedAmount,
} from "./commission-badges"
import { ExplanationSteps, Facts } from "./commission-parts"

const ENTRY_TITLES: Record<string, string> = {
  commission: "Commission",
  reversal: "Reversal",
  clawback: "Clawback",
  adjustment: "Adjustment",
}

const BASIS_LABELS: Record<string, string> = {
  item_subtotal: "item subtotal",
  order_total: "order total",
}

type CommissionDrawerProps = {
  /** The entry clicked; its details (reversals) load when the drawer opens. */
  commission: Commission | null
  open: boolean
  onOpenChange: (open: boolean) => void
}

/**
 * One ledger entry and why it exists: the explanation, the rule as it was
 * when the entry was made, the arithmetic, the hold, its payout and every
 * entry that reversed part of it. Reversals and the entry a reversal takes
 * back open in the same drawer.
 */
export const CommissionDrawer = ({ commission, open, onOpenChange }: CommissionDrawerProps) => {
  // The entry shown: the one clicked, or one reached from it (a reversal, the entry it reverses).
  const [currentId, setCurrentId] = useState<string | undefined>(commission?.id)
  useEffect(() => {
    if (open) {
      setCurrentId(commission?.id)
    }
  }, [open, commission?.id])

  const { data, isLoading, error } = useCommission(open ? currentId : undefined)
  const c = data?.commission ?? (commission && commission.id === currentId ? commission : null)
  const reversals = data?.reversals ?? []
  const { data: usersData } = useAdminUsers(adminIdsOf([c?.created_by]))

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>
            {c ? `${ENTRY_TITLES[c.entry_type] ?? "Entry"} ${formatAmount(c.amount, c.currency_code, { signed: true })}` : "Ledger entry"}
          </Drawer.Title>
          <Drawer.Description className="txt-small text-ui-fg-subtle">
            {c ? `${c.affiliate?.name ?? c.affiliate_id} · ${formatDateTime(c.created_at)}` : "Loading"}
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-1 flex-col gap-y-6 overflow-y-auto">
          {!c && isLoading ? (
            <LoadingRows rows={6} />
          ) : !c ? (
            <ErrorState error={error ?? new Error("This entry was not found")} />
          ) : (
            <>
              <div className="flex flex-col gap-y-2">
                <div className="flex flex-wrap items-center gap-2">
                  <EntryTypeBadge commission={c} />
                  <CommissionStatusBadge status={c.status} />
                  {c.is_internal && (
                    <Badge size="2xsmall" color="blue">
                      Internal: never paid out
                    </Badge>
                  )}
                </div>
                <Text size="small" weight="plus" className="text-ui-fg-base" data-testid="commission-summary">
                  {c.explanation?.summary ?? c.reason ?? "No explanation was recorded."}
                </Text>
              </div>

              <Facts
                rows={[
                  {
                    label: "Partner",
                    value: c.affiliate ? (
                      <Link to={`/affiliates/${c.affiliate.id}`} className="text-ui-fg-interactive hover:underline">
                        {c.affiliate.name}
                      </Link>
                    ) : (
                      c.affiliate_id
                    ),
                  },
                  { label: "Referral", value: c.referral ? `${c.referral.name} (${c.referral.slug})` : null },
                  { label: "Site", value: c.site?.name ?? null },
                  { label: "Order", value: c.order_id ? <span className="font-mono">{c.order_id}</span> : null },
                  { label: "Customer", value: c.customer_id ? <span className="font-mono">{c.customer_id}</span> : null },
                  { label: "Event", value: c.event ? EVENT_LABELS[c.event] ?? c.event : null },
                  { label: "Basis", value: c.basis_amount !== null ? formatAmount(c.basis_amount, c.currency_code) : null },
                  { label: "Rate", value: c.rate !== null ? formatPercent(c.rate) : c.entry_type === "commission" ? "Flat amount" : null },
                  { label: "Amount", value: <SignedAmount amount={c.amount} currency={c.currency_code} /> },
                  {
                    label: "Hold until",
                    value: c.hold_until ? formatDateTime(c.hold_until) : c.entry_type === "adjustment" ? "No hold (approved at once)" : null,
                  },
                  { label: "Approved", value: c.approved_at ? formatDateTime(c.approved_at) : null },
                  { label: "Paid", value: c.paid_at ? formatDateTime(c.paid_at) : null },
                  {
                    label: "Payout",
                    value: c.payout ? (
                      <span className="inline-flex flex-wrap items-center gap-2">
                        <Link
                          to={`/affiliates/payouts/${c.payout.id}`}
                          className="text-ui-fg-interactive font-mono hover:underline"
                          onClick={() => onOpenChange(false)}
                        >
                          {c.payout.id}
                        </Link>
                        <PayoutStatusBadge status={c.payout.status} />
                        {c.payout.reference && <span className="text-ui-fg-subtle">Ref. {c.payout.reference}</span>}
                      </span>
                    ) : null,
                  },
                  {
                    label: "Reverses",
                    value: c.reverses_id ? (
                      <button
                        type="button"
                        className="text-ui-fg-interactive font-mono hover:underline"
                        onClick={() => setCurrentId(c.reverses_id!)}
                      >
                        {c.reverses_id}
                      </button>
                    ) : null,
                  },
                  { label: "Reason", value: c.reason },
                  { label: "Created by", value: actorText(c.created_by, usersData?.users) },
                  { label: "Created", value: formatDateTime(c.created_at) },
                ]}
              />

              <div className="flex flex-col gap-y-3">
                <Heading level="h3">Rule</Heading>
                {c.rule_snapshot ? (
                  <Facts
                    rows={[
                      { label: "Name", value: String(c.rule_snapshot.name ?? "-") },
                      { label: "Type", value: ruleSnapshotType(c.rule_snapshot) },
                      {
                        label: "Scope",
                        value: c.rule_snapshot.scope ? statusLabel(String(c.rule_snapshot.scope)) : null,
                      },
                      {
                        label: "Window",
                        value: c.rule_snapshot.window_days ? `${c.rule_snapshot.window_days} days after referral` : "No window",
                      },
                      { label: "Rule id", value: c.rule_id ? <span className="font-mono">{c.rule_id}</span> : null },
                    ]}
                  />
                ) : (
                  <Text size="small" className="text-ui-fg-subtle">
                    {c.entry_type === "adjustment" ? "A manual adjustment: no rule applies." : "No rule snapshot was recorded."}
                  </Text>
                )}
              </div>

              <div className="flex flex-col gap-y-3">
                <Heading level="h3">How it was calculated</Heading>
                <ExplanationSteps explanation={c.explanation} testId="commission-steps" />
              </div>

              <div className="flex flex-col gap-y-3">
                <Heading level="h3">Reversals</Heading>
                {reversals.length ? (
                  <ul className="flex flex-col gap-y-2" data-testid="commission-reversals">
                    {reversals.map((r) => (
                      <li key={r.id}>
                        <button
                          type="button"
                          className="hover:bg-ui-bg-subtle-hover flex w-full flex-col gap-y-1 rounded-lg border px-3 py-2 text-left"
                          onClick={() => setCurrentId(r.id)}
                        >
                          <span className="flex w-full flex-wrap items-center gap-2">
                            <EntryTypeBadge commission={r} />
                            <CommissionStatusBadge status={r.status} />
                            <span className="ml-auto">
                              <SignedAmount amount={r.amount} currency={r.currency_code} />
                            </span>
                          </span>
                          <Text size="xsmall" className="text-ui-fg-subtle">
                            {formatDate(r.created_at)} · {r.explanation?.summary ?? r.reason ?? r.created_by ?? ""}
                          </Text>
                        </button>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <Text size="small" className="text-ui-fg-subtle">
                    {isLoading ? "Loading ..." : "Nothing has reversed this entry."}
                  </Text>
                )}
              </div>
            </>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          {c && commission && c.id !== commission.id && (
            <Button size="small" variant="transparent" onClick={() => setCurrentId(commission.id)}>
              Back to the entry clicked
            </Button>
          )}
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

/** "10 % of the item subtotal" or "Flat €5.00", from the rule as it was then (percentages may be strings). */
function ruleSnapshotType(snapshot: Record<string, unknown>): string {
  if (snapshot.type === "percentage") {
    const basis = BASIS_LABELS[String(snapshot.basis ?? "item_subtotal")] ?? String(snapshot.basis)
    return `${formatPercent(snapshot.percentage as string | number | null)} of the ${basis}`
  }
  if (snapshot.type === "flat") {
    return `Flat ${formatAmounts(snapshot.flat_amounts as Record<string, number> | null)}`
  }
  return "-"
}
