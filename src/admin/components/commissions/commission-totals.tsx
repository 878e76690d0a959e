import { Text } from "@medusajs/ui"
import { formatAmount } from "../../lib/money"
import type { CommissionTotals } from "../../lib/pay-types"

type TotalsProps = {
  totals: CommissionTotals[] | undefined
  /** What to say when the filter matches no entries. */
  emptyText?: string
}

/**
 * Balances per currency over the current filter: pending (in the hold),
 * approved (payable), in a payout, and paid. Figures come from the server;
 * nothing is added up here.
 */
export const CommissionTotalsTiles = ({ totals, emptyText = "No commissions match these filters." }: TotalsProps) => {
  if (!totals) {
    return null
  }
  if (totals.length === 0) {
    return (
      <div className="px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          {emptyText}
        </Text>
      </div>
    )
  }
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="commission-totals">
      {[...totals]
        .sort((a, b) => a.currency_code.localeCompare(b.currency_code))
        .map((t) => {
          const currency = t.currency_code
          const tiles = [
            { label: "Pending", value: t.pending, note: "In the hold period" },
            { label: "Approved", value: t.approved, note: "Ready for a payout" },
            ...(t.in_payout !== undefined ? [{ label: "In payout", value: t.in_payout, note: "In a draft or processing payout" }] : []),
            { label: "Paid", value: t.paid, note: "Settled" },
          ]
          return (
            <div key={currency} className="flex flex-col gap-y-2" data-testid={`totals-${currency}`}>
              <div className="flex items-baseline gap-x-2">
                <Text size="small" weight="plus" className="text-ui-fg-base">
                  {currency.toUpperCase()}
                </Text>
                <Text size="xsmall" className="text-ui-fg-muted">
                  Net total {formatAmount(t.total, currency)}
                  {t.entries !== undefined ? ` · ${t.entries} ${t.entries === 1 ? "entry" : "entries"}` : ""}
                </Text>
              </div>
              <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
                {tiles.map((tile) => (
                  <div key={tile.label} className="bg-ui-bg-subtle flex flex-col gap-y-1 rounded-lg border px-4 py-3">
                    <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
                      {tile.label}
                    </Text>
                    <Text
                      size="xlarge"
                      weight="plus"
                      className="text-ui-fg-base tabular-nums"
                      aria-label={`${tile.label} ${currency.toUpperCase()}: ${formatAmount(tile.value, currency)}`}
                    >
                      {formatAmount(tile.value, currency)}
                    </Text>
                    <Text size="xsmall" className="text-ui-fg-muted">
                      {tile.note}
                    </Text>
                  </div>
                ))}
              </div>
            </div>
          )
        })}
    </div>
  )
}
