import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container } from "@medusajs/ui"
import { useState } from "react"
import { type Column, PaginatedTable } from "../../../components/common/paginated-table"
import { SectionHeader } from "../../../components/common/section-header"
import { EmptyState } from "../../../components/common/states"
import { ProgramFormDrawer } from "../../../components/programs/program-form-drawer"
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
]

const ProgramsPage = () => {
  const pagination = usePagination()
  const { data, isLoading, error } = usePrograms({ ...pagination.query, order: "created_at" })
  // program null means "create". It is kept on close so the drawer does not
  // switch to the create form while it animates out.
  const [drawer, setDrawer] = useState<{ open: boolean; program: Program | null }>({
    open: false,
    program: null,
  })
  const openDrawer = (program: Program | null) => setDrawer({ open: true, program })

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        level="h1"
        title="Programs"
        description="Terms, registration, attribution and payout rules for partners."
        actions={
          <Button size="small" variant="secondary" onClick={() => openDrawer(null)}>
            Create program
          </Button>
        }
      />
      <PaginatedTable
        columns={columns}
        rows={data?.programs}
        rowKey={(p) => p.id}
        isLoading={isLoading}
        error={error}
        onRowClick={openDrawer}
        pagination={{
          count: data?.count ?? 0,
          pageIndex: pagination.pageIndex,
          pageSize: pagination.pageSize,
          onPageChange: pagination.setPageIndex,
        }}
        emptyState={
          <EmptyState
            title="No programs yet"
            description="Create a program to start recruiting partners."
          />
        }
      />
      <ProgramFormDrawer
        program={drawer.program}
        open={drawer.open}
        onOpenChange={(open) => setDrawer((d) => ({ ...d, open }))}
      />
    </Container>
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
