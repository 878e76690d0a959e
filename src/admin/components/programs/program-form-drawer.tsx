import { Input, Select, Switch, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useCreateProgram, useUpdateProgram } from "../../hooks/use-programs"
import { blankToNull, errorMessage, isValidTimezone } from "../../lib/format"
import type { AttributionModel, Program, ProgramInput, RegistrationMode } from "../../lib/types"
import { FormDrawer } from "../common/form-drawer"
import { FormField, SwitchField } from "../common/form-field"
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
  hold_days: string
  payout_minimums: MinimumRow[]
  timezone: string
}

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
  hold_days: String(program?.hold_days ?? 30),
  payout_minimums: toMinimumRows(program?.payout_minimums),
  timezone: program?.timezone ?? "UTC",
})

const REGISTRATION_MODES: { value: RegistrationMode; label: string }[] = [
  { value: "open", label: "Open: anyone may apply" },
  { value: "invite", label: "Invite only" },
  { value: "closed", label: "Closed: no new partners" },
]

const ATTRIBUTION_MODELS: { value: AttributionModel; label: string }[] = [
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
      hold_days: hold.days,
      payout_minimums: minimums.value,
      timezone,
    },
  }
}

export const ProgramFormDrawer = ({ program, open, onOpenChange }: ProgramFormDrawerProps) => {
  const creating = !program
  const create = useCreateProgram()
  const update = useUpdateProgram()
  const [form, setForm] = useState<Form>(() => formFrom(program))
  // While creating, the handle follows the name until the user types their own.
  const [handleTouched, setHandleTouched] = useState(false)
  const set = <K extends keyof Form>(key: K, value: Form[K]) =>
    setForm((f) => ({ ...f, [key]: value }))
  const setName = (name: string) =>
    setForm((f) => ({ ...f, name, handle: creating && !handleTouched ? toHandle(name) : f.handle }))

  useEffect(() => {
    if (open) {
      setForm(formFrom(program))
      setHandleTouched(false)
    }
    // Only on opening: a background refetch must not wipe the user's edits.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, program?.id])

  const submit = async () => {
    const result = toInput(form, creating)
    if ("error" in result) {
      toast.error(result.error)
      return
    }
    try {
      if (program) {
        await update.mutateAsync({ id: program.id, ...result.body })
        toast.success(`Program "${result.body.name}" saved`)
      } else {
        await create.mutateAsync(result.body)
        toast.success(`Program "${result.body.name}" created`)
      }
      onOpenChange(false)
    } catch (error) {
      toast.error(errorMessage(error))
    }
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
      <FormField label="Name" htmlFor="program-name">
        <Input id="program-name" value={form.name} onChange={(e) => setName(e.target.value)} />
      </FormField>
      {creating ? (
        <FormField
          label="Handle"
          htmlFor="program-handle"
          hint="Used in portal URLs; lower-case letters, digits and hyphens. It cannot be changed later."
        >
          <Input
            id="program-handle"
            value={form.handle}
            onChange={(e) => {
              setHandleTouched(true)
              set("handle", e.target.value)
            }}
          />
        </FormField>
      ) : (
        <FormField label="Handle" htmlFor="program-handle" hint="The handle cannot be changed.">
          <Input id="program-handle" value={form.handle} disabled />
        </FormField>
      )}
      <FormField label="Description" htmlFor="program-description" optional>
        <Textarea
          id="program-description"
          rows={2}
          value={form.description}
          onChange={(e) => set("description", e.target.value)}
        />
      </FormField>

      <FormField label="Registration" htmlFor="program-registration">
        <Select
          value={form.registration_mode}
          onValueChange={(v) => set("registration_mode", v as RegistrationMode)}
        >
          <Select.Trigger id="program-registration">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {REGISTRATION_MODES.map((m) => (
              <Select.Item key={m.value} value={m.value}>
                {m.label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </FormField>
      <SwitchField
        label="Auto approve"
        htmlFor="program-auto-approve"
        description="New applications become active at once instead of waiting for review."
      >
        <Switch
          id="program-auto-approve"
          checked={form.auto_approve}
          onCheckedChange={(checked) => set("auto_approve", checked)}
        />
      </SwitchField>

      <FormField
        label="Agreement version"
        htmlFor="program-agreement-version"
        optional
        hint="Partners accept a specific version; change it when the text changes."
      >
        <Input
          id="program-agreement-version"
          value={form.agreement_version}
          placeholder="2025-01"
          onChange={(e) => set("agreement_version", e.target.value)}
        />
      </FormField>
      <FormField label="Agreement text" htmlFor="program-agreement-text" optional>
        <Textarea
          id="program-agreement-text"
          rows={6}
          value={form.agreement_text}
          onChange={(e) => set("agreement_text", e.target.value)}
        />
      </FormField>

      <FormField label="Attribution model" htmlFor="program-attribution-model" hint="Which partner gets the order when a shopper followed several links.">
        <Select
          value={form.attribution_model}
          onValueChange={(v) => set("attribution_model", v as AttributionModel)}
        >
          <Select.Trigger id="program-attribution-model">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {ATTRIBUTION_MODELS.map((m) => (
              <Select.Item key={m.value} value={m.value}>
                {m.label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </FormField>
      <div className="grid grid-cols-2 gap-x-4">
        <FormField label="Attribution window (days)" htmlFor="program-window">
          <Input
            id="program-window"
            type="number"
            min={1}
            max={365}
            step={1}
            value={form.attribution_window_days}
            onChange={(e) => set("attribution_window_days", e.target.value)}
          />
        </FormField>
        <FormField label="Hold period (days)" htmlFor="program-hold">
          <Input
            id="program-hold"
            type="number"
            min={0}
            max={365}
            step={1}
            value={form.hold_days}
            onChange={(e) => set("hold_days", e.target.value)}
          />
        </FormField>
      </div>

      <FormField label="Payout minimums" hint="Per currency. A partner is paid once their approved balance reaches it.">
        <PayoutMinimumsEditor
          rows={form.payout_minimums}
          onChange={(rows) => set("payout_minimums", rows)}
        />
      </FormField>
      <FormField label="Timezone" htmlFor="program-timezone" hint="IANA name, e.g. Europe/Berlin. Reporting periods and payout dates use it.">
        <Input
          id="program-timezone"
          value={form.timezone}
          onChange={(e) => set("timezone", e.target.value)}
        />
      </FormField>
    </FormDrawer>
  )
}
