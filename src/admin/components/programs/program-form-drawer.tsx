import { toast } from "@medusajs/ui"
import { useDrawerForm } from "../../hooks/use-form-state"
import { useCreateProgram, useUpdateProgram } from "../../hooks/use-programs"
import { blankToNull, isValidTimezone } from "../../lib/format"
import { withToast } from "../../lib/toast"
import type { AttributionModel, Program, ProgramInput, RegistrationMode } from "../../lib/types"
import { FormDrawer } from "../common/form-drawer"
import { FormField, InputField, SelectField, SwitchField, TextareaField } from "../common/form-field"
import type { SelectOption } from "../common/option-select"
import {
  fromMinimumRows,
  type MinimumRow,
  PayoutMinimumsEditor,
  toMinimumRows,
} from "./payout-minimums-editor"

type ProgramFormDrawerProps = {
  /** The program to edit; null creates a new one. */
  program: Program | null
  open: boolean
  onOpenChange: (open: boolean) => void
}

type Form = {
  name: string
  handle: string
  description: string
  registration_mode: RegistrationMode
  auto_approve: boolean
  agreement_text: string
  agreement_version: string
  attribution_model: AttributionModel
  attribution_window_days: string
  attribution_precedence: string
  hold_days: string
  registration_bounty_release: "first_order" | "review"
  registration_daily_cap_per_ip: string
  registration_daily_cap_per_partner: string
  code_requests: "auto" | "review"
  auto_code_for_new_partners: boolean
  payout_minimums: MinimumRow[]
  timezone: string
  /** While creating, the handle follows the name until the user types their own. */
  handleTouched: boolean
}

const capText = (cap: number | null | undefined) => (cap === null || cap === undefined ? "" : String(cap))

/** A daily cap: blank for none, else a whole number. */
const dailyCap = (value: string, label: string): { cap: number | null } | { error: string } => {
  if (value.trim() === "") return { cap: null }
  const cap = Number(value)
  return Number.isInteger(cap) && cap >= 0 ? { cap } : { error: `${label} must be a whole number, or blank for no cap` }
}

const CODE_REQUEST_MODES: SelectOption<"auto" | "review">[] = [
  { value: "review", label: "An operator reviews each request" },
  { value: "auto", label: "Granted at once when the code is free" },
]

const BOUNTY_RELEASES: SelectOption<"first_order" | "review">[] = [
  { value: "first_order", label: "At the customer's first order" },
  { value: "review", label: "When an operator releases it" },
]

const formFrom = (program: Program | null): Form => ({
  name: program?.name ?? "",
  handle: program?.handle ?? "",
  description: program?.description ?? "",
  registration_mode: program?.registration_mode ?? "open",
  auto_approve: program?.auto_approve ?? false,
  agreement_text: program?.agreement_text ?? "",
  agreement_version: program?.agreement_version ?? "",
  attribution_model: program?.attribution_model ?? "last_touch",
  attribution_window_days: String(program?.attribution_window_days ?? 30),
  attribution_precedence: (program?.attribution_precedence ?? ["code", "click", "registration"]).join(","),
  hold_days: String(program?.hold_days ?? 30),
  registration_bounty_release: program?.registration_bounty_release ?? "first_order",
  registration_daily_cap_per_ip: capText(program ? program.registration_daily_cap_per_ip : 3),
  registration_daily_cap_per_partner: capText(program ? program.registration_daily_cap_per_partner : 50),
  code_requests: program?.code_requests ?? "review",
  auto_code_for_new_partners: program?.auto_code_for_new_partners ?? false,
  payout_minimums: toMinimumRows(program?.payout_minimums),
  timezone: program?.timezone ?? "UTC",
  handleTouched: false,
})

const TOUCH_LABELS: Record<string, string> = { code: "code at checkout", click: "link click", registration: "signup" }
const PRECEDENCE_OPTIONS: SelectOption<string>[] = [
  ["code", "click", "registration"],
  ["click", "code", "registration"],
  ["code", "registration", "click"],
  ["click", "registration", "code"],
  ["registration", "code", "click"],
  ["registration", "click", "code"],
].map((kinds, i) => ({
  value: kinds.join(","),
  label: kinds.map((k) => TOUCH_LABELS[k]).join(" > ") + (i === 0 ? " (default)" : ""),
}))

const REGISTRATION_MODES: SelectOption<RegistrationMode>[] = [
  { value: "open", label: "Open: anyone may apply" },
  { value: "invite", label: "Invite only" },
  { value: "closed", label: "Closed: no new partners" },
]

