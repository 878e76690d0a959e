import { Alert, Copy, Text, Textarea, toast } from "@medusajs/ui"
import { InvitationDelivery, useCreateInvitation } from "../../hooks/use-invitations"
import { useDrawerForm } from "../../hooks/use-form-state"
import { blankToUndefined, formatDateTime } from "../../lib/format"
import { withToast } from "../../lib/toast"
import type { AffiliateKind, Invitation } from "../../lib/types"
import { FormDrawer } from "../common/form-drawer"
import { FormField, InputField, SelectField, TextareaField } from "../common/form-field"
import type { SelectOption } from "../common/option-select"
import { ProgramField } from "../common/program-select"

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
  /** Set once the invitation exists: the drawer then shows its link. */
  created: { invitation: Invitation; url: string; email: InvitationDelivery } | null
}

const EMPTY: Form = { email: "", name: "", programId: undefined, kind: "external", message: "", created: null }

const KIND_OPTIONS: SelectOption<AffiliateKind>[] = [
  { value: "external", label: "External partner" },
  { value: "internal", label: "Internal account" },
]

/**
 * Invites a partner by email. The link is shown once after creating, since
 * the server stores only a hash of its token and cannot show it again.
 */
export const InvitationCreateDrawer = ({ open, onOpenChange }: InvitationCreateDrawerProps) => {
  const { mutateAsync, isPending } = useCreateInvitation()
  const { form, set } = useDrawerForm(open, () => EMPTY)

  const submit = async () => {
    const email = form.email.trim()
    if (!email || !/^[^\s@]+@[^\s@]+$/.test(email)) {
      toast.error("Enter a valid email address")
      return
    }
    await withToast(async () => {
      const result = await mutateAsync({
        email,
        name: blankToUndefined(form.name),
        program_id: form.programId,
        kind: form.kind,
        message: blankToUndefined(form.message),
      })
      set("created", { invitation: result.invitation, url: result.invitation_url, email: result.email })
      return `Invitation for ${email} created`
    })
  }

  if (form.created) {
    return (
      <FormDrawer
        open={open}
        onOpenChange={onOpenChange}
        title="Invitation created"
        description="Share this link with the partner. It is shown only once."
        onSubmit={() => true}
        close={{ label: "Done" }}
      >
        <InvitationLink invitation={form.created.invitation} url={form.created.url} email={form.created.email} />
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
      <InputField
        id="invitation-email"
        label="Email"
        type="email"
        value={form.email}
        placeholder="partner@example.com"
        onChange={(v) => set("email", v)}
        autoFocus
      />
      <InputField id="invitation-name" label="Name" optional value={form.name} onChange={(v) => set("name", v)} />
      <ProgramField id="invitation-program" value={form.programId} onChange={(v) => set("programId", v)} />
      <SelectField
        id="invitation-kind"
        label="Kind"
        value={form.kind}
        onChange={(v) => set("kind", v)}
        options={KIND_OPTIONS}
      />
      <TextareaField
        id="invitation-message"
        label="Message"
        optional
        hint="Included in the invitation email."
        rows={4}
        value={form.message}
        onChange={(v) => set("message", v)}
      />
    </FormDrawer>
  )
}

const InvitationLink = ({ invitation, url, email }: { invitation: Invitation; url: string; email: InvitationDelivery }) => (
  <div className="flex flex-col gap-y-4">
    {email.sent ? (
      <Alert variant="success">The invitation email is on its way to {invitation.email}.</Alert>
    ) : (
      <Alert variant="warning">{email.problem ?? "The invitation email was not sent. Share the link yourself."}</Alert>
    )}
    <Text size="small" className="text-ui-fg-subtle">
      Invitation for <span className="text-ui-fg-base">{invitation.email}</span>, valid until{" "}
      {formatDateTime(invitation.expires_at)}.
    </Text>
    <FormField label="Invitation link" htmlFor="invitation-url">
      {/* The whole link, wrapped: the operator should see what they share. */}
      <div className="flex items-start gap-x-2">
        <div className="min-w-0 flex-1">
          <Textarea
            id="invitation-url"
            readOnly
            rows={3}
            value={url}
            className="resize-none break-all font-mono"
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
        <Copy content={url} aria-label="Copy invitation link" className="mt-2" />
      </div>
    </FormField>
  </div>
)
