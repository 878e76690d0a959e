import { Button, Drawer } from "@medusajs/ui"
import type { FormEvent, ReactNode } from "react"

type FormDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description?: string
  submitLabel?: string
  isSubmitting?: boolean
  /** Resolve to true (a successful save) to close the drawer. */
  onSubmit: () => void | boolean | Promise<void | boolean>
  children: ReactNode
  /**
   * Replaces the Cancel/Save footer with a single button that closes the
   * drawer, e.g. after a successful create.
   */
  close?: { label: string; variant?: "primary" | "secondary" }
}

/**
 * A side drawer around a form. Submitting (button or Enter) calls onSubmit;
 * the drawer closes only once the request succeeds, so a failed save keeps
 * what the user typed.
 */
export const FormDrawer = ({
  open,
  onOpenChange,
  title,
  description,
  submitLabel = "Save",
  isSubmitting,
  onSubmit,
  children,
  close,
}: FormDrawerProps) => {
  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (!isSubmitting && (await onSubmit()) === true) {
      onOpenChange(false)
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form onSubmit={handleSubmit} className="flex h-full flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
            <Drawer.Description className={description ? "txt-small text-ui-fg-subtle" : "sr-only"}>
              {description ?? title}
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            {children}
          </Drawer.Body>
          <Drawer.Footer>
            {close ? (
              <Drawer.Close asChild>
                <Button size="small" variant={close.variant} type="button">
                  {close.label}
                </Button>
              </Drawer.Close>
            ) : (
              <>
                <Drawer.Close asChild>
                  <Button size="small" variant="secondary" type="button">
                    Cancel
                  </Button>
                </Drawer.Close>
                <Button size="small" type="submit" isLoading={isSubmitting}>
                  {submitLabel}
                </Button>
              </>
            )}
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
