import { toast } from "@medusajs/ui"
import { useDrawerForm } from "../../hooks/use-form-state"
import { useCreateSiteAuthorization } from "../../hooks/use-site-authorizations"
import { useSites } from "../../hooks/use-sites"
import { blankToUndefined } from "../../lib/format"
import { withToast } from "../../lib/toast"
import { FormDrawer } from "../common/form-drawer"
import { SelectField, TextareaField } from "../common/form-field"
import type { SelectOption } from "../common/option-select"

type SiteAuthorizationAddDrawerProps = {
  affiliateId: string
  /** Sites that already have a row; the server allows one per affiliate and site. */
  existingSiteIds: string[]
  open: boolean
  onOpenChange: (open: boolean) => void
}

type Form = { siteId: string | undefined; status: "approved" | "requested"; note: string }

const EMPTY: Form = { siteId: undefined, status: "approved", note: "" }

const STATUS_OPTIONS: SelectOption<Form["status"]>[] = [
  { value: "approved", label: "Approved" },
  { value: "requested", label: "Requested (needs review)" },
]

export const SiteAuthorizationAddDrawer = ({
  affiliateId,
  existingSiteIds,
  open,
  onOpenChange,
}: SiteAuthorizationAddDrawerProps) => {
  const { data, isLoading } = useSites({ limit: 100 })
  const { mutateAsync, isPending } = useCreateSiteAuthorization(affiliateId)
  const { form, set } = useDrawerForm(open, () => EMPTY)

  const options = (data?.sites ?? [])
    .filter((site) => site.status === "active" && !existingSiteIds.includes(site.id))
    .map((site) => ({ value: site.id, label: `${site.name} (${site.domain})` }))

  const submit = async () => {
    const siteId = form.siteId
    if (!siteId) {
      toast.error("Choose a site")
      return
    }
    return withToast(async () => {
      await mutateAsync({ site_id: siteId, status: form.status, note: blankToUndefined(form.note) })
      return "Site authorization added"
    })
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Add site authorization"
      submitLabel="Add"
      isSubmitting={isPending}
      onSubmit={submit}
    >
      <SelectField
        id="auth-site"
        label="Site"
        hint={
          !isLoading && options.length === 0
            ? "Every active site is already listed for this partner. Create sites under Affiliates > Sites."
            : undefined
        }
        value={form.siteId}
        onChange={(v) => set("siteId", v)}
        options={options}
        placeholder={isLoading ? "Loading sites..." : "Select a site"}
        disabled={isLoading || options.length === 0}
      />
      <SelectField
        id="auth-status"
        label="Status"
        value={form.status}
        onChange={(v) => set("status", v)}
        options={STATUS_OPTIONS}
      />
      <TextareaField id="auth-note" label="Note" optional value={form.note} onChange={(v) => set("note", v)} rows={3} />
    </FormDrawer>
  )
}
