import { toast } from "@medusajs/ui"
import { useUpdateAffiliate } from "../../hooks/use-affiliates"
import { useDrawerForm } from "../../hooks/use-form-state"
import { blankToNull, isValidTimezone } from "../../lib/format"
import { withToast } from "../../lib/toast"
import type { Affiliate } from "../../lib/types"
import { FormDrawer } from "../common/form-drawer"
import { InputField } from "../common/form-field"

type AffiliateEditDrawerProps = {
  affiliate: Affiliate
  open: boolean
  onOpenChange: (open: boolean) => void
}

const FIELDS = [
  { key: "name", label: "Name", type: "text" },
  { key: "email", label: "Email", type: "email" },
  { key: "phone", label: "Phone", type: "tel" },
  { key: "company_name", label: "Company", type: "text" },
  { key: "website", label: "Website", type: "url" },
  { key: "tax_id", label: "Tax ID", type: "text" },
  { key: "timezone", label: "Timezone", type: "text" },
] as const

type FieldKey = (typeof FIELDS)[number]["key"]
type Values = Record<FieldKey, string>

const valuesOf = (affiliate: Affiliate): Values =>
  Object.fromEntries(FIELDS.map((f) => [f.key, affiliate[f.key] ?? ""])) as Values

/** Edits the contact details; status and verification have their own actions. */
export const AffiliateEditDrawer = ({ affiliate, open, onOpenChange }: AffiliateEditDrawerProps) => {
  const { mutateAsync, isPending } = useUpdateAffiliate(affiliate.id)
  // Starts from the saved record each time the drawer opens.
  const { form: values, set } = useDrawerForm(open, () => valuesOf(affiliate))

  const submit = async () => {
    if (!values.name.trim()) {
      toast.error("Name is required")
      return
    }
    const website = values.website.trim()
    if (website && !/^https?:\/\/\S+$/i.test(website)) {
      toast.error("The website must be a full URL, e.g. https://example.com")
      return
    }
    const timezone = values.timezone.trim() || "UTC"
    if (!isValidTimezone(timezone)) {
      toast.error(`"${timezone}" is not a known timezone (use e.g. Europe/Berlin)`)
      return
    }
    return withToast(async () => {
      await mutateAsync({
        name: values.name.trim(),
        email: blankToNull(values.email),
        phone: blankToNull(values.phone),
        company_name: blankToNull(values.company_name),
        website: blankToNull(values.website),
        tax_id: blankToNull(values.tax_id),
        timezone,
      })
      return "Details saved"
    })
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Edit details"
      isSubmitting={isPending}
      onSubmit={submit}
    >
      {FIELDS.map((field) => (
        <InputField
          key={field.key}
          id={`affiliate-${field.key}`}
          label={field.label}
          optional={field.key !== "name"}
          type={field.type}
          value={values[field.key]}
          onChange={(v) => set(field.key, v)}
        />
      ))}
    </FormDrawer>
  )
}
