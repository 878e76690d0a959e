import { Input, toast } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { useCreateAffiliate } from "../../hooks/use-affiliates"
import { blankToUndefined, errorMessage } from "../../lib/format"
import { FormDrawer } from "../common/form-drawer"
import { FormField } from "../common/form-field"
import { ProgramSelect } from "../common/program-select"

type AffiliateCreateDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
}

/**
 * Creates an internal account: one of the operator's own marketing channels
 * (newsletter, social team). External partners join through the portal or an
 * invitation instead.
 */
export const AffiliateCreateDrawer = ({ open, onOpenChange }: AffiliateCreateDrawerProps) => {
  const navigate = useNavigate()
  const { mutateAsync, isPending } = useCreateAffiliate()
  const [name, setName] = useState("")
  const [email, setEmail] = useState("")
  const [programId, setProgramId] = useState<string | undefined>()

  const reset = () => {
    setName("")
    setEmail("")
    setProgramId(undefined)
  }

  const submit = async () => {
    if (!name.trim()) {
      toast.error("Name is required")
      return
    }
    try {
      const { affiliate } = await mutateAsync({
        kind: "internal",
        name: name.trim(),
        email: blankToUndefined(email),
        program_id: programId,
      })
      toast.success(`Internal account "${affiliate.name}" created`)
      reset()
      onOpenChange(false)
      navigate(`/affiliates/${affiliate.id}`)
    } catch (error) {
      toast.error(errorMessage(error))
    }
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
      <FormField label="Name" htmlFor="affiliate-name">
        <Input
          id="affiliate-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="Newsletter team"
          autoFocus
        />
      </FormField>
      <FormField label="Email" htmlFor="affiliate-email" optional>
        <Input
          id="affiliate-email"
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </FormField>
      <FormField label="Program" htmlFor="affiliate-program">
        <ProgramSelect id="affiliate-program" value={programId} onChange={setProgramId} />
      </FormField>
    </FormDrawer>
  )
}
