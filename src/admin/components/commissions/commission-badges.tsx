import { Badge, clx } from "@medusajs/ui"
import { formatAmount } from "../../lib/money"
import type { BadgeColor } from "../../lib/status"
import type { AdminUser } from "../../lib/types"
import type { Commission, CommissionEvent, CommissionStatus, EntryType, PayoutStatus } from "../../lib/pay-types"
import { StateBadge } from "../common/status-badges"

export const COMMISSION_STATUS_OPTIONS: { value: CommissionStatus; label: string }[] = [
  { value: "pending", label: "Pending" },
  { value: "approved", label: "Approved" },
  { value: "paid", label: "Paid" },
  { value: "void", label: "Void" },
]

export const COMMISSION_STATUS_COLORS: Record<CommissionStatus, BadgeColor> = {
  pending: "orange",
  approved: "blue",
  paid: "green",
  void: "grey",
}

export const ENTRY_TYPE_OPTIONS: { value: EntryType; label: string }[] = [
  { value: "commission", label: "Commission" },
  { value: "reversal", label: "Reversal" },
  { value: "clawback", label: "Clawback" },
  { value: "adjustment", label: "Adjustment" },
]

const ENTRY_TYPE_COLORS: Record<EntryType, BadgeColor> = {
  commission: "green",
  reversal: "red",
  clawback: "red",
  adjustment: "purple",
}

export const EVENT_LABELS: Record<CommissionEvent, string> = {
  order: "Order",
  first_order: "First order",
  registration: "Registration",
}

export const PAYOUT_STATUS_COLORS: Record<PayoutStatus, BadgeColor> = {
  draft: "grey",
  processing: "blue",
  paid: "green",
  failed: "red",
  canceled: "grey",
}

export const CommissionStatusBadge = ({ status }: { status: CommissionStatus }) => (
  <StateBadge value={status} colors={COMMISSION_STATUS_COLORS} />
)

export const PayoutStatusBadge = ({ status }: { status: PayoutStatus }) => (
  <StateBadge value={status} colors={PAYOUT_STATUS_COLORS} />
)

/** "Commission", "Reversal" ...; a commission also says what earned it. */
export const EntryTypeBadge = ({ commission }: { commission: Pick<Commission, "entry_type" | "event"> }) => {
  const label = ENTRY_TYPE_OPTIONS.find((o) => o.value === commission.entry_type)?.label ?? commission.entry_type
  return (
    <span className="inline-flex items-center gap-x-1.5 whitespace-nowrap">
      <Badge size="2xsmall" color={ENTRY_TYPE_COLORS[commission.entry_type] ?? "grey"}>
        {label}
      </Badge>
      {commission.event && commission.entry_type === "commission" && (
        <span className="text-ui-fg-muted txt-compact-xsmall">{EVENT_LABELS[commission.event] ?? commission.event}</span>
      )}
    </span>
  )
}

/** A ledger amount with its sign: credits "+€4.00", debits "-€2.00" in red. */
export const SignedAmount = ({ amount, currency }: { amount: number; currency: string }) => (
  <span className={clx("tabular-nums whitespace-nowrap", amount < 0 ? "text-ui-fg-error" : "text-ui-fg-base")}>
    {formatAmount(amount, currency, { signed: true })}
  </span>
)

const userName = (user: AdminUser | undefined) =>
  user && ([user.first_name, user.last_name].filter(Boolean).join(" ") || user.email)

/** The admin user ids named by `created_by` values such as "user:user_01...". */
export const adminIdsOf = (values: (string | null | undefined)[]) =>
  values.flatMap((value) => {
    const id = value?.startsWith("user:") ? value.slice(5) : value?.startsWith("user_") ? value : null
    return id ? [id] : []
  })

const SYSTEM_ACTORS: Record<string, string> = {
  "order.placed": "Order placed (automatic)",
  "order.canceled": "Order canceled (automatic)",
  "order.return_received": "Return received (automatic)",
  "payment.refunded": "Payment refunded (automatic)",
  "customer.created": "Registration (automatic)",
  "job:approve-commissions": "Approval job",
  admin: "An admin",
}

/** Who or what created an entry, in words: an admin's name, the event or the job. */
export function actorText(value: string | null | undefined, users: AdminUser[] | undefined): string {
  if (!value) {
    return "-"
  }
  const [id] = adminIdsOf([value])
  if (id) {
    return userName(users?.find((u) => u.id === id)) || `Admin ${id}`
  }
  if (SYSTEM_ACTORS[value]) {
    return SYSTEM_ACTORS[value]
  }
  return value.startsWith("job:") ? `Job ${value.slice(4)}` : value
}
