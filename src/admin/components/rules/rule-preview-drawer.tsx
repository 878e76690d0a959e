import { Alert, Heading, Text, toast } from "@medusajs/ui"
import { useAffiliates } from "../../hooks/use-affiliates"
import { useDrawerForm } from "../../hooks/use-form-state"
import { usePreviewRule } from "../../hooks/use-pay"
import { useReferrals } from "../../hooks/use-referrals"
import { useSites } from "../../hooks/use-sites"
import { errorMessage } from "../../lib/format"
import { formatAmount, formatPercent, isCurrencyCode, parseAmount } from "../../lib/money"
import type { CommissionEvent, PreviewResponse } from "../../lib/pay-types"
import { ExplanationSteps, Facts } from "../commissions/commission-parts"
import { FormDrawer } from "../common/form-drawer"
import { InputField, SelectField } from "../common/form-field"
import { commissionText, EVENT_OPTIONS } from "./rule-text"

type RulePreviewDrawerProps = {
  programId: string
  open: boolean
  onOpenChange: (open: boolean) => void
}

type Form = {
  affiliateId: string | undefined
  referralId: string | undefined
  siteId: string | undefined
  event: CommissionEvent
  amount: string
  currency: string
  /** datetime-local; empty means now. */
  at: string
  result: PreviewResponse | null
  error: string | null
}

const EMPTY: Form = {
  affiliateId: undefined,
  referralId: undefined,
  siteId: undefined,
  event: "order",
  amount: "100",
  currency: "EUR",
  at: "",
  result: null,
  error: null,
}

/**
 * Tries the rules on an imagined conversion: which rule would pay, which
 * tier the partner's real volume reaches, and the arithmetic. Nothing is
 * stored.
 */
export const RulePreviewDrawer = ({ programId, open, onOpenChange }: RulePreviewDrawerProps) => {
  const preview = usePreviewRule()
  const { form, set, setForm } = useDrawerForm<Form>(open, () => EMPTY)
  const { data: affiliatesData, isLoading } = useAffiliates({ limit: 200, order: "name", program_id: programId })
  const { data: referralsData } = useReferrals({ limit: 200, affiliate_id: form.affiliateId })
  const { data: sitesData } = useSites({ limit: 100, program_id: programId })
  const order = form.event !== "registration"

  const submit = async () => {
    if (!form.affiliateId) {
      toast.error("Choose the partner to preview for")
      return
    }
    const currency = form.currency.trim().toLowerCase()
    let amount: number | undefined
    if (order) {
      if (!isCurrencyCode(currency)) {
        toast.error("Enter a three-letter currency code, e.g. EUR")
        return
      }
      const parsed = parseAmount(form.amount, currency, { allowZero: true })
      if ("error" in parsed) {
        toast.error(parsed.error)
        return
      }
      amount = parsed.value
    }
    const at = form.at ? new Date(form.at) : null
    if (at && isNaN(at.getTime())) {
      toast.error("Choose a valid date and time, or leave it empty for now")
      return
    }
    try {
      const result = await preview.mutateAsync({
        program_id: programId,
        affiliate_id: form.affiliateId,
        ...(form.referralId ? { referral_id: form.referralId } : {}),
        ...(form.siteId ? { site_id: form.siteId } : {}),
        event: form.event,
        ...(order ? { amount, currency_code: currency } : {}),
        ...(at ? { at: at.toISOString() } : {}),
      })
      setForm((f) => ({ ...f, result, error: null }))
    } catch (error) {
      const message = errorMessage(error)
      setForm((f) => ({ ...f, result: null, error: message }))
      toast.error(message)
    }
    // The drawer stays open with the result under the form.
    return false
  }

  const result = form.result

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Preview commission"
      description="What a conversion would earn under the current rules, with the partner's real volume for tiers. Nothing is recorded."
      submitLabel="Preview"
      isSubmitting={preview.isPending}
      onSubmit={submit}
    >
      <SelectField
        id="preview-affiliate"
        label="Partner"
        value={form.affiliateId}
        onChange={(v) => setForm((f) => ({ ...f, affiliateId: v, referralId: undefined }))}
        options={(affiliatesData?.affiliates ?? []).map((a) => ({ value: a.id, label: a.name }))}
        placeholder={isLoading ? "Loading partners..." : "Choose a partner"}
        disabled={isLoading}
      />
      <div className="grid grid-cols-2 gap-x-4">
        <SelectField
          id="preview-referral"
          label="Referral"
          optional
          value={form.referralId}
          onChange={(v) => set("referralId", v)}
          options={form.affiliateId ? (referralsData?.referrals ?? []).map((r) => ({ value: r.id, label: `${r.name} (${r.slug})` })) : []}
          placeholder="Any"
          noneLabel="Any"
          disabled={!form.affiliateId}
        />
        <SelectField
          id="preview-site"
          label="Site"
          optional
          value={form.siteId}
          onChange={(v) => set("siteId", v)}
          options={(sitesData?.sites ?? []).map((s) => ({ value: s.id, label: s.name }))}
          placeholder="No site"
          noneLabel="No site"
        />
      </div>
      <SelectField id="preview-event" label="Conversion" value={form.event} onChange={(v) => set("event", v)} options={EVENT_OPTIONS} />
      {order && (
        <div className="grid grid-cols-[1fr_120px] gap-x-4">
          <InputField
            id="preview-amount"
            label="Order amount"
            inputMode="decimal"
            hint="Items after discounts (the basis of most rules)."
            value={form.amount}
            onChange={(v) => set("amount", v)}
          />
          <InputField
            id="preview-currency"
            label="Currency"
            maxLength={3}
            className="uppercase"
            value={form.currency}
            onChange={(v) => set("currency", v.toUpperCase())}
          />
        </div>
      )}
      <InputField
        id="preview-at"
        label="Date"
        optional
        type="datetime-local"
        hint="Leave empty for now; a date tries rules that start or end later."
        value={form.at}
        onChange={(v) => set("at", v)}
      />

      {form.error && <Alert variant="error">{form.error}</Alert>}
      {result && (
        <div className="flex flex-col gap-y-4 border-t pt-4" data-testid="preview-result">
          <div className="flex flex-col gap-y-1">
            <Text size="small" weight="plus" className="text-ui-fg-subtle">
              Commission
            </Text>
            <Heading level="h2" data-testid="preview-amount">
              {result.commission ? formatAmount(result.commission.amount, result.commission.currency_code) : "No commission"}
            </Heading>
            <Text size="small" className="text-ui-fg-base" data-testid="preview-summary">
              {result.explanation.summary}
            </Text>
          </div>
          <Facts
            rows={[
              { label: "Rule", value: result.rule ? result.rule.name : null },
              { label: "Rule pays", value: result.rule ? commissionText(result.rule) : null },
              {
                label: "Basis",
                value:
                  result.commission?.basis_amount != null
                    ? formatAmount(result.commission.basis_amount, result.commission.currency_code)
                    : null,
              },
              { label: "Rate", value: result.commission?.rate != null ? formatPercent(result.commission.rate) : result.commission ? "Flat" : null },
            ]}
          />
          <ExplanationSteps explanation={result.explanation} testId="preview-steps" />
        </div>
      )}
    </FormDrawer>
  )
}
