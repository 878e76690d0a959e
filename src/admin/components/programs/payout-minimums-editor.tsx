import { AmountRow, CurrencyAmountsEditor, fromAmountRows, toAmountRows } from "../common/currency-amounts-editor"

export type MinimumRow = AmountRow

export const toMinimumRows = toAmountRows

/** Turns the rows back into `{ eur: 50 }`, or explains the first bad row. */
export const fromMinimumRows = (rows: MinimumRow[]) => fromAmountRows(rows, "Payout minimum")

/** One row per currency: the approved balance a partner needs before a payout is made. */
export const PayoutMinimumsEditor = ({ rows, onChange }: { rows: MinimumRow[]; onChange: (rows: MinimumRow[]) => void }) => (
  <CurrencyAmountsEditor
    rows={rows}
    onChange={onChange}
    amountLabel="Minimum amount"
    currencyLabel="Currency"
    emptyText="No minimums: every approved balance is paid out."
  />
)
