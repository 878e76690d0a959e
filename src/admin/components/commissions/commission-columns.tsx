import { Text } from "@medusajs/ui"
import { formatDateTime } from "../../lib/format"
import type { Commission } from "../../lib/pay-types"
import type { Column } from "../common/paginated-table"
import { CommissionStatusBadge, EntryTypeBadge, SignedAmount } from "./commission-badges"

const muted = <span className="text-ui-fg-muted">-</span>

/** The ledger's columns; pages and sections pick the ones they need. */
export const commissionColumns = {
  date: {
    key: "date",
    header: "Date",
    render: (c) => <span className="whitespace-nowrap">{formatDateTime(c.created_at)}</span>,
  },
  partner: {
    key: "partner",
    header: "Partner",
    render: (c) => (c.affiliate ? <span className="text-ui-fg-base">{c.affiliate.name}</span> : muted),
  },
  type: { key: "type", header: "Type", render: (c) => <EntryTypeBadge commission={c} /> },
  status: { key: "status", header: "Status", render: (c) => <CommissionStatusBadge status={c.status} /> },
  site: { key: "site", header: "Site", render: (c) => c.site?.name ?? muted },
  order: {
    key: "order",
    header: "Order",
    render: (c) => (c.order_id ? <span className="font-mono text-xs">{c.order_id}</span> : muted),
  },
  amount: {
    key: "amount",
    header: "Amount",
    className: "text-right",
    render: (c) => <SignedAmount amount={c.amount} currency={c.currency_code} />,
  },
  summary: {
    key: "summary",
    header: "Why",
    render: (c) => (
      <Text size="small" className="text-ui-fg-subtle line-clamp-2 max-w-[380px] whitespace-normal">
        {c.explanation?.summary ?? c.reason ?? "-"}
      </Text>
    ),
  },
} satisfies Record<string, Column<Commission>>
