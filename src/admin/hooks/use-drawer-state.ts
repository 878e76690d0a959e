import { useState } from "react"

/**
 * Open state of a drawer that works on one value (a record to edit, null to
 * create; a preselected referral). The value is kept on close, so the drawer
 * does not change its content while it animates out.
 */
export function useDrawerState<T>(initial: T) {
  const [state, setState] = useState({ open: false, value: initial })
  return {
    open: state.open,
    value: state.value,
    show: (value: T) => setState({ open: true, value }),
    onOpenChange: (open: boolean) => setState((current) => ({ ...current, open })),
  }
}
