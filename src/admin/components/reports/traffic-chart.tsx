import { Text } from "@medusajs/ui"
import { formatCount, formatDay } from "../../lib/report-format"
import type { ReportRow } from "../../lib/report-types"

/**
 * Clicks and unique visits per day as paired bars. Every day of the period
 * has a slot (the API sends quiet days as zeros), so gaps read as quiet days.
 */
export const TrafficChart = ({ rows }: { rows: ReportRow[] }) => {
  const max = Math.max(1, ...rows.map((r) => r.clicks))
  const height = (value: number) => (value ? `max(2px, ${(value / max) * 100}%)` : "0")
  const totalClicks = rows.reduce((sum, r) => sum + r.clicks, 0)
  const totalUnique = rows.reduce((sum, r) => sum + r.unique_clicks, 0)
  // A handful of date labels under the bars: first, last and a few between.
  const step = Math.max(1, Math.ceil(rows.length / 6))
  const last = rows.length - 1
  const labelled = new Set(rows.map((_, i) => i).filter((i) => i === last || (i % step === 0 && last - i >= step / 2)))

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="traffic-chart">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <Legend className="bg-ui-tag-blue-border" label={`Clicks (${formatCount(totalClicks)})`} />
        <Legend className="bg-ui-tag-blue-icon" label={`Unique visits (${formatCount(totalUnique)})`} />
        {totalClicks > 0 && (
          <Text size="xsmall" className="text-ui-fg-muted ml-auto">
            Peak {formatCount(max)} {max === 1 ? "click" : "clicks"} a day
          </Text>
        )}
      </div>
      <div
        className="border-ui-border-base flex h-44 items-end gap-x-px border-b"
        role="img"
        aria-label={`Clicks and unique visits per day: ${formatCount(totalClicks)} clicks, ${formatCount(totalUnique)} unique visits in ${rows.length} days`}
      >
        {rows.map((row) => (
          <div
            key={row.day ?? ""}
            className="hover:bg-ui-bg-base-hover flex h-full min-w-0 flex-1 items-end justify-center gap-x-px rounded-t-sm"
            title={`${formatDay(row.day ?? "")}: ${formatCount(row.clicks)} clicks, ${formatCount(row.unique_clicks)} unique visits, ${formatCount(row.orders)} orders`}
          >
            <div className="bg-ui-tag-blue-border w-[45%] max-w-[14px] rounded-t-sm" style={{ height: height(row.clicks) }} />
            <div className="bg-ui-tag-blue-icon w-[45%] max-w-[14px] rounded-t-sm" style={{ height: height(row.unique_clicks) }} />
          </div>
        ))}
      </div>
      <div className="flex gap-x-px" aria-hidden="true">
        {rows.map((row, i) => (
          <div key={row.day ?? i} className="min-w-0 flex-1 overflow-visible whitespace-nowrap text-center">
            {labelled.has(i) && (
              <Text size="xsmall" className="text-ui-fg-muted">
                {formatDay(row.day ?? "", "short")}
              </Text>
            )}
          </div>
        ))}
      </div>
    </div>
  )
}

const Legend = ({ className, label }: { className: string; label: string }) => (
  <span className="flex items-center gap-x-1.5">
    <span className={`inline-block size-2.5 rounded-sm ${className}`} />
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
  </span>
)
