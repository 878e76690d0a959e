import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Input, Text } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link } from "react-router-dom"
import { FilterSelect } from "../../../components/common/filter-select"
import { FormField } from "../../../components/common/form-field"
import { type Column, PaginatedTable } from "../../../components/common/paginated-table"
import { SectionHeader } from "../../../components/common/section-header"
import { EmptyState, ErrorState, LoadingRows } from "../../../components/common/states"
import { TableSection } from "../../../components/common/table-section"
import { byTraffic, figureColumns } from "../../../components/reports/figure-columns"
import { FigureTiles } from "../../../components/reports/figure-tiles"
import { TrafficChart } from "../../../components/reports/traffic-chart"
import { useAffiliates } from "../../../hooks/use-affiliates"
import { useAffiliateReport } from "../../../hooks/use-reports"
import { useSites } from "../../../hooks/use-sites"
import { isValidTimezone } from "../../../lib/format"
import {
  addDays,
  browserTimezone,
  formatDay,
  knownTimezones,
  todayIn,
} from "../../../lib/report-format"
import type { ReportQuery, ReportRow } from "../../../lib/report-types"

const DATE = /^\d{4}-\d{2}-\d{2}$/
const TIMEZONE_LIST_ID = "affiliate-report-timezones"

const dash = (value: string | null | undefined) => value || <span className="text-ui-fg-muted">-</span>

const dayColumns: Column<ReportRow>[] = [
  { key: "day", header: "Date", render: (r) => <span className="whitespace-nowrap">{formatDay(r.day ?? "")}</span> },
  ...figureColumns<ReportRow>(),
]

const referralColumns: Column<ReportRow>[] = [
  {
    key: "referral",
    header: "Referral",
    render: (r) =>
      r.referral ? (
        <div className="flex flex-col">
          <span className="text-ui-fg-base">{r.referral_name ?? r.referral}</span>
          {r.referral_slug && <span className="text-ui-fg-muted font-mono text-xs">{r.referral_slug}</span>}
        </div>
      ) : (
        <span className="text-ui-fg-muted">No referral (store campaigns)</span>
      ),
  },
  {
    key: "affiliate",
    header: "Partner",
    render: (r) =>
      r.affiliate ? (
        <Link to={`/affiliates/${r.affiliate}`} className="text-ui-fg-interactive hover:underline" onClick={(e) => e.stopPropagation()}>
          {r.affiliate_name ?? r.affiliate}
        </Link>
      ) : (
        dash(null)
      ),
  },
  ...figureColumns<ReportRow>(),
]

const campaignColumns: Column<ReportRow>[] = [
  { key: "source", header: "Source", render: (r) => dash(r.utm_source) },
  { key: "medium", header: "Medium", render: (r) => dash(r.utm_medium) },
  { key: "campaign", header: "Campaign", render: (r) => dash(r.utm_campaign) },
  ...figureColumns<ReportRow>(),
]

const siteColumns: Column<ReportRow>[] = [
  {
    key: "site",
    header: "Site",
    render: (r) =>
      r.site ? <span className="text-ui-fg-base">{r.site_name ?? r.site}</span> : <span className="text-ui-fg-muted">No site</span>,
  },
  { key: "domain", header: "Domain", render: (r) => dash(r.site_domain) },
  ...figureColumns<ReportRow>(),
]

const rowKey = (r: ReportRow) =>
  [r.day, r.site, r.affiliate, r.referral, r.utm_source, r.utm_medium, r.utm_campaign].map((v) => v ?? "").join("|")

