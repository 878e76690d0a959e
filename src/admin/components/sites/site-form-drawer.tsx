import { toast } from "@medusajs/ui"
import { useDrawerForm } from "../../hooks/use-form-state"
import { useSalesChannels } from "../../hooks/use-sales-channels"
import { useCreateSite, useUpdateSite } from "../../hooks/use-sites"
import { blankToNull, blankToUndefined } from "../../lib/format"
import { withToast } from "../../lib/toast"
import type { Site } from "../../lib/types"
import { FormDrawer } from "../common/form-drawer"
import { InputField, SelectField, SwitchField } from "../common/form-field"
import { ProgramField } from "../common/program-select"

type SiteFormDrawerProps = {
  /** The site to edit; null creates a new one. */
  site: Site | null
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Preselects the program of a new site (the setup guide's); the default program otherwise. */
  programId?: string
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

const formFrom = (site: Site | null, programId?: string): Form => ({
  name: site?.name ?? "",
  domain: site?.domain ?? "",
  sales_channel_id: site?.sales_channel_id ?? undefined,
  landing_url: site?.landing_url ?? "",
  locale: site?.locale ?? "",
  program_id: site?.program_id ?? programId,
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

export const SiteFormDrawer = ({ site, open, onOpenChange, programId }: SiteFormDrawerProps) => {
  const creating = !site
  const create = useCreateSite()
  const update = useUpdateSite()
  const { data: channelsData, isLoading: channelsLoading } = useSalesChannels()
  const { form, set } = useDrawerForm(open, () => formFrom(site, programId), [site?.id, programId])

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
    return withToast(async () => {
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
        return `Site "${name}" saved`
      }
      await create.mutateAsync({
        name,
        domain,
        landing_url: landingUrl,
        sales_channel_id: form.sales_channel_id,
        locale: blankToUndefined(form.locale),
        program_id: form.program_id,
      })
      return `Site "${name}" created`
    })
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
      <InputField
        id="site-name"
        label="Name"
        value={form.name}
        placeholder="Main store"
        onChange={(v) => set("name", v)}
      />
      <InputField
        id="site-domain"
        label="Domain"
        hint="Without protocol, e.g. shop.example.com. Each domain can belong to one site only."
        value={form.domain}
        placeholder="shop.example.com"
        onChange={(v) => set("domain", v)}
      />
      <SelectField
        id="site-sales-channel"
        label="Sales channel"
        optional
        hint="Orders placed in this channel are credited to partners of this site."
        value={form.sales_channel_id}
        onChange={(v) => set("sales_channel_id", v)}
        options={channelOptions}
        placeholder={channelsLoading ? "Loading sales channels..." : "No sales channel"}
        noneLabel="No sales channel"
        disabled={channelsLoading}
      />
      <InputField
        id="site-landing-url"
        label="Landing URL"
        hint="Where referral links send shoppers by default."
        type="url"
        value={form.landing_url}
        placeholder="https://shop.example.com"
        onChange={(v) => set("landing_url", v)}
      />
      <InputField
        id="site-locale"
        label="Locale"
        optional
        value={form.locale}
        placeholder="en-US"
        onChange={(v) => set("locale", v)}
      />
      {creating ? (
        <ProgramField id="site-program" optional value={form.program_id} onChange={(v) => set("program_id", v)} />
      ) : (
        <SwitchField
          id="site-archived"
          label="Archived"
          description="Archived sites accept no new authorizations or referrals."
          checked={form.archived}
          onCheckedChange={(checked) => set("archived", checked)}
        />
      )}
    </FormDrawer>
  )
}
