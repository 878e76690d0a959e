import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowDownTray, CheckCircle, Plus } from "@medusajs/icons"
import { Button, Container, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { useSearchParams } from "react-router-dom"
import { AdjustmentDrawer } from "../../../components/commissions/adjustment-drawer"
import {
  COMMISSION_STATUS_OPTIONS,
  ENTRY_TYPE_OPTIONS,
} from "../../../components/commissions/commission-badges"
import { commissionColumns as col } from "../../../components/commissions/commission-columns"
import { CommissionDrawer } from "../../../components/commissions/commission-drawer"
import { CommissionTotalsTiles } from "../../../components/commissions/commission-totals"
import { FilterSelect } from "../../../components/common/filter-select"
import { FormField } from "../../../components/common/form-field"
import { PaginatedTable } from "../../../components/common/paginated-table"
import { SectionHeader } from "../../../components/common/section-header"
import { EmptyState } from "../../../components/common/states"
import { useAffiliates } from "../../../hooks/use-affiliates"
import { useDebouncedValue } from "../../../hooks/use-debounced-value"
import { useDrawerState } from "../../../hooks/use-drawer-state"
import { usePagination } from "../../../hooks/use-pagination"
import { exportHref, useApproveDueCommissions, useCommissions } from "../../../hooks/use-pay"
import { useSites } from "../../../hooks/use-sites"
import { dayEnd, dayStart, isDay } from "../../../lib/pay-dates"
import type { Commission, CommissionStatus, EntryType } from "../../../lib/pay-types"
import { withToast } from "../../../lib/toast"

type Filters = {
  affiliate_id?: string
  status?: CommissionStatus
  entry_type?: EntryType
  site_id?: string
  currency_code?: string
  /** Local days (YYYY-MM-DD), both included. */
  from?: string
  to?: string
}

const columns = [col.date, col.partner, col.type, col.status, col.site, col.order, col.amount, col.summary]

/**
 * The commission ledger: every entry (commissions, reversals, clawbacks,
 * adjustments) with its status and explanation, balances per currency over
 * the filter, a CSV export of the same filter, manual adjustments and the
 * approval of entries whose hold has passed.
 */
const CommissionsPage = () => {
  // Links from a partner's page or a payout open the ledger filtered to it.
  const [searchParams] = useSearchParams()
  const pagination = usePagination()
  const [filters, setFilters] = useState<Filters>(() => ({
    affiliate_id: searchParams.get("affiliate_id") ?? undefined,
    status: (searchParams.get("status") as CommissionStatus | null) ?? undefined,
  }))
  const [orderId, setOrderId] = useState("")
  const order_id = useDebouncedValue(orderId.trim()) || undefined
  const [adjustmentOpen, setAdjustmentOpen] = useState(false)
  const drawer = useDrawerState<Commission | null>(null)

  const ledgerFilters = {
    affiliate_id: filters.affiliate_id,
    status: filters.status,
    entry_type: filters.entry_type,
    site_id: filters.site_id,
    currency_code: filters.currency_code,
    order_id,
    created_from: isDay(filters.from) ? dayStart(filters.from) : undefined,
    created_to: isDay(filters.to) ? dayEnd(filters.to) : undefined,
  }
  const { data, isLoading, error } = useCommissions({ ...pagination.query, ...ledgerFilters, order: "-created_at" })
  // The whole ledger's currencies, for the currency filter.
  const { data: everything } = useCommissions({ limit: 1 })
  const { data: affiliatesData } = useAffiliates({ limit: 200, order: "name" })
  const { data: sitesData } = useSites({ limit: 100 })
  const approveDue = useApproveDueCommissions()

  const setFilter = <K extends keyof Filters>(key: K, value: Filters[K]) => {
    setFilters((current) => ({ ...current, [key]: value }))
    pagination.reset()
  }
  const filtered = Object.values(filters).some(Boolean) || !!order_id
  const datesBackwards = isDay(filters.from) && isDay(filters.to) && filters.from > filters.to

  const approve = () =>
    withToast(async () => {
      const { approved } = await approveDue.mutateAsync()
      return approved === 0
        ? "No pending commissions have passed their hold"
        : `${approved} ${approved === 1 ? "commission" : "commissions"} approved`
    })

  const currencies = (everything?.totals ?? []).map((t) => t.currency_code)

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <SectionHeader
          level="h1"
          title="Commissions"
          description="The ledger: what partners earned, what was reversed or adjusted, and what is approved and paid."
          actions={
            <>
              <Button size="small" variant="secondary" asChild>
                <a href={exportHref("/admin/affiliate-commissions/export", ledgerFilters)} download data-testid="commissions-export">
                  <ArrowDownTray />
                  Export CSV
                </a>
              </Button>
              <Button size="small" variant="secondary" onClick={approve} isLoading={approveDue.isPending}>
                <CheckCircle />
                Approve due now
              </Button>
              <Button size="small" variant="secondary" onClick={() => setAdjustmentOpen(true)}>
                <Plus />
                Add adjustment
              </Button>
            </>
          }
        />
        <div className="flex flex-wrap items-end gap-2 px-6 py-4">
          <FilterSelect
            placeholder="Partner"
            allLabel="All partners"
            value={filters.affiliate_id}
            options={(affiliatesData?.affiliates ?? []).map((a) => ({ value: a.id, label: a.name }))}
            onChange={(value) => setFilter("affiliate_id", value)}
          />
          <FilterSelect
            placeholder="Status"
            allLabel="All statuses"
            value={filters.status}
            options={COMMISSION_STATUS_OPTIONS}
            onChange={(value) => setFilter("status", value)}
          />
          <FilterSelect
            placeholder="Entry type"
            allLabel="All types"
            value={filters.entry_type}
            options={ENTRY_TYPE_OPTIONS}
            onChange={(value) => setFilter("entry_type", value)}
          />
          <FilterSelect
            placeholder="Site"
            allLabel="All sites"
            value={filters.site_id}
            options={(sitesData?.sites ?? []).map((s) => ({ value: s.id, label: s.name }))}
            onChange={(value) => setFilter("site_id", value)}
          />
          <FilterSelect
            placeholder="Currency"
            allLabel="All currencies"
            value={filters.currency_code}
            options={currencies.map((c) => ({ value: c, label: c.toUpperCase() }))}
            onChange={(value) => setFilter("currency_code", value)}
          />
          <div className="w-[150px]">
            <FormField label="Created from" htmlFor="commissions-from">
              <Input
                id="commissions-from"
                size="small"
                type="date"
                value={filters.from ?? ""}
                max={filters.to}
                onChange={(e) => setFilter("from", e.target.value || undefined)}
              />
            </FormField>
          </div>
          <div className="w-[150px]">
            <FormField label="Created to" htmlFor="commissions-to">
              <Input
                id="commissions-to"
                size="small"
                type="date"
                value={filters.to ?? ""}
                min={filters.from}
                onChange={(e) => setFilter("to", e.target.value || undefined)}
              />
            </FormField>
          </div>
          <div className="w-[200px]">
            <Input
              size="small"
              type="search"
              placeholder="Order id"
              aria-label="Order id"
              value={orderId}
              onChange={(e) => {
                setOrderId(e.target.value)
                pagination.reset()
              }}
            />
          </div>
          {filtered && data && (
            <Text size="small" className="text-ui-fg-subtle ml-auto">
              {data.count} {data.count === 1 ? "entry" : "entries"}
            </Text>
          )}
        </div>
        {datesBackwards ? (
          <div className="px-6 py-4">
            <Text size="small" className="text-ui-fg-error" role="alert">
              The start date is after the end date.
            </Text>
          </div>
        ) : (
          <CommissionTotalsTiles totals={data?.totals} />
        )}
        <PaginatedTable
          columns={columns}
          rows={data?.commissions}
          rowKey={(c) => c.id}
          isLoading={isLoading}
          error={error}
          onRowClick={drawer.show}
          pagination={pagination.table(data?.count)}
          emptyState={
            filtered ? (
              <EmptyState filtered title="No entries match" description="Try other filters." />
            ) : (
              <EmptyState
                title="No commissions yet"
                description="Entries appear when referred orders and registrations earn commissions, or when you add an adjustment."
              />
            )
          }
        />
      </Container>
      <CommissionDrawer commission={drawer.value} open={drawer.open} onOpenChange={drawer.onOpenChange} />
      <AdjustmentDrawer
        open={adjustmentOpen}
        onOpenChange={setAdjustmentOpen}
        affiliateId={filters.affiliate_id}
        defaultCurrency={filters.currency_code ?? currencies[0] ?? "eur"}
      />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Commissions",
  rank: 6,
})

export const handle = {
  breadcrumb: () => "Commissions",
}

export default CommissionsPage