const ATTRIBUTION_MODELS: SelectOption<AttributionModel>[] = [
  { value: "last_touch", label: "Last touch" },
  { value: "first_touch", label: "First touch" },
]

const wholeDays = (
  value: string,
  label: string,
  min: number
): { days: number } | { error: string } => {
  const days = Number(value)
  return value.trim() !== "" && Number.isInteger(days) && days >= min && days <= 365
    ? { days }
    : { error: `${label} must be a whole number of days from ${min} to 365` }
}

const HANDLE_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/

/** "Summer Creators 2025" -> "summer-creators-2025", the handle the server expects. */
export const toHandle = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 63)

/** Validates the form and builds the request body, or returns the first problem. */
function toInput(form: Form, creating: boolean): { body: ProgramInput } | { error: string } {
  if (!form.name.trim()) {
    return { error: "Name is required" }
  }
  const handle = form.handle.trim()
  if (creating && !HANDLE_PATTERN.test(handle)) {
    return { error: "The handle uses lower-case letters, digits and hyphens, e.g. summer-creators" }
  }
  const window = wholeDays(form.attribution_window_days, "Attribution window", 1)
  if ("error" in window) {
    return window
  }
  const hold = wholeDays(form.hold_days, "Hold period", 0)
  if ("error" in hold) {
    return hold
  }
  const perIp = dailyCap(form.registration_daily_cap_per_ip, "Registrations a day per network address")
  if ("error" in perIp) {
    return perIp
  }
  const perPartner = dailyCap(form.registration_daily_cap_per_partner, "Registrations a day per partner")
  if ("error" in perPartner) {
    return perPartner
  }
  const minimums = fromMinimumRows(form.payout_minimums)
  if ("error" in minimums) {
    return minimums
  }
  const timezone = form.timezone.trim() || "UTC"
  if (!isValidTimezone(timezone)) {
    return { error: `"${timezone}" is not a known timezone (use e.g. Europe/Berlin)` }
  }
  return {
    body: {
      name: form.name.trim(),
      // The handle identifies the program in portal URLs: set once, never edited.
      ...(creating ? { handle } : {}),
      description: blankToNull(form.description),
      registration_mode: form.registration_mode,
      auto_approve: form.auto_approve,
      agreement_text: blankToNull(form.agreement_text),
      agreement_version: blankToNull(form.agreement_version),
      attribution_model: form.attribution_model,
      attribution_window_days: window.days,
      attribution_precedence: form.attribution_precedence.split(",") as ("code" | "click" | "registration")[],
      hold_days: hold.days,
      registration_bounty_release: form.registration_bounty_release,
      registration_daily_cap_per_ip: perIp.cap,
      registration_daily_cap_per_partner: perPartner.cap,
      code_requests: form.code_requests,
      auto_code_for_new_partners: form.auto_code_for_new_partners,
      payout_minimums: minimums.value,
      timezone,
    },
  }
}

