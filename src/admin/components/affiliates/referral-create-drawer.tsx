import { Input, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useCreateReferral } from "../../hooks/use-referrals"
import { useSites } from "../../hooks/use-sites"
import { blankToUndefined, errorMessage } from "../../lib/format"
import type { Affiliate } from "../../lib/types"
import { FormDrawer } from "../common/form-drawer"
import { FormField } from "../common/form-field"
import { OptionSelect } from "../common/option-select"

type ReferralCreateDrawerProps = {
  affiliate: Affiliate
  open: boolean
  onOpenChange: (open: boolean) => void
}

const EMPTY = {
  name: "",
  slug: "",
  landing_path: "",
  utm_source: "",
  utm_medium: "",
  utm_campaign: "",
}

const TEXT_FIELDS: { key: keyof typeof EMPTY; label: string; placeholder?: string; hint?: string }[] = [
  { key: "slug", label: "Slug", placeholder: "jane-instagram", hint: "The link's path segment. Generated from the name when left empty." },
  { key: "landing_path", label: "Landing path", placeholder: "/", hint: "Where the link lands on the site, e.g. /collections/summer." },
  { key: "utm_source", label: "UTM source", placeholder: "instagram" },
  { key: "utm_medium", label: "UTM medium", placeholder: "social" },
  { key: "utm_campaign", label: "UTM campaign", placeholder: "summer-sale" },
]

export const ReferralCreateDrawer = ({ affiliate, open, onOpenChange }: ReferralCreateDrawerProps) => {
  const { data: sitesData } = useSites({ limit: 100 })
  const { mutateAsync, isPending } = useCreateReferral()
  const [values, setValues] = useState(EMPTY)
  const [siteId, setSiteId] = useState<string | undefined>()

  useEffect(() => {
    if (open) {
      setValues(EMPTY)
      setSiteId(undefined)
    }
  }, [open])

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
    try {
      const { referral } = await mutateAsync({
        affiliate_id: affiliate.id,
        name: values.name.trim(),
        slug: blankToUndefined(values.slug),
        site_id: siteId,
        landing_path: blankToUndefined(values.landing_path),
        utm_source: blankToUndefined(values.utm_source),
        utm_medium: blankToUndefined(values.utm_medium),
        utm_campaign: blankToUndefined(values.utm_campaign),
      })
      toast.success(`Referral "${referral.name}" created`)
      onOpenChange(false)
    } catch (error) {
      toast.error(errorMessage(error))
    }
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
      <FormField label="Name" htmlFor="referral-name">
        <Input
          id="referral-name"
          value={values.name}
          placeholder="Instagram"
          onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))}
          autoFocus
        />
      </FormField>
      <FormField label="Site" htmlFor="referral-site" optional>
        <OptionSelect
          id="referral-site"
          value={siteId}
          onChange={setSiteId}
          options={siteOptions}
          noneLabel="No specific site"
        />
      </FormField>
      {TEXT_FIELDS.map((field) => (
        <FormField
          key={field.key}
          label={field.label}
          htmlFor={`referral-${field.key}`}
          hint={field.hint}
          optional
        >
          <Input
            id={`referral-${field.key}`}
            value={values[field.key]}
            placeholder={field.placeholder}
            onChange={(e) => setValues((v) => ({ ...v, [field.key]: e.target.value }))}
          />
        </FormField>
      ))}
    </FormDrawer>
  )
}
