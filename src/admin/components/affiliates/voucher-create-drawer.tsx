import { Input, Select, Switch, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useCreateVoucher } from "../../hooks/use-vouchers"
import { blankToUndefined, errorMessage, splitList } from "../../lib/format"
import type { Affiliate, VoucherIncentive } from "../../lib/types"
import { FormDrawer } from "../common/form-drawer"
import { FormField, SwitchField } from "../common/form-field"
import { OptionSelect } from "../common/option-select"

type VoucherCreateDrawerProps = {
  affiliate: Affiliate
  /** Preselects the referral when opened from a referral row. */
  referralId?: string
  open: boolean
  onOpenChange: (open: boolean) => void
}

type Form = {
  referralId: string | undefined
  code: string
  aliases: string
  description: string
  withIncentive: boolean
  incentiveType: VoucherIncentive["type"]
  incentiveValue: string
  currencyCode: string
}

const initialForm = (referralId?: string): Form => ({
  referralId,
  code: "",
  aliases: "",
  description: "",
  withIncentive: false,
  incentiveType: "percentage",
  incentiveValue: "",
  currencyCode: "",
})

/** Checks the incentive before sending; returns an error message or the incentive. */
function buildIncentive(form: Form): { error: string } | { incentive?: VoucherIncentive } {
  if (!form.withIncentive) {
    return {}
  }
  const value = Number(form.incentiveValue)
  if (!form.incentiveValue.trim() || !Number.isFinite(value) || value <= 0) {
    return { error: "Enter a discount value above zero" }
  }
  if (form.incentiveType === "percentage") {
    if (value > 100) {
      return { error: "A percentage discount cannot exceed 100" }
    }
    return { incentive: { type: "percentage", value } }
  }
  const currency = form.currencyCode.trim().toLowerCase()
  if (!/^[a-z]{3}$/.test(currency)) {
    return { error: "A fixed discount needs a three-letter currency code, e.g. EUR" }
  }
  return { incentive: { type: "fixed", value, currency_code: currency } }
}

export const VoucherCreateDrawer = ({
  affiliate,
  referralId,
  open,
  onOpenChange,
}: VoucherCreateDrawerProps) => {
  const { mutateAsync, isPending } = useCreateVoucher(affiliate.id)
  const [form, setForm] = useState<Form>(() => initialForm(referralId))
  const set = <K extends keyof Form>(key: K, value: Form[K]) =>
    setForm((f) => ({ ...f, [key]: value }))

  useEffect(() => {
    if (open) {
      setForm(initialForm(referralId))
    }
  }, [open, referralId])

  const referralOptions = (affiliate.referrals ?? []).map((r) => ({
    value: r.id,
    label: `${r.name} (${r.slug})`,
  }))

  const submit = async () => {
    if (!form.referralId) {
      toast.error("Choose the referral this voucher credits")
      return
    }
    if (!form.code.trim()) {
      toast.error("Code is required")
      return
    }
    const incentive = buildIncentive(form)
    if ("error" in incentive) {
      toast.error(incentive.error)
      return
    }
    const aliases = splitList(form.aliases)
    try {
      const { voucher } = await mutateAsync({
        referral_id: form.referralId,
        code: form.code.trim(),
        aliases: aliases.length ? aliases : undefined,
        description: blankToUndefined(form.description),
        incentive: incentive.incentive,
      })
      toast.success(`Voucher ${voucher.code} created`)
      onOpenChange(false)
    } catch (error) {
      toast.error(errorMessage(error))
    }
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Create voucher"
      description="A code shoppers type at checkout. Orders using it are credited to the referral."
      submitLabel="Create"
      isSubmitting={isPending}
      onSubmit={submit}
    >
      <FormField label="Referral" htmlFor="voucher-referral">
        <OptionSelect
          id="voucher-referral"
          value={form.referralId}
          onChange={(v) => set("referralId", v)}
          options={referralOptions}
          placeholder="Select a referral"
        />
      </FormField>
      <FormField label="Code" htmlFor="voucher-code" hint="Case-insensitive; must not be used by any other voucher.">
        <Input
          id="voucher-code"
          className="font-mono"
          value={form.code}
          placeholder="JANE10"
          onChange={(e) => set("code", e.target.value)}
        />
      </FormField>
      <FormField
        label="Aliases"
        htmlFor="voucher-aliases"
        optional
        hint="Other codes for the same voucher, separated by commas."
      >
        <Input
          id="voucher-aliases"
          className="font-mono"
          value={form.aliases}
          placeholder="JANE-10, JANEPOD"
          onChange={(e) => set("aliases", e.target.value)}
        />
      </FormField>
      <FormField label="Description" htmlFor="voucher-description" optional>
        <Textarea
          id="voucher-description"
          rows={2}
          value={form.description}
          onChange={(e) => set("description", e.target.value)}
        />
      </FormField>
      <SwitchField
        label="Shopper incentive"
        htmlFor="voucher-incentive"
        description="Creates a Medusa promotion so the code also gives the shopper a discount."
      >
        <Switch
          id="voucher-incentive"
          checked={form.withIncentive}
          onCheckedChange={(checked) => set("withIncentive", checked)}
        />
      </SwitchField>
      {form.withIncentive && <IncentiveFields form={form} set={set} />}
    </FormDrawer>
  )
}

const IncentiveFields = ({
  form,
  set,
}: {
  form: Form
  set: <K extends keyof Form>(key: K, value: Form[K]) => void
}) => (
  <div className="flex flex-col gap-y-4 rounded-lg border p-4">
    <FormField label="Discount type" htmlFor="voucher-incentive-type">
      <Select
        value={form.incentiveType}
        onValueChange={(v) => set("incentiveType", v as VoucherIncentive["type"])}
      >
        <Select.Trigger id="voucher-incentive-type">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value="percentage">Percentage off</Select.Item>
          <Select.Item value="fixed">Fixed amount off</Select.Item>
        </Select.Content>
      </Select>
    </FormField>
    <div className="grid grid-cols-2 gap-x-4">
      <FormField
        label={form.incentiveType === "percentage" ? "Percentage" : "Amount"}
        htmlFor="voucher-incentive-value"
      >
        <Input
          id="voucher-incentive-value"
          type="number"
          min={0}
          max={form.incentiveType === "percentage" ? 100 : undefined}
          step="any"
          value={form.incentiveValue}
          placeholder={form.incentiveType === "percentage" ? "10" : "5.00"}
          onChange={(e) => set("incentiveValue", e.target.value)}
        />
      </FormField>
      {form.incentiveType === "fixed" && (
        <FormField label="Currency" htmlFor="voucher-incentive-currency">
          <Input
            id="voucher-incentive-currency"
            value={form.currencyCode}
            maxLength={3}
            placeholder="EUR"
            className="uppercase"
            onChange={(e) => set("currencyCode", e.target.value)}
          />
        </FormField>
      )}
    </div>
  </div>
)
