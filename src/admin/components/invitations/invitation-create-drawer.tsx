import { Button, Copy, Drawer, Input, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useCreateInvitation } from "../../hooks/use-invitations"
import { blankToUndefined, errorMessage, formatDateTime } from "../../lib/format"
import type { AffiliateKind, Invitation } from "../../lib/types"
import { FormDrawer } from "../common/form-drawer"
import { FormField } from "../common/form-field"
import { ProgramSelect } from "../common/program-select"

type InvitationCreateDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
}

type Form = {
  email: string
  name: string
  programId: string | undefined
  kind: AffiliateKind
  message: string
}

const EMPTY: Form = { email: "", name: "", programId: undefined, kind: "external", message: "" }

/**
 * Invites a partner by email. The link is shown once after creating, since
 * the server stores only a hash of its token and cannot show it again.
 */
export const InvitationCreateDrawer = ({ open, onOpenChange }: InvitationCreateDrawerProps) => {
  const { mutateAsync, isPending } = useCreateInvitation()
  const [form, setForm] = useState<Form>(EMPTY)
  const [created, setCreated] = useState<{ invitation: Invitation; url: string } | null>(null)
  const set = <K extends keyof Form>(key: K, value: Form[K]) =>
    setForm((f) => ({ ...f, [key]: value }))

  useEffect(() => {
    if (open) {
      setForm(EMPTY)
      setCreated(null)
    }
  }, [open])

  const submit = async () => {
    const email = form.email.trim()
    if (!email || !/^[^\s@]+@[^\s@]+$/.test(email)) {
      toast.error("Enter a valid email address")
      return
    }
    try {
      const result = await mutateAsync({
        email,
        name: blankToUndefined(form.name),
        program_id: form.programId,
        kind: form.kind,
        message: blankToUndefined(form.message),
      })
      setCreated({ invitation: result.invitation, url: result.invitation_url })
      toast.success(`Invitation for ${email} created`)
    } catch (error) {
      toast.error(errorMessage(error))
    }
  }

  if (created) {
    return (
      <FormDrawer
        open={open}
        onOpenChange={onOpenChange}
        title="Invitation created"
        description="Share this link with the partner. It is shown only once."
        onSubmit={() => onOpenChange(false)}
        footer={
          <Drawer.Close asChild>
            <Button size="small" type="button">
              Done
            </Button>
          </Drawer.Close>
        }
      >
        <InvitationLink invitation={created.invitation} url={created.url} />
      </FormDrawer>
    )
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Invite partner"
      description="Sends an invitation to join a program. Invite-only programs accept partners only this way."
      submitLabel="Create invitation"
      isSubmitting={isPending}
      onSubmit={submit}
    >
      <FormField label="Email" htmlFor="invitation-email">
        <Input
          id="invitation-email"
          type="email"
          value={form.email}
          placeholder="partner@example.com"
          onChange={(e) => set("email", e.target.value)}
          autoFocus
        />
      </FormField>
      <FormField label="Name" htmlFor="invitation-name" optional>
        <Input id="invitation-name" value={form.name} onChange={(e) => set("name", e.target.value)} />
      </FormField>
      <FormField label="Program" htmlFor="invitation-program">
        <ProgramSelect id="invitation-program" value={form.programId} onChange={(v) => set("programId", v)} />
      </FormField>
      <FormField label="Kind" htmlFor="invitation-kind">
        <Select value={form.kind} onValueChange={(v) => set("kind", v as AffiliateKind)}>
          <Select.Trigger id="invitation-kind">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="external">External partner</Select.Item>
            <Select.Item value="internal">Internal account</Select.Item>
          </Select.Content>
        </Select>
      </FormField>
      <FormField label="Message" htmlFor="invitation-message" optional hint="Included in the invitation email.">
        <Textarea
          id="invitation-message"
          rows={4}
          value={form.message}
          onChange={(e) => set("message", e.target.value)}
        />
      </FormField>
    </FormDrawer>
  )
}

const InvitationLink = ({ invitation, url }: { invitation: Invitation; url: string }) => (
  <div className="flex flex-col gap-y-4">
    <Text size="small" className="text-ui-fg-subtle">
      Invitation for <span className="text-ui-fg-base">{invitation.email}</span>, valid until{" "}
      {formatDateTime(invitation.expires_at)}.
    </Text>
    <FormField label="Invitation link" htmlFor="invitation-url">
      <div className="flex items-center gap-x-2">
        <Input
          id="invitation-url"
          readOnly
          value={url}
          className="font-mono"
          onFocus={(e) => e.currentTarget.select()}
        />
        <Copy content={url} aria-label="Copy invitation link" />
      </div>
    </FormField>
  </div>
)