/** Traffic, registrations and orders for a period, by day, referral, campaign and site. */
const ReportsPage = () => {
  const [timezoneText, setTimezoneText] = useState(browserTimezone)
  const [to, setTo] = useState(() => todayIn(browserTimezone()))
  const [from, setFrom] = useState(() => addDays(todayIn(browserTimezone()), -29))
  const [siteId, setSiteId] = useState<string>()
  const [affiliateId, setAffiliateId] = useState<string>()
  const { data: sitesData } = useSites({ limit: 100 })
  const { data: affiliatesData } = useAffiliates({ limit: 200, order: "name" })
  const timezones = useMemo(knownTimezones, [])

  const timezone = timezoneText.trim()
  const timezoneOk = isValidTimezone(timezone) && timezone.length > 0
  const datesOk = DATE.test(from) && DATE.test(to)
  const problem = !timezoneOk
    ? "Enter an IANA time zone such as Europe/Berlin."
    : !datesOk
      ? "Choose a start and an end date."
      : from > to
        ? "The start date is after the end date."
        : undefined
  const ready = !problem

  const base: ReportQuery = { from, to, timezone, site_id: siteId, affiliate_id: affiliateId }
  const daily = useAffiliateReport({ ...base, by: "day" }, ready)
  const referrals = useAffiliateReport({ ...base, by: "affiliate,referral" }, ready)
  const campaigns = useAffiliateReport({ ...base, by: "utm_source,utm_medium,utm_campaign" }, ready)
  const sites = useAffiliateReport({ ...base, by: "site" }, ready)

  const resetRange = (days: number) => {
    const today = todayIn(timezoneOk ? timezone : "UTC")
    setTo(today)
    setFrom(addDays(today, -(days - 1)))
  }

  const activeDays = daily.data?.rows.filter((r) => r.clicks || r.bot_clicks || r.registrations || r.orders || r.rejected_orders || r.rejected_registrations)
  const filtered = !!siteId || !!affiliateId

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <SectionHeader
          level="h1"
          title="Reports"
          description="Clicks, registrations and orders from partner links, codes and campaigns."
          actions={
            <Button size="small" variant="secondary" asChild>
              <Link to="/affiliates/attributions">View attributions</Link>
            </Button>
          }
        />
        <div className="flex flex-wrap items-end gap-3 px-6 py-4">
          <div className="w-[160px]">
            <FormField label="From" htmlFor="report-from">
              <Input id="report-from" size="small" type="date" value={from} max={to} onChange={(e) => setFrom(e.target.value)} />
            </FormField>
          </div>
          <div className="w-[160px]">
            <FormField label="To" htmlFor="report-to">
              <Input id="report-to" size="small" type="date" value={to} min={from} onChange={(e) => setTo(e.target.value)} />
            </FormField>
          </div>
          <div className="w-[220px]">
            <FormField label="Time zone" htmlFor="report-timezone">
              <Input
                id="report-timezone"
                size="small"
                list={TIMEZONE_LIST_ID}
                value={timezoneText}
                aria-invalid={!timezoneOk}
                onChange={(e) => setTimezoneText(e.target.value)}
              />
            </FormField>
            <datalist id={TIMEZONE_LIST_ID}>
              {timezones.map((tz) => (
                <option key={tz} value={tz} />
              ))}
            </datalist>
          </div>
          <div className="flex items-center gap-x-1 pb-0.5">
            <Button size="small" variant="transparent" onClick={() => resetRange(7)}>
              7 days
            </Button>
            <Button size="small" variant="transparent" onClick={() => resetRange(30)}>
              30 days
            </Button>
            <Button size="small" variant="transparent" onClick={() => resetRange(90)}>
              90 days
            </Button>
          </div>
          <div className="flex items-center gap-2 pb-0.5">
            <FilterSelect
              placeholder="Site"
              allLabel="All sites"
              value={siteId}
              options={(sitesData?.sites ?? []).map((s) => ({ value: s.id, label: s.name }))}
              onChange={setSiteId}
            />
            <FilterSelect
              placeholder="Partner"
              allLabel="All partners"
              value={affiliateId}
              options={(affiliatesData?.affiliates ?? []).map((a) => ({ value: a.id, label: a.name }))}
              onChange={setAffiliateId}
            />
          </div>
        </div>
        {problem ? (
          <div className="px-6 py-4">
            <Text size="small" className="text-ui-fg-error" role="alert">
              {problem}
            </Text>
          </div>
        ) : daily.error ? (
          <ErrorState error={daily.error} />
        ) : (
          <>
            <FigureTiles totals={daily.data?.totals} />
            {daily.data && (
              <div className="px-6 py-3">
                <Text size="xsmall" className="text-ui-fg-muted">
                  {formatDay(daily.data.from)} to {formatDay(daily.data.to)}, days in {daily.data.timezone}
                  {filtered ? ", filtered" : ""}. Revenue is the total of attributed orders.
                </Text>
              </div>
            )}
          </>
        )}
      </Container>

      {ready && (
        <>
          <Container className="divide-y p-0">
            <SectionHeader title="Traffic by day" description="Clicks on partner links and tagged landings; bots are left out." />
            {daily.isLoading && !daily.data ? (
              <LoadingRows rows={4} />
            ) : daily.error ? (
              <ErrorState error={daily.error} />
            ) : daily.data ? (
              <>
                <TrafficChart rows={daily.data.rows} />
                {activeDays && activeDays.length > 0 ? (
                  // Days with any activity, newest first; the chart shows every day.
                  <PaginatedTable columns={dayColumns} rows={[...activeDays].reverse()} rowKey={rowKey} emptyState={null} />
                ) : (
                  <EmptyState title="No traffic in this period" description="Clicks and conversions show here as they happen." />
                )}
              </>
            ) : null}
          </Container>

          <TableSection
            title="By referral"
            description="Each partner channel with its link and code traffic."
            columns={referralColumns}
            rows={byTraffic(referrals.data?.rows)}
            rowKey={rowKey}
            isLoading={referrals.isLoading}
            error={referrals.error}
            empty={{ title: "No referral traffic in this period" }}
          />
          <TableSection
            title="Campaigns"
            description="UTM source, medium and campaign of each visit and conversion."
            columns={campaignColumns}
            rows={byTraffic(campaigns.data?.rows)}
            rowKey={rowKey}
            isLoading={campaigns.isLoading}
            error={campaigns.error}
            empty={{ title: "No campaign traffic in this period" }}
          />
          <TableSection
            title="Sites"
            description="Traffic and conversions per storefront."
            columns={siteColumns}
            rows={byTraffic(sites.data?.rows)}
            rowKey={rowKey}
            isLoading={sites.isLoading}
            error={sites.error}
            empty={{ title: "No site traffic in this period" }}
          />
        </>
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Reports",
  rank: 4,
})

export const handle = {
  breadcrumb: () => "Affiliate reports",
}

export default ReportsPage
