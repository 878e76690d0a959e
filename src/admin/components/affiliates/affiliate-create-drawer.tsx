import { toast } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { useCreateAffiliate } from "../../hooks/use-affiliates"
import { useFormState } from "../../hooks/use-form-state"
import { blankToUndefined } from "../../lib/format"
import { withToast } from "../../lib/toast"
import { FormDrawer } from "../common/form-drawer"
import { InputField } from "../common/form-field"
import { ProgramField } from "../common/program-select"

type AffiliateCreateDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
}

type Form = { name: string; email: string; programId: string | undefined }

const EMPTY: Form = { name: "", email: "", programId: undefined }

/**
 * Creates an internal account: one of the operator's own marketing channels
 * (newsletter, social team). External partners join through the portal or an
 * invitation instead.
 */
export const AffiliateCreateDrawer = ({ open, onOpenChange }: AffiliateCreateDrawerProps) => {
  const navigate = useNavigate()
  const { mutateAsync, isPending } = useCreateAffiliate()
  // Kept when the drawer is closed without saving; cleared after a create.
  const { form, set, reset } = useFormState(() => EMPTY)

  const submit = async () => {
    if (!form.name.trim()) {
      toast.error("Name is required")
      return
    }
    await withToast(async () => {
      const { affiliate } = await mutateAsync({
        kind: "internal",
        name: form.name.trim(),
        email: blankToUndefined(form.email),
        program_id: form.programId,
      })
      reset()
      onOpenChange(false)
      navigate(`/affiliates/${affiliate.id}`)
      return `Internal account "${affiliate.name}" created`
    })
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Create internal account"
      description="An account for your own marketing channels. Internal accounts are tracked like partners but never receive payouts."
      submitLabel="Create"
      isSubmitting={isPending}
      onSubmit={submit}
    >
      <InputField
        id="affiliate-name"
        label="Name"
        value={form.name}
        onChange={(v) => set("name", v)}
        placeholder="Newsletter team"
        autoFocus
      />
      <InputField
        id="affiliate-email"
        label="Email"
        optional
        type="email"
        value={form.email}
        onChange={(v) => set("email", v)}
      />
      <ProgramField id="affiliate-program" value={form.programId} onChange={(v) => set("programId", v)} />
    </FormDrawer>
  )
}
