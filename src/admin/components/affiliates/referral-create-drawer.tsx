import { toast } from "@medusajs/ui"
import { useDrawerForm } from "../../hooks/use-form-state"
import { useCreateReferral } from "../../hooks/use-referrals"
import { useSites } from "../../hooks/use-sites"
import { blankToUndefined } from "../../lib/format"
import { withToast } from "../../lib/toast"
import type { Affiliate } from "../../lib/types"
import { FormDrawer } from "../common/form-drawer"
import { InputField, SelectField } from "../common/form-field"

type ReferralCreateDrawerProps = {
  affiliate: Affiliate
  open: boolean
  onOpenChange: (open: boolean) => void
}

const EMPTY = {
  name: "",
  siteId: undefined as string | undefined,
  slug: "",
  landing_path: "",
  utm_source: "",
  utm_medium: "",
  utm_campaign: "",
}

type TextKey = "slug" | "landing_path" | "utm_source" | "utm_medium" | "utm_campaign"

const TEXT_FIELDS: { key: TextKey; label: string; placeholder?: string; hint?: string }[] = [
  { key: "slug", label: "Slug", placeholder: "jane-instagram", hint: "The link's path segment. Generated from the name when left empty." },
  { key: "landing_path", label: "Landing path", placeholder: "/", hint: "Where the link lands on the site, e.g. /collections/summer." },
  { key: "utm_source", label: "UTM source", placeholder: "instagram" },
  { key: "utm_medium", label: "UTM medium", placeholder: "social" },
  { key: "utm_campaign", label: "UTM campaign", placeholder: "summer-sale" },
]

export const ReferralCreateDrawer = ({ affiliate, open, onOpenChange }: ReferralCreateDrawerProps) => {
  const { data: sitesData } = useSites({ limit: 100 })
  const { mutateAsync, isPending } = useCreateReferral()
  const { form: values, set } = useDrawerForm(open, () => EMPTY)

  // Flag sites the partner is not approved for: the link would not attribute there.
  const approvedSiteIds = new Set(
    (affiliate.site_authorizations ?? [])
      .filter((a) => a.status === "approved")
      .map((a) => a.site_id)
  )
  const siteOptions = (sitesData?.sites ?? [])
    .filter((site) => site.status === "active")
    .map((site) => ({
      value: site.id,
      label: approvedSiteIds.has(site.id) ? site.name : `${site.name} (not authorized)`,
    }))

  const submit = async () => {
    if (!values.name.trim()) {
      toast.error("Name is required")
      return
    }
    return withToast(async () => {
      const { referral } = await mutateAsync({
        affiliate_id: affiliate.id,
        name: values.name.trim(),
        slug: blankToUndefined(values.slug),
        site_id: values.siteId,
        landing_path: blankToUndefined(values.landing_path),
        utm_source: blankToUndefined(values.utm_source),
        utm_medium: blankToUndefined(values.utm_medium),
        utm_campaign: blankToUndefined(values.utm_campaign),
      })
      return `Referral "${referral.name}" created`
    })
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Create referral"
      description={`A tracked link for ${affiliate.name}.`}
      submitLabel="Create"
      isSubmitting={isPending}
      onSubmit={submit}
    >
      <InputField
        id="referral-name"
        label="Name"
        value={values.name}
        placeholder="Instagram"
        onChange={(v) => set("name", v)}
        autoFocus
      />
      <SelectField
        id="referral-site"
        label="Site"
        optional
        value={values.siteId}
        onChange={(v) => set("siteId", v)}
        options={siteOptions}
        noneLabel="No specific site"
      />
      {TEXT_FIELDS.map((field) => (
        <InputField
          key={field.key}
          id={`referral-${field.key}`}
          label={field.label}
          hint={field.hint}
          optional
          value={values[field.key]}
          placeholder={field.placeholder}
          onChange={(v) => set(field.key, v)}
        />
      ))}
    </FormDrawer>
  )
}
