import { Text } from "@medusajs/ui"
import { formatDateTime } from "../../lib/format"
import { SOURCE_LABELS } from "../../lib/report-format"
import type { Attribution } from "../../lib/report-types"
import type { Column } from "../common/paginated-table"
import { attributionAmount, AttributionStatusBadge, ConversionBadge } from "./attribution-badges"

const muted = <span className="text-ui-fg-muted">-</span>

export const attributionColumns = {
  date: {
    key: "date",
    header: "Date",
    render: (a) => <span className="whitespace-nowrap">{formatDateTime(a.attributed_at)}</span>,
  },
  conversion: { key: "conversion", header: "Conversion", render: (a) => <ConversionBadge conversion={a.conversion} /> },
  status: { key: "status", header: "Status", render: (a) => <AttributionStatusBadge status={a.status} /> },
  partner: {
    key: "partner",
    header: "Partner",
    render: (a) => (a.affiliate ? <span className="text-ui-fg-base">{a.affiliate.name}</span> : muted),
  },
  referral: { key: "referral", header: "Referral", render: (a) => a.referral?.name ?? muted },
  site: { key: "site", header: "Site", render: (a) => a.site?.name ?? muted },
  source: {
    key: "source",
    header: "Source",
    render: (a) =>
      a.source ? (
        <span className="whitespace-nowrap">
          {SOURCE_LABELS[a.source] ?? a.source}
          {a.voucher_code ? <span className="text-ui-fg-muted font-mono"> {a.voucher_code}</span> : null}
        </span>
      ) : (
        muted
      ),
  },
  amount: {
    key: "amount",
    header: "Amount",
    className: "text-right tabular-nums whitespace-nowrap",
    render: (a) => attributionAmount(a),
  },
  summary: {
    key: "summary",
    header: "Summary",
    render: (a) => (
      <Text size="small" className="text-ui-fg-subtle line-clamp-2 max-w-[420px] whitespace-normal">
        {a.explanation?.summary ?? "-"}
      </Text>
    ),
  },
} satisfies Record<string, Column<Attribution>>
