import { Button, Drawer } from "@medusajs/ui"
import type { FormEvent, ReactNode } from "react"

type FormDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description?: string
  submitLabel?: string
  isSubmitting?: boolean
  onSubmit: () => void
  children: ReactNode
  /** Replaces the default Cancel/Save footer, e.g. after a successful create. */
  footer?: ReactNode
}

/**
 * A side drawer around a form. Submitting (button or Enter) calls onSubmit;
 * the caller closes the drawer once the request succeeds, so a failed save
 * keeps what the user typed.
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
  footer,
}: FormDrawerProps) => {
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (!isSubmitting) {
      onSubmit()
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
            {footer ?? (
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
