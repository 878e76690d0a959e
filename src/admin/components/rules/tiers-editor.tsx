import { Plus, Trash } from "@medusajs/icons"
import { Button, IconButton, Input, Text } from "@medusajs/ui"
import { parseAmount, parsePercentage } from "../../lib/money"
import type { RuleType, TierMetric, TierPeriod, TierTable } from "../../lib/pay-types"
import { FormField, InputField, SelectField, SwitchField } from "../common/form-field"
import { METRIC_OPTIONS, PERIOD_OPTIONS } from "./rule-text"

export type TierRow = {
  threshold: string
  percentage: string
  /** Flat amounts by lower-case currency code (the rule's currencies). */
  amounts: Record<string, string>
}

export type TiersForm = {
  enabled: boolean
  metric: TierMetric
  period: TierPeriod
  periodDays: string
  rows: TierRow[]
}

export const toTiersForm = (tiers: TierTable | null | undefined): TiersForm => ({
  enabled: !!tiers?.tiers?.length,
  metric: tiers?.metric ?? "orders",
  period: tiers?.period ?? "calendar_month",
  periodDays: tiers?.period_days ? String(tiers.period_days) : "30",
  rows: (tiers?.tiers ?? []).map((tier) => ({
    threshold: String(tier.threshold),
    percentage: tier.percentage != null ? String(tier.percentage) : "",
    amounts: Object.fromEntries(Object.entries(tier.flat_amounts ?? {}).map(([c, a]) => [c.toLowerCase(), String(a)])),
  })),
})

/** The tier table for the API, null when tiers are off, or the first problem. */
export function fromTiersForm(
  form: TiersForm,
  type: RuleType,
  currencies: string[]
): { value: TierTable | null } | { error: string } {
  if (!form.enabled) {
    return { value: null }
  }
  const rows = form.rows.filter((row) => row.threshold.trim() || row.percentage.trim() || Object.values(row.amounts).some((a) => a.trim()))
  if (!rows.length) {
    return { error: "Add at least one tier, or turn volume tiers off" }
  }
  let periodDays: number | null = null
  if (form.period === "rolling_days") {
    periodDays = Number(form.periodDays)
    if (!Number.isInteger(periodDays) || periodDays < 1 || periodDays > 3650) {
      return { error: "Tiers over the last N days need a whole number of days from 1 to 3650" }
    }
  }
  const tiers: TierTable["tiers"] = []
  for (const [index, row] of rows.entries()) {
    const label = `Tier ${index + 1}`
    const threshold = Number(row.threshold.trim().replace(",", "."))
    if (!row.threshold.trim() || !Number.isFinite(threshold) || threshold < 0) {
      return { error: `${label}: enter a threshold of 0 or more` }
    }
    if (type === "percentage") {
      const percentage = parsePercentage(row.percentage)
      if ("error" in percentage) {
        return { error: `${label}: ${percentage.error}` }
      }
      tiers.push({ threshold, percentage: percentage.value })
    } else {
      const flat: Record<string, number> = {}
      for (const currency of currencies) {
        const text = row.amounts[currency] ?? ""
        if (!text.trim()) {
          continue
        }
        const amount = parseAmount(text, currency, { allowZero: true })
        if ("error" in amount) {
          return { error: `${label} in ${currency.toUpperCase()}: ${amount.error}` }
        }
        flat[currency] = amount.value
      }
      if (!Object.keys(flat).length) {
        return { error: `${label}: enter an amount in at least one currency` }
      }
      tiers.push({ threshold, flat_amounts: flat })
    }
  }
  if (new Set(tiers.map((t) => t.threshold)).size !== tiers.length) {
    return { error: "Two tiers have the same threshold" }
  }
  return {
    value: {
      metric: form.metric,
      period: form.period,
      ...(periodDays ? { period_days: periodDays } : {}),
      tiers: [...tiers].sort((a, b) => a.threshold - b.threshold),
    },
  }
}

type TiersEditorProps = {
  value: TiersForm
  onChange: (value: TiersForm) => void
  type: RuleType
  /** A flat rule's currencies: each tier names its amount in them. */
  currencies: string[]
}

/**
 * Volume tiers: once a partner's orders or revenue over a period reach a
 * threshold (this conversion included), the tier's rate replaces the rule's.
 */
