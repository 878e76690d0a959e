import { Text } from "@medusajs/ui"
import { formatCount, formatRate, formatRevenue } from "../../lib/report-format"
import type { ReportFigures } from "../../lib/report-types"

/** The period's totals at a glance. */
export const FigureTiles = ({ totals }: { totals: ReportFigures | undefined }) => {
  const rejected = (totals?.rejected_registrations ?? 0) + (totals?.rejected_orders ?? 0)
  const tiles = [
    { label: "Clicks", value: formatCount(totals?.clicks), note: totals?.bot_clicks ? `${formatCount(totals.bot_clicks)} bot clicks left out` : undefined },
    { label: "Unique visits", value: formatCount(totals?.unique_clicks) },
    { label: "Registrations", value: formatCount(totals?.registrations) },
    { label: "Orders", value: formatCount(totals?.orders), note: rejected ? `${formatCount(rejected)} conversions not attributed` : undefined },
    { label: "Revenue", value: formatRevenue(totals?.revenue) },
    { label: "Conversion rate", value: formatRate(totals?.conversion_rate), note: "Orders per unique visit" },
  ]
  return (
    <div className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-3 xl:grid-cols-6" data-testid="report-totals">
      {tiles.map((tile) => (
        <div key={tile.label} className="bg-ui-bg-subtle flex flex-col gap-y-1 rounded-lg border px-4 py-3">
          <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
            {tile.label}
          </Text>
          <Text size="xlarge" weight="plus" className="text-ui-fg-base break-words" aria-label={`${tile.label}: ${tile.value}`}>
            {tile.value}
          </Text>
          {tile.note && (
            <Text size="xsmall" className="text-ui-fg-muted">
              {tile.note}
            </Text>
          )}
        </div>
      ))}
    </div>
  )
}
