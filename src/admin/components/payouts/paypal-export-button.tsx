import { ArrowDownTray } from "@medusajs/icons"
import { Button } from "@medusajs/ui"
import { useState } from "react"
import { exportHref } from "../../hooks/use-pay"
import { withToast } from "../../lib/toast"

type PaypalExportButtonProps = { run_id: string; currency_code: string; label?: string }

/**
 * Downloads a run's PayPal Payouts upload file for one currency. Fetched
 * rather than linked, so that a refusal (a partner without a PayPal address)
 * shows as a message instead of a downloaded error.
 */
export const PaypalExportButton = ({ run_id, currency_code, label }: PaypalExportButtonProps) => {
  const [busy, setBusy] = useState(false)
  const download = () =>
    withToast(async () => {
      setBusy(true)
      try {
        const res = await fetch(exportHref("/admin/affiliate-payouts/export", { format: "paypal", run_id, currency_code }), { credentials: "include" })
        if (!res.ok) {
          const body = await res.json().catch(() => null)
          throw new Error(body?.message ?? `The PayPal file could not be made (HTTP ${res.status}).`)
        }
        const name = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? "paypal-payouts.csv"
        const url = URL.createObjectURL(await res.blob())
        const a = document.createElement("a")
        a.href = url
        a.download = name
        a.click()
        setTimeout(() => URL.revokeObjectURL(url), 1000)
        const leftOut = Number(res.headers.get("x-payouts-left-out") ?? 0)
        return leftOut ? `PayPal file downloaded; ${leftOut} payout(s) of partners paid another way are not in it.` : "PayPal file downloaded."
      } finally {
        setBusy(false)
      }
    })
  return (
    <Button size="small" variant="secondary" onClick={download} isLoading={busy} data-testid={`paypal-export-${currency_code}`}>
      <ArrowDownTray />
      {label ?? `PayPal file (${currency_code.toUpperCase()})`}
    </Button>
  )
}
