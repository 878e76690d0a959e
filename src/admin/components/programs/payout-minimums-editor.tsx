import { Plus, Trash } from "@medusajs/icons"
import { Button, IconButton, Input, Text } from "@medusajs/ui"

export type MinimumRow = { currency: string; amount: string }

export const toMinimumRows = (minimums: Record<string, number> | null | undefined): MinimumRow[] =>
  Object.entries(minimums ?? {}).map(([currency, amount]) => ({
    currency: currency.toUpperCase(),
    amount: String(amount),
  }))

/** Turns the rows back into `{ eur: 50 }`, or explains the first bad row. */
export function fromMinimumRows(
  rows: MinimumRow[]
): { value: Record<string, number> } | { error: string } {
  const value: Record<string, number> = {}
  for (const row of rows) {
    const currency = row.currency.trim().toLowerCase()
    if (!currency && !row.amount.trim()) {
      continue // an untouched blank row
    }
    if (!/^[a-z]{3}$/.test(currency)) {
      return { error: `"${row.currency}" is not a three-letter currency code` }
    }
    const amount = Number(row.amount)
    if (!row.amount.trim() || !Number.isFinite(amount) || amount < 0) {
      return { error: `Enter a minimum of zero or more for ${currency.toUpperCase()}` }
    }
    if (currency in value) {
      return { error: `${currency.toUpperCase()} is listed twice` }
    }
    value[currency] = amount
  }
  return { value }
}

type PayoutMinimumsEditorProps = {
  rows: MinimumRow[]
  onChange: (rows: MinimumRow[]) => void
}

/** One row per currency: the approved balance a partner needs before a payout is made. */
export const PayoutMinimumsEditor = ({ rows, onChange }: PayoutMinimumsEditorProps) => {
  const update = (index: number, patch: Partial<MinimumRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)))

  return (
    <div className="flex flex-col gap-y-2">
      {rows.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle">
          No minimums: every approved balance is paid out.
        </Text>
      )}
      {rows.map((row, index) => (
        <div key={index} className="grid grid-cols-[96px_1fr_auto] items-center gap-x-2">
          <Input
            aria-label="Currency"
            placeholder="EUR"
            maxLength={3}
            className="uppercase"
            value={row.currency}
            onChange={(e) => update(index, { currency: e.target.value })}
          />
          <Input
            aria-label="Minimum amount"
            type="number"
            min={0}
            step="any"
            placeholder="50"
            value={row.amount}
            onChange={(e) => update(index, { amount: e.target.value })}
          />
          <IconButton
            type="button"
            variant="transparent"
            aria-label="Remove currency"
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            <Trash />
          </IconButton>
        </div>
      ))}
      <div>
        <Button
          type="button"
          size="small"
          variant="secondary"
          onClick={() => onChange([...rows, { currency: "", amount: "" }])}
        >
          <Plus />
          Add currency
        </Button>
      </div>
    </div>
  )
}
