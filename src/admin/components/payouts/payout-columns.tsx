import { formatDate, formatDateTime } from "../../lib/format"
import { formatAmount } from "../../lib/money"
import type { Payout } from "../../lib/pay-types"
import { PayoutStatusBadge } from "../commissions/commission-badges"
import type { Column } from "../common/paginated-table"

const muted = <span className="text-ui-fg-muted">-</span>

export const payoutColumns: Column<Payout>[] = [
  {
    key: "created",
    header: "Created",
    render: (p) => <span className="whitespace-nowrap">{formatDateTime(p.created_at)}</span>,
  },
  {
    key: "partner",
    header: "Partner",
    render: (p) => (
      <div className="flex flex-col">
        <span className="text-ui-fg-base">{p.affiliate?.name ?? p.affiliate_id}</span>
        {p.affiliate?.email && <span className="text-ui-fg-muted text-xs">{p.affiliate.email}</span>}
      </div>
    ),
  },
  {
    key: "amount",
    header: "Amount",
    className: "text-right",
    render: (p) => <span className="tabular-nums whitespace-nowrap">{formatAmount(p.amount, p.currency_code)}</span>,
  },
  { key: "status", header: "Status", render: (p) => <PayoutStatusBadge status={p.status} /> },
  { key: "items", header: "Commissions", className: "text-right", render: (p) => p.item_count },
  { key: "reference", header: "Reference", render: (p) => (p.reference ? <span className="font-mono text-xs">{p.reference}</span> : muted) },
  { key: "paid", header: "Paid", render: (p) => (p.paid_at ? formatDate(p.paid_at) : muted) },
  {
    key: "run",
    header: "Run",
    render: (p) => (p.run_id ? <span className="text-ui-fg-muted font-mono text-xs">{p.run_id}</span> : muted),
  },
]
