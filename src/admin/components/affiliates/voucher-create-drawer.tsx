import { toast } from "@medusajs/ui"
import { useDrawerForm } from "../../hooks/use-form-state"
import { useCreateVoucher } from "../../hooks/use-vouchers"
import { blankToUndefined, splitList } from "../../lib/format"
import { withToast } from "../../lib/toast"
import type { Affiliate, VoucherIncentive } from "../../lib/types"
import { FormDrawer } from "../common/form-drawer"
import { InputField, SelectField, SwitchField, TextareaField } from "../common/form-field"
import type { SelectOption } from "../common/option-select"

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
  const { form, set } = useDrawerForm(open, () => initialForm(referralId), [referralId])

  const referralOptions = (affiliate.referrals ?? []).map((r) => ({
    value: r.id,
    label: `${r.name} (${r.slug})`,
  }))

  const submit = async () => {
    const referral = form.referralId
    if (!referral) {
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
    return withToast(async () => {
      const { voucher } = await mutateAsync({
        referral_id: referral,
        code: form.code.trim(),
        aliases: aliases.length ? aliases : undefined,
        description: blankToUndefined(form.description),
        incentive: incentive.incentive,
      })
      return `Voucher ${voucher.code} created`
    })
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
      <SelectField
        id="voucher-referral"
        label="Referral"
        value={form.referralId}
        onChange={(v) => set("referralId", v)}
        options={referralOptions}
        placeholder="Select a referral"
      />
      <InputField
        id="voucher-code"
        label="Code"
        hint="Case-insensitive; must not be used by any other voucher."
        className="font-mono"
        value={form.code}
        placeholder="JANE10"
        onChange={(v) => set("code", v)}
      />
      <InputField
        id="voucher-aliases"
        label="Aliases"
        optional
        hint="Other codes for the same voucher, separated by commas."
        className="font-mono"
        value={form.aliases}
        placeholder="JANE-10, JANEPOD"
        onChange={(v) => set("aliases", v)}
      />
      <TextareaField
        id="voucher-description"
        label="Description"
        optional
        rows={2}
        value={form.description}
        onChange={(v) => set("description", v)}
      />
      <SwitchField
        id="voucher-incentive"
        label="Shopper incentive"
        description="Creates a Medusa promotion so the code also gives the shopper a discount."
        checked={form.withIncentive}
        onCheckedChange={(checked) => set("withIncentive", checked)}
      />
      {form.withIncentive && <IncentiveFields form={form} set={set} />}
    </FormDrawer>
  )
}

const INCENTIVE_TYPES: SelectOption<VoucherIncentive["type"]>[] = [
  { value: "percentage", label: "Percentage off" },
  { value: "fixed", label: "Fixed amount off" },
]

const IncentiveFields = ({
  form,
  set,
}: {
  form: Form
  set: <K extends keyof Form>(key: K, value: Form[K]) => void
}) => (
  <div className="flex flex-col gap-y-4 rounded-lg border p-4">
    <SelectField
      id="voucher-incentive-type"
      label="Discount type"
      value={form.incentiveType}
      onChange={(v) => set("incentiveType", v)}
      options={INCENTIVE_TYPES}
    />
    <div className="grid grid-cols-2 gap-x-4">
      <InputField
        id="voucher-incentive-value"
        label={form.incentiveType === "percentage" ? "Percentage" : "Amount"}
        type="number"
        min={0}
        max={form.incentiveType === "percentage" ? 100 : undefined}
        step="any"
        value={form.incentiveValue}
        placeholder={form.incentiveType === "percentage" ? "10" : "5.00"}
        onChange={(v) => set("incentiveValue", v)}
      />
      {form.incentiveType === "fixed" && (
        <InputField
          id="voucher-incentive-currency"
          label="Currency"
          value={form.currencyCode}
          maxLength={3}
          placeholder="EUR"
          className="uppercase"
          onChange={(v) => set("currencyCode", v)}
        />
      )}
    </div>
  </div>
)
