import { Input, Switch, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useSalesChannels } from "../../hooks/use-sales-channels"
import { useCreateSite, useUpdateSite } from "../../hooks/use-sites"
import { blankToNull, blankToUndefined, errorMessage } from "../../lib/format"
import type { Site } from "../../lib/types"
import { FormDrawer } from "../common/form-drawer"
import { FormField, SwitchField } from "../common/form-field"
import { OptionSelect } from "../common/option-select"
import { ProgramSelect } from "../common/program-select"

type SiteFormDrawerProps = {
  /** The site to edit; null creates a new one. */
  site: Site | null
  open: boolean
  onOpenChange: (open: boolean) => void
}

type Form = {
  name: string
  domain: string
  sales_channel_id: string | undefined
  landing_url: string
  locale: string
  program_id: string | undefined
  archived: boolean
}

const formFrom = (site: Site | null): Form => ({
  name: site?.name ?? "",
  domain: site?.domain ?? "",
  sales_channel_id: site?.sales_channel_id ?? undefined,
  landing_url: site?.landing_url ?? "",
  locale: site?.locale ?? "",
  program_id: site?.program_id ?? undefined,
  archived: site?.status === "archived",
})

const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value)
    return url.protocol === "http:" || url.protocol === "https:"
  } catch {
    return false
  }
}

export const SiteFormDrawer = ({ site, open, onOpenChange }: SiteFormDrawerProps) => {
  const creating = !site
  const create = useCreateSite()
  const update = useUpdateSite()
  const { data: channelsData, isLoading: channelsLoading } = useSalesChannels()
  const [form, setForm] = useState<Form>(() => formFrom(site))
  const set = <K extends keyof Form>(key: K, value: Form[K]) =>
    setForm((f) => ({ ...f, [key]: value }))

  useEffect(() => {
    if (open) {
      setForm(formFrom(site))
    }
    // Only on opening, so a background refetch does not wipe edits.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, site?.id])

  const channelOptions = (channelsData?.sales_channels ?? []).map((c) => ({
    value: c.id,
    label: c.name,
  }))

  const submit = async () => {
    const name = form.name.trim()
    const domain = form.domain.trim().toLowerCase()
    const landingUrl = form.landing_url.trim()
    if (!name || !domain || !landingUrl) {
      toast.error("Name, domain and landing URL are required")
      return
    }
    if (!isHttpUrl(landingUrl)) {
      toast.error("The landing URL must start with http:// or https://")
      return
    }
    try {
      if (site) {
        const status = form.archived ? "archived" : "active"
        await update.mutateAsync({
          id: site.id,
          name,
          domain,
          sales_channel_id: form.sales_channel_id ?? null,
          landing_url: landingUrl,
          locale: blankToNull(form.locale),
          // Only send the status when it changes: archiving is a deliberate act.
          ...(status !== site.status ? { status } : {}),
        })
        toast.success(`Site "${name}" saved`)
      } else {
        await create.mutateAsync({
          name,
          domain,
          landing_url: landingUrl,
          sales_channel_id: form.sales_channel_id,
          locale: blankToUndefined(form.locale),
          program_id: form.program_id,
        })
        toast.success(`Site "${name}" created`)
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
      title={creating ? "Create site" : `Edit ${site.name}`}
      description="A storefront partners promote. Links land on it and orders from its sales channel are attributed."
      submitLabel={creating ? "Create" : "Save"}
      isSubmitting={create.isPending || update.isPending}
      onSubmit={submit}
    >
      <FormField label="Name" htmlFor="site-name">
        <Input id="site-name" value={form.name} placeholder="Main store" onChange={(e) => set("name", e.target.value)} />
      </FormField>
      <FormField label="Domain" htmlFor="site-domain" hint="Without protocol, e.g. shop.example.com. Each domain can belong to one site only.">
        <Input
          id="site-domain"
          value={form.domain}
          placeholder="shop.example.com"
          onChange={(e) => set("domain", e.target.value)}
        />
      </FormField>
      <FormField
        label="Sales channel"
        htmlFor="site-sales-channel"
        optional
        hint="Orders placed in this channel are credited to partners of this site."
      >
        <OptionSelect
          id="site-sales-channel"
          value={form.sales_channel_id}
          onChange={(v) => set("sales_channel_id", v)}
          options={channelOptions}
          placeholder={channelsLoading ? "Loading sales channels..." : "No sales channel"}
          noneLabel="No sales channel"
          disabled={channelsLoading}
        />
      </FormField>
      <FormField label="Landing URL" htmlFor="site-landing-url" hint="Where referral links send shoppers by default.">
        <Input
          id="site-landing-url"
          type="url"
          value={form.landing_url}
          placeholder="https://shop.example.com"
          onChange={(e) => set("landing_url", e.target.value)}
        />
      </FormField>
      <FormField label="Locale" htmlFor="site-locale" optional>
        <Input id="site-locale" value={form.locale} placeholder="en-US" onChange={(e) => set("locale", e.target.value)} />
      </FormField>
      {creating ? (
        <FormField label="Program" htmlFor="site-program" optional>
          <ProgramSelect id="site-program" value={form.program_id} onChange={(v) => set("program_id", v)} />
        </FormField>
      ) : (
        <SwitchField
          label="Archived"
          htmlFor="site-archived"
          description="Archived sites accept no new authorizations or referrals."
        >
          <Switch
            id="site-archived"
            checked={form.archived}
            onCheckedChange={(checked) => set("archived", checked)}
          />
        </SwitchField>
      )}
    </FormDrawer>
  )
}
