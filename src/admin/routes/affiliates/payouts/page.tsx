import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowDownTray, Plus, XMark } from "@medusajs/icons"
import { Button, Container, Text } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate, useSearchParams } from "react-router-dom"
import { FilterSelect } from "../../../components/common/filter-select"
import { PaginatedTable } from "../../../components/common/paginated-table"
import { SectionHeader } from "../../../components/common/section-header"
import { EmptyState } from "../../../components/common/states"
import { payoutColumns } from "../../../components/payouts/payout-columns"
import { PayoutRunDrawer } from "../../../components/payouts/payout-run-drawer"
import { useAffiliates } from "../../../hooks/use-affiliates"
import { usePagination } from "../../../hooks/use-pagination"
import { exportHref, useCommissions, usePayouts } from "../../../hooks/use-pay"
import type { PayoutStatus } from "../../../lib/pay-types"

const STATUS_OPTIONS: { value: PayoutStatus; label: string }[] = [
  { value: "draft", label: "Draft" },
  { value: "processing", label: "Processing" },
  { value: "paid", label: "Paid" },
  { value: "failed", label: "Failed" },
  { value: "canceled", label: "Canceled" },
]

type Filters = { status?: PayoutStatus; affiliate_id?: string; currency_code?: string }

/** Payouts to partners: create a run, export it for the bank, and settle each payout. */
const PayoutsPage = () => {
  const navigate = useNavigate()
  // A run is chosen by the URL (the run drawer links to it), so it survives a reload.
  const [searchParams, setSearchParams] = useSearchParams()
  const runId = searchParams.get("run_id") ?? undefined
  const pagination = usePagination()
  const [filters, setFilters] = useState<Filters>(() => ({
    affiliate_id: searchParams.get("affiliate_id") ?? undefined,
  }))
  const [runOpen, setRunOpen] = useState(false)
  const { data, isLoading, error } = usePayouts({ ...pagination.query, ...filters, run_id: runId, order: "-created_at" })
  const { data: affiliatesData } = useAffiliates({ limit: 200, order: "name" })
  // The ledger's currencies, for the currency filter.
  const { data: ledger } = useCommissions({ limit: 1 })

  const setFilter = <K extends keyof Filters>(key: K, value: Filters[K]) => {
    setFilters((current) => ({ ...current, [key]: value }))
    pagination.reset()
  }
  const clearRun = () => {
    const next = new URLSearchParams(searchParams)
    next.delete("run_id")
    setSearchParams(next)
    pagination.reset()
  }
  const filtered = Object.values(filters).some(Boolean) || !!runId
  // The export takes a run or a status (and currency): the bank file for what is on screen.
  const href = exportHref("/admin/affiliate-payouts/export", {
    run_id: runId,
    status: filters.status,
    currency_code: filters.currency_code,
  })

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <SectionHeader
          level="h1"
          title="Payouts"
          description="Payments to partners, each holding the approved commissions it settles."
          actions={
            <>
              <Button size="small" variant="secondary" asChild>
                <a href={href} download data-testid="payouts-export">
                  <ArrowDownTray />
                  Export CSV
                </a>
              </Button>
              <Button size="small" variant="secondary" onClick={() => setRunOpen(true)}>
                <Plus />
                Create payout run
              </Button>
            </>
          }
        />
        <div className="flex flex-wrap items-center gap-2 px-6 py-4">
          <FilterSelect
            placeholder="Status"
            allLabel="All statuses"
            value={filters.status}
            options={STATUS_OPTIONS}
            onChange={(value) => setFilter("status", value)}
          />
          <FilterSelect
            placeholder="Partner"
            allLabel="All partners"
            value={filters.affiliate_id}
            options={(affiliatesData?.affiliates ?? []).map((a) => ({ value: a.id, label: a.name }))}
            onChange={(value) => setFilter("affiliate_id", value)}
          />
          <FilterSelect
            placeholder="Currency"
            allLabel="All currencies"
            value={filters.currency_code}
            options={(ledger?.totals ?? []).map((t) => ({ value: t.currency_code, label: t.currency_code.toUpperCase() }))}
            onChange={(value) => setFilter("currency_code", value)}
          />
          {runId && (
            <Button size="small" variant="secondary" onClick={clearRun}>
              Run <span className="font-mono">{runId}</span>
              <XMark />
            </Button>
          )}
          {filtered && data && (
            <Text size="small" className="text-ui-fg-subtle ml-auto">
              {data.count} {data.count === 1 ? "payout" : "payouts"}
            </Text>
          )}
        </div>
        <PaginatedTable
          columns={payoutColumns}
          rows={data?.payouts}
          rowKey={(p) => p.id}
          isLoading={isLoading}
          error={error}
          onRowClick={(p) => navigate(`/affiliates/payouts/${p.id}`)}
          pagination={pagination.table(data?.count)}
          emptyState={
            filtered ? (
              <EmptyState filtered title="No payouts match" description="Try other filters." />
            ) : (
              <EmptyState
                title="No payouts yet"
                description="Create a payout run to pay partners their approved commissions."
              />
            )
          }
        />
      </Container>
      <PayoutRunDrawer open={runOpen} onOpenChange={setRunOpen} />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Payouts",
  rank: 7,
})

export const handle = {
  breadcrumb: () => "Payouts",
}

export default PayoutsPage
