import { Alert, Text, toast } from "@medusajs/ui"
import { ruleProblems } from "../../../domain/pay/rules"
import { useDrawerForm } from "../../hooks/use-form-state"
import { useCreateRule, useUpdateRule } from "../../hooks/use-pay"
import { errorMessage } from "../../lib/format"
import { parsePercentage } from "../../lib/money"
import { dayEnd, dayStart, isDay, localDay, localDayBefore } from "../../lib/pay-dates"
import type { CommissionEvent, CommissionRule, RuleBasis, RuleInput, RuleScope, RuleType } from "../../lib/pay-types"
import { FormDrawer } from "../common/form-drawer"
import { FormField, InputField, SelectField } from "../common/form-field"
import {
  type AmountRow,
  CurrencyAmountsEditor,
  fromAmountRows,
  toAmountRows,
} from "../common/currency-amounts-editor"
import { useRuleTargets } from "./rule-targets"
import { BASIS_OPTIONS, EVENT_OPTIONS, SCOPE_OPTIONS } from "./rule-text"
import { fromTiersForm, TiersEditor, type TiersForm, toTiersForm } from "./tiers-editor"

type RuleFormDrawerProps = {
  programId: string
  /** The rule to edit; null creates one. */
  rule: CommissionRule | null
  open: boolean
  onOpenChange: (open: boolean) => void
}

type Form = {
  name: string
  scope: RuleScope
  targetId: string | undefined
  event: CommissionEvent
  type: RuleType
  percentage: string
  flat: AmountRow[]
  basis: RuleBasis
  tiers: TiersForm
  windowDays: string
  priority: string
  /** Local days; the rule runs from the start of `starts` to the end of `ends`. */
  starts: string
  ends: string
  serverError: string | null
}

const TYPE_OPTIONS: { value: RuleType; label: string }[] = [
  { value: "percentage", label: "Percentage of the order" },
  { value: "flat", label: "Flat amount" },
]

const formFrom = (rule: CommissionRule | null): Form => ({
  name: rule?.name ?? "",
  scope: rule?.scope ?? "program",
  targetId: rule ? rule.site_id ?? rule.affiliate_id ?? rule.referral_id ?? undefined : undefined,
  event: rule?.event ?? "order",
  type: rule?.type ?? "percentage",
  percentage: rule?.percentage != null ? String(rule.percentage) : "",
  flat: rule?.flat_amounts ? toAmountRows(rule.flat_amounts) : [{ currency: "EUR", amount: "" }],
  basis: rule?.basis ?? "item_subtotal",
  tiers: toTiersForm(rule?.tiers),
  windowDays: rule?.window_days ? String(rule.window_days) : "",
  priority: String(rule?.priority ?? 0),
  starts: localDay(rule?.starts_at),
  ends: localDayBefore(rule?.ends_at),
  serverError: null,
})

/** The currencies of the flat rows, for the tiers of a flat rule. */
const flatCurrencies = (rows: AmountRow[]) =>
  [...new Set(rows.map((r) => r.currency.trim().toLowerCase()).filter((c) => /^[a-z]{3}$/.test(c)))]

/** Validates the form and builds the request body, or returns the first problem. */
function toInput(form: Form, programId: string, creating: boolean): { body: RuleInput } | { error: string } {
  const name = form.name.trim()
  if (!name) {
    return { error: "Name the rule, e.g. Standard 10 %" }
  }
  if (form.scope !== "program" && !form.targetId) {
    return { error: `Choose the ${form.scope === "affiliate" ? "partner" : form.scope} this rule is for` }
  }
  let percentage: number | null = null
  let flat: Record<string, number> | null = null
  if (form.type === "percentage") {
    const parsed = parsePercentage(form.percentage)
    if ("error" in parsed) {
      return parsed
    }
    percentage = parsed.value
  } else {
    const parsed = fromAmountRows(form.flat, "Flat amount")
    if ("error" in parsed) {
      return parsed
    }
    if (!Object.keys(parsed.value).length) {
      return { error: "Enter the flat amount in at least one currency" }
    }
    flat = parsed.value
  }
  // Registrations are one-offs: no volume to tier by.
  const tiers = form.event === "registration" ? { value: null } : fromTiersForm(form.tiers, form.type, flatCurrencies(form.flat))
  if ("error" in tiers) {
    return tiers
  }
  let windowDays: number | null = null
  if (form.windowDays.trim()) {
    windowDays = Number(form.windowDays)
    if (!Number.isInteger(windowDays) || windowDays < 1 || windowDays > 3650) {
      return { error: "The window is a whole number of days from 1 to 3650, or empty for no limit" }
    }
  }
  const priority = Number(form.priority.trim() || "0")
  if (!Number.isInteger(priority) || priority < -1000 || priority > 1000) {
    return { error: "Priority is a whole number from -1000 to 1000" }
  }
  if ((form.starts && !isDay(form.starts)) || (form.ends && !isDay(form.ends))) {
    return { error: "Choose whole days for the start and the end, or leave them empty" }
  }
  const body: RuleInput = {
    ...(creating ? { program_id: programId } : {}),
    name,
    scope: form.scope,
    site_id: form.scope === "site" ? form.targetId! : null,
    affiliate_id: form.scope === "affiliate" ? form.targetId! : null,
    referral_id: form.scope === "referral" ? form.targetId! : null,
    event: form.event,
    type: form.type,
    percentage,
    flat_amounts: flat,
    basis: form.basis,
    tiers: tiers.value,
    window_days: windowDays,
    priority,
    starts_at: form.starts ? dayStart(form.starts) : null,
    ends_at: form.ends ? dayEnd(form.ends) : null,
  }
  // The same checks the server runs, so most mistakes are caught before a request.
  const [problem] = ruleProblems(body)
  return problem ? { error: problem } : { body }
}

