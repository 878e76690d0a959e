import { Button, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { PAYOUT_TRANSITIONS } from "../../../domain/pay/payout"
import { useSettlePayout } from "../../hooks/use-pay"
import { formatAmount } from "../../lib/money"
import type { Payout, PayoutStatus, SettlePayoutInput } from "../../lib/pay-types"
import { withToast } from "../../lib/toast"
import { ReasonPrompt } from "../common/reason-prompt"

type Target = SettlePayoutInput["status"]

type Action = {
  to: Target
  label: string
  variant: "primary" | "secondary" | "danger"
  /** Paid asks for the payment reference, failed for the reason; both are required. */
  ask?: { field: string; key: "reference" | "reason"; description: string }
}

const ACTIONS: Record<Target, Omit<Action, "to">> = {
  processing: { label: "Mark processing", variant: "secondary" },
  paid: {
    label: "Mark paid",
    variant: "primary",
    ask: {
      field: "Payment reference",
      key: "reference",
      description: "The bank or PayPal transaction id, so the partner and your accounts can match the payment.",
    },
  },
  failed: {
    label: "Mark failed",
    variant: "danger",
    ask: {
      field: "Reason",
      key: "reason",
      description: "Its commissions return to the partner's approved balance and can be paid by a later run.",
    },
  },
  canceled: { label: "Cancel payout", variant: "secondary" },
}

/**
 * The moves allowed from the payout's status (the same table the server
 * enforces): draft -> processing / paid / canceled, processing -> paid /
 * failed. Should someone else move the payout first, the server's 409 message
 * is shown and the page refreshes.
 */
export const PayoutActions = ({ payout }: { payout: Payout }) => {
  const settle = useSettlePayout(payout.id)
  const prompt = usePrompt()
  const [asking, setAsking] = useState<Action | null>(null)
  const amount = formatAmount(payout.amount, payout.currency_code)
  const name = payout.affiliate?.name ?? "the partner"
  const actions: Action[] = (PAYOUT_TRANSITIONS[payout.status as PayoutStatus] ?? []).map((to) => ({
    to: to as Target,
    ...ACTIONS[to as Target],
  }))

  /** Resolves to whether a prompt may close: on success, and on a 409 (the payout moved on; the page shows where). */
  const run = async (action: Action, text?: string) => {
    let conflict = false
    const ok = await withToast(async () => {
      const body: SettlePayoutInput = { status: action.to }
      if (action.ask && text) {
        body[action.ask.key] = text
      }
      try {
        const { payout: updated } = await settle.mutateAsync(body)
        return `Payout of ${amount} to ${name} is now ${updated.status}`
      } catch (error) {
        conflict = (error as { status?: number })?.status === 409
        throw error
      }
    })
    return ok || conflict
  }

  const start = async (action: Action) => {
    if (action.ask) {
      setAsking(action)
      return
    }
    const confirmed = await prompt({
      title: action.to === "canceled" ? "Cancel this payout?" : "Mark as processing?",
      description:
        action.to === "canceled"
          ? `The ${amount} payout to ${name} is canceled and its commissions return to the approved balance.`
          : `Says the ${amount} payout to ${name} has been sent to the bank or PayPal and awaits confirmation.`,
      confirmText: action.to === "canceled" ? "Cancel payout" : "Mark processing",
      cancelText: "Back",
      variant: action.to === "canceled" ? "danger" : "confirmation",
    })
    if (confirmed) {
      await run(action)
    }
  }

  if (!actions.length) {
    return null
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      {actions.map((action) => (
        <Button
          key={action.to}
          size="small"
          variant={action.variant}
          isLoading={settle.isPending && settle.variables?.status === action.to}
          disabled={settle.isPending}
          onClick={() => start(action)}
        >
          {action.label}
        </Button>
      ))}
      <ReasonPrompt
        open={!!asking}
        onOpenChange={(open) => !open && setAsking(null)}
        title={asking ? `${asking.label}: ${amount} to ${name}` : ""}
        description={asking?.ask?.description ?? ""}
        fieldLabel={asking?.ask?.field}
        confirmText={asking?.label ?? "Confirm"}
        required
        variant={asking?.variant === "danger" ? "danger" : "confirmation"}
        isPending={settle.isPending}
        onConfirm={async (text) => !!asking && run(asking, text)}
      />
    </div>
  )
}
