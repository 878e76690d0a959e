import { Plus, Trash } from "@medusajs/icons"
import { Button, IconButton, Input, Text } from "@medusajs/ui"
import { isCurrencyCode, parseAmount } from "../../lib/money"

export type AmountRow = { currency: string; amount: string }

export const toAmountRows = (amounts: Record<string, number> | null | undefined): AmountRow[] =>
  Object.entries(amounts ?? {}).map(([currency, amount]) => ({ currency: currency.toUpperCase(), amount: String(amount) }))

/** The rows as `{ eur: 5 }` (codes lower-case, as the API wants them), or the first problem. */
export function fromAmountRows(rows: AmountRow[], what: string): { value: Record<string, number> } | { error: string } {
  const value: Record<string, number> = {}
  for (const row of rows) {
    const currency = row.currency.trim().toLowerCase()
    if (!currency && !row.amount.trim()) {
      continue // an untouched blank row
    }
    if (!isCurrencyCode(currency)) {
      return { error: `${what}: "${row.currency}" is not a three-letter currency code` }
    }
    if (currency in value) {
      return { error: `${what}: ${currency.toUpperCase()} is listed twice` }
    }
    const amount = parseAmount(row.amount, currency, { allowZero: true })
    if ("error" in amount) {
      return { error: `${what} in ${currency.toUpperCase()}: ${amount.error}` }
    }
    value[currency] = amount.value
  }
  return { value }
}

type CurrencyAmountsEditorProps = {
  rows: AmountRow[]
  onChange: (rows: AmountRow[]) => void
  /** Accessible name of the amount inputs, e.g. "Flat amount". */
  amountLabel: string
  /** Accessible name of the currency inputs; "<amountLabel> currency" when left out. */
  currencyLabel?: string
  emptyText: string
}

/** One row per currency with its amount: a flat commission of €5 and $6, a payout minimum of €50. */
export const CurrencyAmountsEditor = ({ rows, onChange, amountLabel, currencyLabel, emptyText }: CurrencyAmountsEditorProps) => {
  const update = (index: number, patch: Partial<AmountRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)))

  return (
    <div className="flex flex-col gap-y-2">
      {rows.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle">
          {emptyText}
        </Text>
      )}
      {rows.map((row, index) => (
        <div key={index} className="grid grid-cols-[96px_1fr_auto] items-center gap-x-2">
          <Input
            aria-label={currencyLabel ?? `${amountLabel} currency`}
            placeholder="EUR"
            maxLength={3}
            className="uppercase"
            value={row.currency}
            onChange={(e) => update(index, { currency: e.target.value.toUpperCase() })}
          />
          <Input
            aria-label={amountLabel}
            inputMode="decimal"
            placeholder="5.00"
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