/**
 * Creates or edits a commission rule. Changes apply to conversions from now
 * on; commissions already recorded keep the rule as it was (their snapshot).
 */
export const RuleFormDrawer = ({ programId, rule, open, onOpenChange }: RuleFormDrawerProps) => {
  const creating = !rule
  const create = useCreateRule()
  const update = useUpdateRule()
  const targets = useRuleTargets(programId)
  const { form, set, setForm } = useDrawerForm<Form>(open, () => formFrom(rule), [rule?.id])

  const submit = async () => {
    const result = toInput(form, programId, creating)
    if ("error" in result) {
      toast.error(result.error)
      return
    }
    try {
      if (rule) {
        await update.mutateAsync({ id: rule.id, ...result.body })
        toast.success(`Rule "${result.body.name}" saved`)
      } else {
        await create.mutateAsync(result.body)
        toast.success(`Rule "${result.body.name}" created`)
      }
      return true
    } catch (error) {
      const message = errorMessage(error)
      setForm((f) => ({ ...f, serverError: message }))
      toast.error(message)
      return false
    }
  }

  const registration = form.event === "registration"

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={creating ? "Create commission rule" : `Edit ${rule.name}`}
      description="What a partner earns for a conversion. The most specific active rule wins: referral, partner, site, then program; then the higher priority."
      submitLabel={creating ? "Create rule" : "Save"}
      isSubmitting={create.isPending || update.isPending}
      onSubmit={submit}
    >
      {form.serverError && <Alert variant="error">{form.serverError}</Alert>}
      {!creating && (
        <Alert variant="info">Changes apply from now on. Commissions already recorded keep the rule as it was.</Alert>
      )}
      <InputField id="rule-name" label="Name" placeholder="Standard 10 %" value={form.name} onChange={(v) => set("name", v)} />

      <div className="grid grid-cols-2 gap-x-4">
        <SelectField
          id="rule-scope"
          label="Applies to"
          value={form.scope}
          onChange={(scope) => setForm((f) => ({ ...f, scope, targetId: undefined }))}
          options={SCOPE_OPTIONS}
        />
        {form.scope !== "program" ? (
          <SelectField
            id="rule-target"
            label={form.scope === "affiliate" ? "Partner" : form.scope === "site" ? "Site" : "Referral"}
            value={form.targetId}
            onChange={(v) => set("targetId", v)}
            options={targets.options[form.scope]}
            placeholder={targets.isLoading ? "Loading..." : "Choose"}
          />
        ) : (
          <div />
        )}
      </div>

      <SelectField
        id="rule-event"
        label="Pays for"
        value={form.event}
        onChange={(event) =>
          // A sign-up has no amount to take a percentage of: bounties are flat.
          setForm((f) => ({ ...f, event, type: event === "registration" ? "flat" : f.type }))
        }
        options={EVENT_OPTIONS}
      />

      <SelectField
        id="rule-type"
        label="Commission"
        value={form.type}
        onChange={(v) => set("type", v)}
        options={registration ? TYPE_OPTIONS.filter((o) => o.value === "flat") : TYPE_OPTIONS}
      />
      {form.type === "percentage" ? (
        <div className="grid grid-cols-[140px_1fr] gap-x-4">
          <InputField
            id="rule-percentage"
            label="Percentage"
            inputMode="decimal"
            placeholder="10"
            hint="10 means 10 %."
            value={form.percentage}
            onChange={(v) => set("percentage", v)}
          />
          <SelectField id="rule-basis" label="Of the" value={form.basis} onChange={(v) => set("basis", v)} options={BASIS_OPTIONS} />
        </div>
      ) : (
        <FormField label="Flat amounts" hint="Per currency; a conversion in a currency not listed earns nothing under this rule.">
          <CurrencyAmountsEditor
            rows={form.flat}
            onChange={(rows) => set("flat", rows)}
            amountLabel="Flat amount"
            emptyText="No amounts yet."
          />
        </FormField>
      )}

      {!registration && (
        <TiersEditor value={form.tiers} onChange={(v) => set("tiers", v)} type={form.type} currencies={flatCurrencies(form.flat)} />
      )}

      <div className="grid grid-cols-2 gap-x-4">
        <InputField
          id="rule-window"
          label="Window (days)"
          optional
          type="number"
          min={1}
          step={1}
          placeholder="No limit"
          hint="Pays only for conversions within this many days after the customer was referred."
          value={form.windowDays}
          onChange={(v) => set("windowDays", v)}
        />
        <InputField
          id="rule-priority"
          label="Priority"
          type="number"
          step={1}
          hint="Among rules of the same scope, the higher wins."
          value={form.priority}
          onChange={(v) => set("priority", v)}
        />
      </div>
      <div className="grid grid-cols-2 gap-x-4">
        <InputField
          id="rule-starts"
          label="Starts"
          optional
          type="date"
          value={form.starts}
          max={form.ends || undefined}
          onChange={(v) => set("starts", v)}
        />
        <InputField
          id="rule-ends"
          label="Ends after"
          optional
          type="date"
          value={form.ends}
          min={form.starts || undefined}
          onChange={(v) => set("ends", v)}
        />
      </div>
      <Text size="xsmall" className="text-ui-fg-muted">
        Days are in your time zone: the rule runs from the start of the first day to the end of the last.
      </Text>
    </FormDrawer>
  )
}
