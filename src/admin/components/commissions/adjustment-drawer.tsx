import { Alert, toast } from "@medusajs/ui"
import { useAffiliates } from "../../hooks/use-affiliates"
import { useDrawerForm } from "../../hooks/use-form-state"
import { useCreateAdjustment } from "../../hooks/use-pay"
import { useSites } from "../../hooks/use-sites"
import { errorMessage } from "../../lib/format"
import { formatAmount, isCurrencyCode, parseAmount } from "../../lib/money"
import { FormDrawer } from "../common/form-drawer"
import { InputField, SelectField, TextareaField } from "../common/form-field"

type AdjustmentDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Preselects a partner, e.g. when the ledger is filtered to one. */
  affiliateId?: string
  defaultCurrency?: string
}

type Form = {
  affiliateId: string | undefined
  amount: string
  currency: string
  siteId: string | undefined
  reason: string
  /** The server's answer to the last attempt, when it refused it. */
  serverError: string | null
}

/**
 * A manual credit (bonus, correction) or debit (a deduction) with its reason.
 * The server approves it at once and records who made it; the ledger is
 * append-only, so a wrong adjustment is undone by another one.
 */
export const AdjustmentDrawer = ({ open, onOpenChange, affiliateId, defaultCurrency = "eur" }: AdjustmentDrawerProps) => {
  const { mutateAsync, isPending } = useCreateAdjustment()
  const { data: affiliatesData, isLoading } = useAffiliates({ limit: 200, order: "name" })
  const { data: sitesData } = useSites({ limit: 100 })
  const { form, set, setForm } = useDrawerForm<Form>(
    open,
    () => ({
      affiliateId,
      amount: "",
      currency: defaultCurrency.toUpperCase(),
      siteId: undefined,
      reason: "",
      serverError: null,
    }),
    [affiliateId]
  )

  const submit = async () => {
    const currency = form.currency.trim().toLowerCase()
    const problem = !form.affiliateId
      ? "Choose the partner"
      : !isCurrencyCode(currency)
        ? "Enter a three-letter currency code, e.g. EUR"
        : !form.reason.trim()
          ? "Say why: the reason is shown to auditors and in the partner's ledger"
          : null
    if (problem) {
      toast.error(problem)
      return
    }
    const amount = parseAmount(form.amount, currency, { allowNegative: true })
    if ("error" in amount) {
      toast.error(amount.error)
      return
    }
    try {
      const { commission } = await mutateAsync({
        affiliate_id: form.affiliateId!,
        amount: amount.value,
        currency_code: currency,
        reason: form.reason.trim(),
        ...(form.siteId ? { site_id: form.siteId } : {}),
      })
      toast.success(
        `Adjustment of ${formatAmount(commission.amount, commission.currency_code, { signed: true })} for ${
          commission.affiliate?.name ?? "the partner"
        } recorded`
      )
      return true
    } catch (error) {
      const message = errorMessage(error)
      setForm((f) => ({ ...f, serverError: message }))
      toast.error(message)
      return false
    }
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Add adjustment"
      description="A manual credit or debit on a partner's balance, approved at once. It cannot be edited afterwards."
      submitLabel="Add adjustment"
      isSubmitting={isPending}
      onSubmit={submit}
    >
      {form.serverError && (
        <Alert variant="error" dismissible={false} data-testid="adjustment-error">
          {form.serverError}
        </Alert>
      )}
      <SelectField
        id="adjustment-affiliate"
        label="Partner"
        value={form.affiliateId}
        onChange={(v) => set("affiliateId", v)}
        options={(affiliatesData?.affiliates ?? []).map((a) => ({
          value: a.id,
          label: a.kind === "internal" ? `${a.name} (internal)` : a.name,
        }))}
        placeholder={isLoading ? "Loading partners..." : "Choose a partner"}
        disabled={isLoading}
      />
      <div className="grid grid-cols-[1fr_120px] gap-x-4">
        <InputField
          id="adjustment-amount"
          label="Amount"
          inputMode="decimal"
          placeholder="25.00"
          hint="Positive adds to the balance; negative (e.g. -10) deducts."
          value={form.amount}
          onChange={(v) => set("amount", v)}
        />
        <InputField
          id="adjustment-currency"
          label="Currency"
          maxLength={3}
          className="uppercase"
          value={form.currency}
          onChange={(v) => set("currency", v.toUpperCase())}
        />
      </div>
      <SelectField
        id="adjustment-site"
        label="Site"
        optional
        value={form.siteId}
        onChange={(v) => set("siteId", v)}
        options={(sitesData?.sites ?? []).map((s) => ({ value: s.id, label: s.name }))}
        placeholder="No site"
        noneLabel="No site"
      />
      <TextareaField
        id="adjustment-reason"
        label="Reason"
        hint="Required. Kept with the entry and shown in the explanation."
        rows={3}
        value={form.reason}
        onChange={(v) => set("reason", v)}
      />
    </FormDrawer>
  )
}
