import { Button, Label, Prompt, Textarea } from "@medusajs/ui"
import { type FormEvent, useEffect, useState } from "react"

type ReasonPromptProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description: string
  confirmText: string
  /** Label above the text box, e.g. "Reason" or "Note". */
  fieldLabel?: string
  required?: boolean
  variant?: "danger" | "confirmation"
  isPending?: boolean
  /** Resolve to true to close the prompt; false keeps it open with the text intact. */
  onConfirm: (text: string | undefined) => Promise<boolean>
}

/**
 * A confirmation that also asks for a short reason. Unlike Prompt.Action it
 * stays open while the request runs, so a failure does not lose the text.
 */
export const ReasonPrompt = ({
  open,
  onOpenChange,
  title,
  description,
  confirmText,
  fieldLabel = "Reason",
  required,
  variant = "confirmation",
  isPending,
  onConfirm,
}: ReasonPromptProps) => {
  const [text, setText] = useState("")

  // Each opening starts blank.
  useEffect(() => {
    if (open) {
      setText("")
    }
  }, [open])

  const trimmed = text.trim()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (required && !trimmed) {
      return
    }
    if (await onConfirm(trimmed || undefined)) {
      onOpenChange(false)
    }
  }

  return (
    <Prompt open={open} onOpenChange={onOpenChange} variant={variant}>
      <Prompt.Content>
        <form onSubmit={submit}>
          <Prompt.Header>
            <Prompt.Title>{title}</Prompt.Title>
            <Prompt.Description>{description}</Prompt.Description>
          </Prompt.Header>
          <div className="flex flex-col gap-y-2 px-6 pt-4">
            <Label htmlFor="reason-prompt-text" size="small" weight="plus">
              {fieldLabel}
              {!required && <span className="text-ui-fg-muted font-normal"> (Optional)</span>}
            </Label>
            <Textarea
              id="reason-prompt-text"
              value={text}
              onChange={(e) => setText(e.target.value)}
              rows={3}
              autoFocus
            />
          </div>
          <Prompt.Footer>
            <Prompt.Cancel type="button">Cancel</Prompt.Cancel>
            <Button
              size="small"
              type="submit"
              variant={variant === "danger" ? "danger" : "primary"}
              isLoading={isPending}
              disabled={required && !trimmed}
            >
              {confirmText}
            </Button>
          </Prompt.Footer>
        </form>
      </Prompt.Content>
    </Prompt>
  )
}
