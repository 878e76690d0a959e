import { Select, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useCreateSiteAuthorization } from "../../hooks/use-site-authorizations"
import { useSites } from "../../hooks/use-sites"
import { blankToUndefined, errorMessage } from "../../lib/format"
import { FormDrawer } from "../common/form-drawer"
import { FormField } from "../common/form-field"
import { OptionSelect } from "../common/option-select"

type SiteAuthorizationAddDrawerProps = {
  affiliateId: string
  /** Sites that already have a row; the server allows one per affiliate and site. */
  existingSiteIds: string[]
  open: boolean
  onOpenChange: (open: boolean) => void
}

export const SiteAuthorizationAddDrawer = ({
  affiliateId,
  existingSiteIds,
  open,
  onOpenChange,
}: SiteAuthorizationAddDrawerProps) => {
  const { data, isLoading } = useSites({ limit: 100 })
  const { mutateAsync, isPending } = useCreateSiteAuthorization(affiliateId)
  const [siteId, setSiteId] = useState<string | undefined>()
  const [status, setStatus] = useState<"approved" | "requested">("approved")
  const [note, setNote] = useState("")

  useEffect(() => {
    if (open) {
      setSiteId(undefined)
      setStatus("approved")
      setNote("")
    }
  }, [open])

  const options = (data?.sites ?? [])
    .filter((site) => site.status === "active" && !existingSiteIds.includes(site.id))
    .map((site) => ({ value: site.id, label: `${site.name} (${site.domain})` }))

  const submit = async () => {
    if (!siteId) {
      toast.error("Choose a site")
      return
    }
    try {
      await mutateAsync({ site_id: siteId, status, note: blankToUndefined(note) })
      toast.success("Site authorization added")
      onOpenChange(false)
    } catch (error) {
      toast.error(errorMessage(error))
    }
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
      <FormField
        label="Site"
        htmlFor="auth-site"
        hint={
          !isLoading && options.length === 0
            ? "Every active site is already listed for this partner. Create sites under Affiliates > Sites."
            : undefined
        }
      >
        <OptionSelect
          id="auth-site"
          value={siteId}
          onChange={setSiteId}
          options={options}
          placeholder={isLoading ? "Loading sites..." : "Select a site"}
          disabled={isLoading || options.length === 0}
        />
      </FormField>
      <FormField label="Status" htmlFor="auth-status">
        <Select value={status} onValueChange={(v) => setStatus(v as "approved" | "requested")}>
          <Select.Trigger id="auth-status">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="approved">Approved</Select.Item>
            <Select.Item value="requested">Requested (needs review)</Select.Item>
          </Select.Content>
        </Select>
      </FormField>
      <FormField label="Note" htmlFor="auth-note" optional>
        <Textarea id="auth-note" value={note} onChange={(e) => setNote(e.target.value)} rows={3} />
      </FormField>
    </FormDrawer>
  )
}
