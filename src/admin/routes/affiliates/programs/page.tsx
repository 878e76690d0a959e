import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { type Column, StopRowClick } from "../../../components/common/paginated-table"
import { TableSection } from "../../../components/common/table-section"
import { ProgramFormDrawer } from "../../../components/programs/program-form-drawer"
import { useDrawerState } from "../../../hooks/use-drawer-state"
import { usePagination } from "../../../hooks/use-pagination"
import { usePrograms } from "../../../hooks/use-programs"
import type { Program } from "../../../lib/types"

const REGISTRATION_LABELS: Record<Program["registration_mode"], string> = {
  open: "Open",
  invite: "Invite only",
  closed: "Closed",
}

const minimumsSummary = (minimums: Program["payout_minimums"]) => {
  const entries = Object.entries(minimums ?? {})
  return entries.length
    ? entries.map(([currency, amount]) => `${currency.toUpperCase()} ${amount}`).join(", ")
    : "-"
}

const columns: Column<Program>[] = [
  {
    key: "name",
    header: "Name",
    render: (p) => (
      <div className="flex items-center gap-x-2">
        <span className="text-ui-fg-base font-medium">{p.name}</span>
        {p.is_default && (
          <Badge size="2xsmall" color="blue">
            Default
          </Badge>
        )}
      </div>
    ),
  },
  { key: "registration", header: "Registration", render: (p) => REGISTRATION_LABELS[p.registration_mode] ?? p.registration_mode },
  { key: "auto_approve", header: "Auto approve", render: (p) => (p.auto_approve ? "Yes" : "No") },
  {
    key: "attribution",
    header: "Attribution",
    render: (p) =>
      `${p.attribution_model === "first_touch" ? "First" : "Last"} touch, ${p.attribution_window_days} days`,
  },
  { key: "hold", header: "Hold", render: (p) => `${p.hold_days} days` },
  { key: "minimums", header: "Payout minimums", render: (p) => minimumsSummary(p.payout_minimums) },
  { key: "agreement", header: "Agreement", render: (p) => p.agreement_version || "-" },
  { key: "timezone", header: "Timezone", render: (p) => p.timezone },
  {
    key: "rules",
    header: "",
    className: "text-right",
    render: (p) => (
      <StopRowClick>
        <Link
          to={`/affiliates/programs/${p.id}`}
          className="txt-compact-small-plus text-ui-fg-interactive whitespace-nowrap hover:underline"
        >
          Commission rules
        </Link>
      </StopRowClick>
    ),
  },
]

const ProgramsPage = () => {
  const pagination = usePagination()
  const { data, isLoading, error } = usePrograms({ ...pagination.query, order: "created_at" })
  // null means "create".
  const drawer = useDrawerState<Program | null>(null)

  return (
    <TableSection
      level="h1"
      title="Programs"
      description="Terms, registration, attribution and payout rules for partners."
      action={{ label: "Create program", onClick: () => drawer.show(null) }}
      columns={columns}
      rows={data?.programs}
      rowKey={(p) => p.id}
      isLoading={isLoading}
      error={error}
      onRowClick={drawer.show}
      pagination={pagination.table(data?.count)}
      empty={{ title: "No programs yet", description: "Create a program to start recruiting partners." }}
    >
      <ProgramFormDrawer program={drawer.value} open={drawer.open} onOpenChange={drawer.onOpenChange} />
    </TableSection>
  )
}

export const config = defineRouteConfig({
  label: "Programs",
  rank: 1,
})

export const handle = {
  breadcrumb: () => "Affiliate programs",
}

export default ProgramsPage