export const ProgramFormDrawer = ({ program, open, onOpenChange }: ProgramFormDrawerProps) => {
  const creating = !program
  const create = useCreateProgram()
  const update = useUpdateProgram()
  const { form, set, setForm } = useDrawerForm(open, () => formFrom(program), [program?.id])
  const setName = (name: string) =>
    setForm((f) => ({ ...f, name, handle: creating && !f.handleTouched ? toHandle(name) : f.handle }))

  const submit = async () => {
    const result = toInput(form, creating)
    if ("error" in result) {
      toast.error(result.error)
      return
    }
    return withToast(async () => {
      if (program) {
        await update.mutateAsync({ id: program.id, ...result.body })
        return `Program "${result.body.name}" saved`
      }
      await create.mutateAsync(result.body)
      return `Program "${result.body.name}" created`
    })
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={creating ? "Create program" : `Edit ${program.name}`}
      description="Who may join, on what terms, and how attribution and payouts work."
      submitLabel={creating ? "Create" : "Save"}
      isSubmitting={create.isPending || update.isPending}
      onSubmit={submit}
    >
      <InputField id="program-name" label="Name" value={form.name} onChange={setName} />
      {creating ? (
        <InputField
          id="program-handle"
          label="Handle"
          hint="Used in portal URLs; lower-case letters, digits and hyphens. It cannot be changed later."
          value={form.handle}
          onChange={(v) => setForm((f) => ({ ...f, handle: v, handleTouched: true }))}
        />
      ) : (
        <InputField
          id="program-handle"
          label="Handle"
          hint="The handle cannot be changed."
          value={form.handle}
          disabled
        />
      )}
      <TextareaField
        id="program-description"
        label="Description"
        optional
        rows={2}
        value={form.description}
        onChange={(v) => set("description", v)}
      />

      <SelectField
        id="program-registration"
        label="Registration"
        value={form.registration_mode}
        onChange={(v) => set("registration_mode", v)}
        options={REGISTRATION_MODES}
      />
      <SwitchField
        id="program-auto-approve"
        label="Auto approve"
        description="New applications become active at once instead of waiting for review."
        checked={form.auto_approve}
        onCheckedChange={(checked) => set("auto_approve", checked)}
      />

      <InputField
        id="program-agreement-version"
        label="Agreement version"
        optional
        hint="Partners accept a specific version; change it when the text changes."
        value={form.agreement_version}
        placeholder="2025-01"
        onChange={(v) => set("agreement_version", v)}
      />
      <TextareaField
        id="program-agreement-text"
        label="Agreement text"
        optional
        rows={6}
        value={form.agreement_text}
        onChange={(v) => set("agreement_text", v)}
      />

      <SelectField
        id="program-attribution-model"
        label="Attribution model"
        hint="Which partner gets the order when a shopper followed several links."
        value={form.attribution_model}
        onChange={(v) => set("attribution_model", v)}
        options={ATTRIBUTION_MODELS}
      />
      <SelectField
        id="program-attribution-precedence"
        label="Attribution precedence"
        hint="When an order has several touches, the first kind in this order that is valid wins."
        value={form.attribution_precedence}
        onChange={(v) => set("attribution_precedence", v)}
        options={PRECEDENCE_OPTIONS}
      />
      <div className="grid grid-cols-2 gap-x-4">
        <InputField
          id="program-window"
          label="Attribution window (days)"
          type="number"
          min={1}
          max={365}
          step={1}
          value={form.attribution_window_days}
          onChange={(v) => set("attribution_window_days", v)}
        />
        <InputField
          id="program-hold"
          label="Hold period (days)"
          type="number"
          min={0}
          max={365}
          step={1}
          value={form.hold_days}
          onChange={(v) => set("hold_days", v)}
        />
      </div>

      <SelectField
        id="program-code-requests"
        label="Codes partners ask for"
        hint="Partners ask for their own voucher codes and aliases in their portal; review them under Affiliates > Code requests."
        value={form.code_requests}
        options={CODE_REQUEST_MODES}
        onChange={(v) => set("code_requests", v)}
      />
      <SwitchField
        id="program-auto-code"
        label="A code for every new partner"
        description="When a partner is approved, they get a voucher with a code made from their name on their first link."
        checked={form.auto_code_for_new_partners}
        onCheckedChange={(checked) => set("auto_code_for_new_partners", checked)}
      />

      <SelectField
        id="program-bounty-release"
        label="Registration bounties are paid"
        hint="A signup bounty becomes a commission only after this evidence."
        value={form.registration_bounty_release}
        options={BOUNTY_RELEASES}
        onChange={(v) => set("registration_bounty_release", v)}
      />
      <div className="grid grid-cols-2 gap-4">
        <InputField
          id="program-cap-ip"
          label="Registrations a day per network address"
          hint="Credited signups from one IP hash; more earn nothing. Blank: no cap."
          type="number"
          min={0}
          step={1}
          value={form.registration_daily_cap_per_ip}
          onChange={(v) => set("registration_daily_cap_per_ip", v)}
        />
        <InputField
          id="program-cap-partner"
          label="Registrations a day per partner"
          hint="Credited signups per partner; more earn nothing. Blank: no cap."
          type="number"
          min={0}
          step={1}
          value={form.registration_daily_cap_per_partner}
          onChange={(v) => set("registration_daily_cap_per_partner", v)}
        />
      </div>

      <FormField label="Payout minimums" hint="Per currency. A partner is paid once their approved balance reaches it.">
        <PayoutMinimumsEditor
          rows={form.payout_minimums}
          onChange={(rows) => set("payout_minimums", rows)}
        />
      </FormField>
      <InputField
        id="program-timezone"
        label="Timezone"
        hint="IANA name, e.g. Europe/Berlin. Reporting periods and payout dates use it."
        value={form.timezone}
        onChange={(v) => set("timezone", v)}
      />
    </FormDrawer>
  )
}