export const TiersEditor = ({ value, onChange, type, currencies }: TiersEditorProps) => {
  const set = (patch: Partial<TiersForm>) => onChange({ ...value, ...patch })
  const updateRow = (index: number, patch: Partial<TierRow>) =>
    set({ rows: value.rows.map((row, i) => (i === index ? { ...row, ...patch } : row)) })

  return (
    <div className="flex flex-col gap-y-4 rounded-lg border px-4 py-3">
      <SwitchField
        id="rule-tiers-enabled"
        label="Volume tiers"
        description="Pay more once the partner reaches a volume in a period."
        checked={value.enabled}
        onCheckedChange={(enabled) =>
          set({ enabled, rows: enabled && !value.rows.length ? [{ threshold: "", percentage: "", amounts: {} }] : value.rows })
        }
      />
      {value.enabled && (
        <>
          <div className="grid grid-cols-2 gap-x-4">
            <SelectField
              id="rule-tiers-metric"
              label="Counted by"
              value={value.metric}
              onChange={(metric) => set({ metric })}
              options={METRIC_OPTIONS}
            />
            <SelectField
              id="rule-tiers-period"
              label="Period"
              value={value.period}
              onChange={(period) => set({ period })}
              options={PERIOD_OPTIONS}
            />
          </div>
          {value.period === "rolling_days" && (
            <InputField
              id="rule-tiers-period-days"
              label="Days in the period"
              type="number"
              min={1}
              max={3650}
              step={1}
              value={value.periodDays}
              onChange={(periodDays) => set({ periodDays })}
            />
          )}
          <FormField
            label="Tiers"
            hint={
              value.metric === "orders"
                ? "From this many orders in the period (the conversion itself included), the tier applies."
                : "From this much attributed revenue in the period (in the order's currency), the tier applies."
            }
          >
            <div className="flex flex-col gap-y-2" data-testid="tier-rows">
              {type === "flat" && currencies.length === 0 && (
                <Text size="small" className="text-ui-fg-subtle">
                  Add the rule's flat amounts first: each tier names its amount in the same currencies.
                </Text>
              )}
              {value.rows.map((row, index) => (
                <div key={index} className="flex flex-wrap items-center gap-2">
                  <Text size="small" className="text-ui-fg-subtle w-12">
                    Tier {index + 1}
                  </Text>
                  <div className="w-[110px]">
                    <Input
                      aria-label={`Tier ${index + 1} threshold`}
                      placeholder={value.metric === "orders" ? "10" : "1000"}
                      inputMode="decimal"
                      value={row.threshold}
                      onChange={(e) => updateRow(index, { threshold: e.target.value })}
                    />
                  </div>
                  <Text size="small" className="text-ui-fg-muted">
                    →
                  </Text>
                  {type === "percentage" ? (
                    <div className="flex items-center gap-x-1">
                      <div className="w-[90px]">
                        <Input
                          aria-label={`Tier ${index + 1} percentage`}
                          placeholder="15"
                          inputMode="decimal"
                          value={row.percentage}
                          onChange={(e) => updateRow(index, { percentage: e.target.value })}
                        />
                      </div>
                      <Text size="small" className="text-ui-fg-subtle">
                        %
                      </Text>
                    </div>
                  ) : (
                    currencies.map((currency) => (
                      <div key={currency} className="flex items-center gap-x-1">
                        <div className="w-[90px]">
                          <Input
                            aria-label={`Tier ${index + 1} amount ${currency.toUpperCase()}`}
                            placeholder="7.50"
                            inputMode="decimal"
                            value={row.amounts[currency] ?? ""}
                            onChange={(e) => updateRow(index, { amounts: { ...row.amounts, [currency]: e.target.value } })}
                          />
                        </div>
                        <Text size="small" className="text-ui-fg-subtle">
                          {currency.toUpperCase()}
                        </Text>
                      </div>
                    ))
                  )}
                  <IconButton
                    type="button"
                    variant="transparent"
                    aria-label={`Remove tier ${index + 1}`}
                    className="ml-auto"
                    onClick={() => set({ rows: value.rows.filter((_, i) => i !== index) })}
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
                  onClick={() => set({ rows: [...value.rows, { threshold: "", percentage: "", amounts: {} }] })}
                >
                  <Plus />
                  Add tier
                </Button>
              </div>
            </div>
          </FormField>
        </>
      )}
    </div>
  )
}
