import { Alert, Button, Checkbox, Input, Label, Text, toast } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link } from "react-router-dom"
import { useAffiliates } from "../../hooks/use-affiliates"
import { useDrawerForm } from "../../hooks/use-form-state"
import { exportHref, useCreatePayoutRun } from "../../hooks/use-pay"
import { formatAmount, isCurrencyCode } from "../../lib/money"
import { dayEnd, isDay } from "../../lib/pay-dates"
import type { PayoutRunResponse } from "../../lib/pay-types"
import { withToast } from "../../lib/toast"
import { FormDrawer } from "../common/form-drawer"
import { FormField, InputField } from "../common/form-field"
import { ProgramField } from "../common/program-select"
import { PaypalExportButton } from "./paypal-export-button"

type PayoutRunDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
}

type Form = {
  programId: string | undefined
  affiliateIds: string[]
  cutoff: string
  currency: string
  /** Set once the run exists: the drawer then shows what it created. */
  result: PayoutRunResponse | null
}

const EMPTY: Form = { programId: undefined, affiliateIds: [], cutoff: "", currency: "", result: null }

/**
 * Starts a payout run: one draft payout per partner and currency whose
 * approved balance reaches the program's minimum. Optional limits: some
 * partners only, commissions created up to a day, one currency.
 */
export const PayoutRunDrawer = ({ open, onOpenChange }: PayoutRunDrawerProps) => {
  const { mutateAsync, isPending } = useCreatePayoutRun()
  const { form, set } = useDrawerForm<Form>(open, () => EMPTY)

  const submit = async () => {
    const currency = form.currency.trim().toLowerCase()
    if (currency && !isCurrencyCode(currency)) {
      toast.error("Enter a three-letter currency code, e.g. EUR, or leave it empty for all")
      return
    }
    if (form.cutoff && !isDay(form.cutoff)) {
      toast.error("Choose a cut-off day, or leave it empty")
      return
    }
    await withToast(async () => {
      const result = await mutateAsync({
        ...(form.programId ? { program_id: form.programId } : {}),
        ...(form.affiliateIds.length ? { affiliate_ids: form.affiliateIds } : {}),
        ...(form.cutoff ? { cutoff: dayEnd(form.cutoff) } : {}),
        ...(currency ? { currency_code: currency } : {}),
      })
      set("result", result)
      return result.count === 0
        ? "No partner is owed a payout"
        : `${result.count} ${result.count === 1 ? "payout" : "payouts"} created`
    })
  }

  if (form.result) {
    return (
      <FormDrawer
        open={open}
        onOpenChange={onOpenChange}
        title="Payout run created"
        description={`Run ${form.result.run_id}`}
        onSubmit={() => true}
        close={{ label: "Done" }}
      >
        <RunResult result={form.result} onNavigate={() => onOpenChange(false)} />
      </FormDrawer>
    )
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Create payout run"
      description="Draft payouts for every partner owed at least the program's minimum, from approved commissions not in a payout yet."
      submitLabel="Create payouts"
      isSubmitting={isPending}
      onSubmit={submit}
    >
      <ProgramField id="payout-run-program" value={form.programId} onChange={(v) => set("programId", v)} />
      <AffiliatePicker programId={form.programId} value={form.affiliateIds} onChange={(ids) => set("affiliateIds", ids)} />
      <InputField
        id="payout-run-cutoff"
        label="Cut-off day"
        optional
        type="date"
        hint="Only commissions created up to the end of this day (your time zone)."
        value={form.cutoff}
        onChange={(v) => set("cutoff", v)}
      />
      <InputField
        id="payout-run-currency"
        label="Currency"
        optional
        maxLength={3}
        className={form.currency ? "uppercase" : undefined}
        placeholder="All currencies"
        value={form.currency}
        onChange={(v) => set("currency", v.toUpperCase())}
      />
    </FormDrawer>
  )
}

