import type { Column } from "../common/paginated-table"
import { formatCount, formatRate, formatRevenue } from "../../lib/report-format"
import type { ReportRow } from "../../lib/report-types"

const numeric = "text-right tabular-nums whitespace-nowrap"

/** The figure columns every report table ends with. */
export function figureColumns<T extends ReportRow>(): Column<T>[] {
  return [
    { key: "clicks", header: "Clicks", className: numeric, render: (r) => formatCount(r.clicks) },
    { key: "unique", header: "Unique visits", className: numeric, render: (r) => formatCount(r.unique_clicks) },
    { key: "registrations", header: "Registrations", className: numeric, render: (r) => formatCount(r.registrations) },
    { key: "orders", header: "Orders", className: numeric, render: (r) => formatCount(r.orders) },
    { key: "revenue", header: "Revenue", className: numeric, render: (r) => formatRevenue(r.revenue) },
    { key: "rate", header: "Conversion", className: numeric, render: (r) => formatRate(r.conversion_rate) },
  ]
}

/** Busiest first; ties by orders. */
export function byTraffic<T extends ReportRow>(rows: T[] | undefined): T[] | undefined {
  return rows && [...rows].sort((a, b) => b.clicks - a.clicks || b.orders - a.orders || b.registrations - a.registrations)
}
