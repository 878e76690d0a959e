import { BadgeCheck } from "@medusajs/icons"
import { Button } from "@medusajs/ui"
import { useState } from "react"
import { useChangeAffiliateStatus, useVerifyAffiliate } from "../../hooks/use-affiliates"
import { withToast } from "../../lib/toast"
import { type StatusAction, statusActionsFor } from "../../lib/status"
import type { Affiliate } from "../../lib/types"
import { ReasonPrompt } from "../common/reason-prompt"

/**
 * The status buttons allowed from the affiliate's current status, plus
 * "Mark verified". Every move asks for a reason, which lands in the history.
 */
export const AffiliateStatusActions = ({ affiliate }: { affiliate: Affiliate }) => {
  const [action, setAction] = useState<StatusAction | null>(null)
  const [verifyOpen, setVerifyOpen] = useState(false)
  const changeStatus = useChangeAffiliateStatus(affiliate.id)
  const verify = useVerifyAffiliate(affiliate.id)
  const actions = statusActionsFor(affiliate.status)

  const confirmStatus = async (reason: string | undefined) =>
    !!action &&
    withToast(async () => {
      await changeStatus.mutateAsync({ status: action.to, reason })
      return `${affiliate.name} is now ${action.to}`
    })

  const confirmVerify = (note: string | undefined) =>
    withToast(async () => {
      await verify.mutateAsync({ note })
      return `${affiliate.name} is marked as verified`
    })

  return (
    <div className="flex flex-wrap items-center gap-2">
      {!affiliate.verified_at && (
        <Button size="small" variant="secondary" onClick={() => setVerifyOpen(true)}>
          <BadgeCheck />
          Mark verified
        </Button>
      )}
      {actions.map((a) => (
        <Button
          key={a.to}
          size="small"
          variant={a.variant}
          onClick={() => setAction(a)}
        >
          {a.label}
        </Button>
      ))}
      <ReasonPrompt
        open={!!action}
        onOpenChange={(open) => !open && setAction(null)}
        title={action ? `${action.label} ${affiliate.name}?` : ""}
        description={
          action
            ? `The status changes from ${affiliate.status} to ${action.to}.${
                action.to === "disabled" ? " Disabling is final." : ""
              } The reason is kept in the status history.`
            : ""
        }
        confirmText={action?.label ?? "Confirm"}
        required={action?.reasonRequired}
        variant={action?.variant === "danger" ? "danger" : "confirmation"}
        isPending={changeStatus.isPending}
        onConfirm={confirmStatus}
      />
      <ReasonPrompt
        open={verifyOpen}
        onOpenChange={setVerifyOpen}
        title={`Mark ${affiliate.name} as verified?`}
        description="Confirms you have checked this partner's identity and business details."
        confirmText="Mark verified"
        fieldLabel="Note"
        isPending={verify.isPending}
        onConfirm={confirmVerify}
      />
    </div>
  )
}