/** Some partners of the program, ticked from a searchable list; none ticked means everyone. */
const AffiliatePicker = ({
  programId,
  value,
  onChange,
}: {
  programId: string | undefined
  value: string[]
  onChange: (ids: string[]) => void
}) => {
  const [search, setSearch] = useState("")
  const { data, isLoading } = useAffiliates({ limit: 200, order: "name", status: "active", program_id: programId })
  const affiliates = useMemo(() => {
    const needle = search.trim().toLowerCase()
    return (data?.affiliates ?? []).filter(
      (a) => a.kind === "external" && (!needle || `${a.name} ${a.email ?? ""}`.toLowerCase().includes(needle))
    )
  }, [data, search])
  const toggle = (id: string, checked: boolean) =>
    onChange(checked ? [...value, id] : value.filter((v) => v !== id))

  return (
    <FormField
      label="Partners"
      optional
      hint={value.length ? `${value.length} selected. Only they are paid in this run.` : "None selected: every partner owed a payout."}
    >
      <div className="flex flex-col gap-y-2">
        <Input size="small" type="search" placeholder="Search partners" aria-label="Search partners" value={search} onChange={(e) => setSearch(e.target.value)} />
        <div className="max-h-[200px] overflow-y-auto rounded-lg border" data-testid="payout-run-partners">
          {isLoading ? (
            <Text size="small" className="text-ui-fg-subtle px-3 py-2">
              Loading partners...
            </Text>
          ) : affiliates.length === 0 ? (
            <Text size="small" className="text-ui-fg-subtle px-3 py-2">
              No active external partners{search ? " match" : ""}.
            </Text>
          ) : (
            affiliates.map((a) => {
              const id = `payout-run-partner-${a.id}`
              return (
                <div key={a.id} className="flex items-center gap-x-2 border-b px-3 py-2 last:border-b-0">
                  <Checkbox id={id} checked={value.includes(a.id)} onCheckedChange={(checked) => toggle(a.id, checked === true)} />
                  <Label htmlFor={id} size="small" className="flex-1 cursor-pointer">
                    {a.name}
                    {a.email && <span className="text-ui-fg-muted"> · {a.email}</span>}
                  </Label>
                </div>
              )
            })
          )}
        </div>
      </div>
    </FormField>
  )
}

const RunResult = ({ result, onNavigate }: { result: PayoutRunResponse; onNavigate: () => void }) => (
  <div className="flex flex-col gap-y-4" data-testid="payout-run-result">
    {result.count === 0 ? (
      <Alert variant="info">
        No payouts were created: no partner has an approved balance at or above the program minimum that is not in a payout yet.
      </Alert>
    ) : (
      <Alert variant="success">
        {result.count} {result.count === 1 ? "payout was" : "payouts were"} created as drafts. Export them for your bank or
        PayPal, then mark each one paid with its payment reference.
      </Alert>
    )}
    {result.payouts.length > 0 && (
      <ul className="flex flex-col divide-y rounded-lg border">
        {result.payouts.map((p) => (
          <li key={p.id} className="flex items-center gap-x-3 px-3 py-2">
            <Link to={`/affiliates/payouts/${p.id}`} onClick={onNavigate} className="text-ui-fg-interactive txt-small flex-1 hover:underline">
              {p.affiliate?.name ?? p.affiliate_id}
            </Link>
            <Text size="small" className="text-ui-fg-subtle">
              {p.item_count} {p.item_count === 1 ? "commission" : "commissions"}
            </Text>
            <Text size="small" weight="plus" className="tabular-nums">
              {formatAmount(p.amount, p.currency_code)}
            </Text>
          </li>
        ))}
      </ul>
    )}
    {result.count > 0 && (
      <div className="flex flex-wrap gap-2">
        <Button size="small" variant="secondary" asChild>
          <a href={exportHref("/admin/affiliate-payouts/export", { run_id: result.run_id })} download>
            Export this run (CSV)
          </a>
        </Button>
        {[...new Set(result.payouts.filter((p) => p.destination?.payout_method === "paypal").map((p) => p.currency_code))].map((currency) => (
          <PaypalExportButton key={currency} run_id={result.run_id} currency_code={currency} />
        ))}
        <Button size="small" variant="transparent" asChild>
          <Link to={`/affiliates/payouts?run_id=${encodeURIComponent(result.run_id)}`} onClick={onNavigate}>
            Show this run
          </Link>
        </Button>
      </div>
    )}
  </div>
)
