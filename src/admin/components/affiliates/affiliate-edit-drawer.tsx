import { Input, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useUpdateAffiliate } from "../../hooks/use-affiliates"
import { blankToNull, errorMessage, isValidTimezone } from "../../lib/format"
import type { Affiliate } from "../../lib/types"
import { FormDrawer } from "../common/form-drawer"
import { FormField } from "../common/form-field"

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
  const [values, setValues] = useState<Values>(() => valuesOf(affiliate))

  // Start from the saved record each time the drawer opens (not on every
  // background refetch, which would wipe what is being typed).
  useEffect(() => {
    if (open) {
      setValues(valuesOf(affiliate))
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open])

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
    try {
      await mutateAsync({
        name: values.name.trim(),
        email: blankToNull(values.email),
        phone: blankToNull(values.phone),
        company_name: blankToNull(values.company_name),
        website: blankToNull(values.website),
        tax_id: blankToNull(values.tax_id),
        timezone,
      })
      toast.success("Details saved")
      onOpenChange(false)
    } catch (error) {
      toast.error(errorMessage(error))
    }
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
        <FormField
          key={field.key}
          label={field.label}
          htmlFor={`affiliate-${field.key}`}
          optional={field.key !== "name"}
        >
          <Input
            id={`affiliate-${field.key}`}
            type={field.type}
            value={values[field.key]}
            onChange={(e) => setValues((v) => ({ ...v, [field.key]: e.target.value }))}
          />
        </FormField>
      ))}
    </FormDrawer>
  )
}
