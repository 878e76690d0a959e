import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useSearchParams } from "react-router-dom"
import { attributionColumns as col } from "../../../components/attributions/attribution-columns"
import { AttributionDrawer } from "../../../components/attributions/attribution-drawer"
import { FilterSelect } from "../../../components/common/filter-select"
import { TableSection } from "../../../components/common/table-section"
import { useAffiliates } from "../../../hooks/use-affiliates"
import { useDrawerState } from "../../../hooks/use-drawer-state"
import { usePagination } from "../../../hooks/use-pagination"
import { useAttributions } from "../../../hooks/use-reports"
import { useSites } from "../../../hooks/use-sites"
import type {
  Attribution,
  AttributionConversion,
  AttributionSource,
  AttributionStatus,
} from "../../../lib/report-types"

const STATUS_OPTIONS: { value: AttributionStatus; label: string }[] = [
  { value: "attributed", label: "Attributed" },
  { value: "rejected", label: "Rejected" },
]
const CONVERSION_OPTIONS: { value: AttributionConversion; label: string }[] = [
  { value: "order", label: "Orders" },
  { value: "registration", label: "Registrations" },
]
const SOURCE_OPTIONS: { value: AttributionSource; label: string }[] = [
  { value: "link", label: "Link" },
  { value: "code", label: "Code" },
  { value: "utm", label: "UTM" },
  { value: "registration", label: "Registration" },
  { value: "manual", label: "Manual" },
]

const columns = [
  col.date,
  col.conversion,
  col.status,
  col.partner,
  col.referral,
  col.site,
  col.source,
  col.amount,
  col.summary,
]

type Filters = {
  affiliate_id?: string
  site_id?: string
  status?: AttributionStatus
  conversion?: AttributionConversion
  source?: AttributionSource
}

/** Every registration and order credited to a partner, or refused, with the reason why. */
const AttributionsPage = () => {
  // A link from a partner's page opens the list filtered to that partner.
  const [searchParams] = useSearchParams()
  const pagination = usePagination()
  const [filters, setFilters] = useState<Filters>(() => ({
    affiliate_id: searchParams.get("affiliate_id") ?? undefined,
  }))
  const drawer = useDrawerState<Attribution | null>(null)
  const { data, isLoading, error } = useAttributions({ ...pagination.query, ...filters, order: "-attributed_at" })
  const { data: affiliatesData } = useAffiliates({ limit: 200, order: "name" })
  const { data: sitesData } = useSites({ limit: 100 })

  const setFilter = <K extends keyof Filters>(key: K, value: Filters[K]) => {
    setFilters((current) => ({ ...current, [key]: value }))
    pagination.reset()
  }
  const filtered = Object.values(filters).some(Boolean)

  return (
    <TableSection
      level="h1"
      title="Attributions"
      description="Registrations and orders credited to partners, and the ones refused, each with its explanation."
      toolbar={
        <>
          <FilterSelect
            placeholder="Partner"
            allLabel="All partners"
            value={filters.affiliate_id}
            options={(affiliatesData?.affiliates ?? []).map((a) => ({ value: a.id, label: a.name }))}
            onChange={(value) => setFilter("affiliate_id", value)}
          />
          <FilterSelect
            placeholder="Site"
            allLabel="All sites"
            value={filters.site_id}
            options={(sitesData?.sites ?? []).map((s) => ({ value: s.id, label: s.name }))}
            onChange={(value) => setFilter("site_id", value)}
          />
          <FilterSelect
            placeholder="Status"
            allLabel="All statuses"
            value={filters.status}
            options={STATUS_OPTIONS}
            onChange={(value) => setFilter("status", value)}
          />
          <FilterSelect
            placeholder="Conversion"
            allLabel="All conversions"
            value={filters.conversion}
            options={CONVERSION_OPTIONS}
            onChange={(value) => setFilter("conversion", value)}
          />
          <FilterSelect
            placeholder="Source"
            allLabel="All sources"
            value={filters.source}
            options={SOURCE_OPTIONS}
            onChange={(value) => setFilter("source", value)}
          />
          <div className="ml-auto flex items-center gap-x-3">
            {filtered && data && (
              <Text size="small" className="text-ui-fg-subtle">
                {data.count} {data.count === 1 ? "match" : "matches"}
              </Text>
            )}
            <Button size="small" variant="secondary" asChild>
              <Link to="/affiliates/reports">Reports</Link>
            </Button>
          </div>
        </>
      }
      columns={columns}
      rows={data?.attributions}
      rowKey={(a) => a.id}
      isLoading={isLoading}
      error={error}
      onRowClick={drawer.show}
      pagination={pagination.table(data?.count)}
      filtered={filtered}
      empty={{
        title: "No attributions yet",
        description: "Registrations and orders that came through partner links, codes or campaigns appear here.",
      }}
      emptyFiltered={{ title: "No attributions match", description: "Try other filters." }}
    >
      <AttributionDrawer attribution={drawer.value} open={drawer.open} onOpenChange={drawer.onOpenChange} />
    </TableSection>
  )
}

export const config = defineRouteConfig({
  label: "Attributions",
  rank: 5,
})

export const handle = {
  breadcrumb: () => "Attributions",
}

export default AttributionsPage
