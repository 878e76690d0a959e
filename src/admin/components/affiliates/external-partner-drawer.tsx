import { Alert, Button, Copy, Input, Text, Textarea } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Controller, useForm } from "react-hook-form"
import { Link } from "react-router-dom"
import { type InviteExternalPartnerResponse, useInviteExternalPartner } from "../../hooks/use-setup"
import { formatDateTime } from "../../lib/format"
import { withToast } from "../../lib/toast"
import { FormDrawer } from "../common/form-drawer"
import { FormField } from "../common/form-field"
import { ProgramField } from "../common/program-select"

type ExternalPartnerDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Preselects the program (the setup guide's); the default program otherwise. */
  programId?: string
  /** After a partner is linked: what the operator does next (the setup guide authorizes them for a site). */
  onLinked?: (affiliate: { id: string; name: string }) => void
}

type Values = { name: string; email: string; programId: string | undefined; message: string }

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * Adds an external partner by name and email. When the email has a
 * storefront account the partner is created on it at once and can sign in to
 * the portal; otherwise they get an invitation to sign up and accept.
 */
export const ExternalPartnerDrawer = ({ open, onOpenChange, programId, onLinked }: ExternalPartnerDrawerProps) => {
  const { mutateAsync, isPending } = useInviteExternalPartner()
  const [result, setResult] = useState<InviteExternalPartnerResponse | null>(null)
  const form = useForm<Values>({ defaultValues: { name: "", email: "", programId, message: "" } })
  const { errors } = form.formState

  useEffect(() => {
    if (open) {
      setResult(null)
      form.reset({ name: "", email: "", programId, message: "" })
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, programId])

  const submit = () =>
    new Promise<boolean>((resolve) => {
      void form.handleSubmit(
        async (values) => {
          const email = values.email.trim()
          await withToast(async () => {
            const answer = await mutateAsync({
              name: values.name.trim(),
              email,
              program_id: values.programId,
              message: values.message.trim() || undefined,
            })
            setResult(answer)
            return answer.action === "linked"
              ? `${answer.affiliate.name} is now an active partner`
              : `Invitation for ${answer.invitation.email} created`
          })
          // The drawer stays open on the result.
          resolve(false)
        },
        () => resolve(false)
      )()
    })

  if (result?.action === "linked") {
    const { affiliate } = result
    return (
      <FormDrawer open={open} onOpenChange={onOpenChange} title="Partner added" onSubmit={() => true} close={{ label: "Done" }}>
        <Alert variant="success">
          {affiliate.email} has a storefront account: {affiliate.name} is an active partner on it and signs in to the
          partner portal with it.
        </Alert>
        <Text size="small" className="text-ui-fg-subtle">
          Their links and codes earn commissions once they are approved for a site.
        </Text>
        <div className="flex flex-wrap gap-2">
          {onLinked && (
            <Button
              size="small"
              type="button"
              onClick={() => {
                onOpenChange(false)
                onLinked({ id: affiliate.id, name: affiliate.name })
              }}
            >
              Authorize for a site
            </Button>
          )}
          <Button size="small" variant="secondary" asChild>
            <Link to={`/affiliates/${affiliate.id}`}>Open {affiliate.name}</Link>
          </Button>
        </div>
      </FormDrawer>
    )
  }

  if (result?.action === "invited") {
    const { invitation, invitation_url: url, email } = result
    return (
      <FormDrawer
        open={open}
        onOpenChange={onOpenChange}
        title="Invitation sent"
        description="No storefront account uses this email yet: the partner signs up and accepts the invitation."
        onSubmit={() => true}
        close={{ label: "Done" }}
      >
        {email.sent ? (
          <Alert variant="success">The invitation email is on its way to {invitation.email}.</Alert>
        ) : (
          <Alert variant="warning">{email.problem ?? "The invitation email was not sent. Share the link yourself."}</Alert>
        )}
        <Text size="small" className="text-ui-fg-subtle">
          Valid until {formatDateTime(invitation.expires_at)}. The partner appears in the list once they accept. The link
          is shown only once.
        </Text>
        <FormField label="Invitation link" htmlFor="external-invitation-url">
          <div className="flex items-start gap-x-2">
            <div className="min-w-0 flex-1">
              <Textarea
                id="external-invitation-url"
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
      </FormDrawer>
    )
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Invite external partner"
      description="A partner the program pays. If the email has a storefront account, the partner is created on it at once; otherwise an invitation to sign up is sent."
      submitLabel="Add partner"
      isSubmitting={isPending}
      onSubmit={submit}
    >
      <FormField label="Name" htmlFor="external-partner-name" error={errors.name?.message}>
        <Input
          id="external-partner-name"
          placeholder="Anna Outdoors"
          autoFocus
          aria-invalid={!!errors.name}
          {...form.register("name", { validate: (v) => !!v.trim() || "Enter the partner's name" })}
        />
      </FormField>
      <FormField
        label="Email"
        htmlFor="external-partner-email"
        hint="The address the partner signs in to the storefront with."
        error={errors.email?.message}
      >
        <Input
          id="external-partner-email"
          // Checked here, with a message under the field, rather than by the browser's own bubble.
          type="text"
          inputMode="email"
          autoComplete="off"
          placeholder="partner@example.com"
          aria-invalid={!!errors.email}
          {...form.register("email", { validate: (v) => EMAIL.test(v.trim()) || "Enter a valid email address" })}
        />
      </FormField>
      <Controller
        control={form.control}
        name="programId"
        render={({ field }) => <ProgramField id="external-partner-program" value={field.value} onChange={field.onChange} />}
      />
      <FormField label="Message" htmlFor="external-partner-message" optional hint="Included in the invitation email, if one is sent.">
        <Textarea id="external-partner-message" rows={3} {...form.register("message")} />
      </FormField>
    </FormDrawer>
  )
}
