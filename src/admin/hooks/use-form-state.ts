import { useEffect, useState } from "react"

/** A form's values in one object, with a setter per field. */
export function useFormState<F>(initial: () => F) {
  const [form, setForm] = useState<F>(initial)
  const set = <K extends keyof F>(key: K, value: F[K]) => setForm((f) => ({ ...f, [key]: value }))
  return { form, set, setForm, reset: () => setForm(initial()) }
}

/**
 * Form state of a drawer: starts again from `initial()` each time the drawer
 * opens, or when one of `deps` (the record it edits) changes while open. Not
 * on every render: a background refetch must not wipe what is being typed.
 */
export function useDrawerForm<F>(open: boolean, initial: () => F, deps: unknown[] = []) {
  const state = useFormState(initial)
  useEffect(() => {
    if (open) {
      state.reset()
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, ...deps])
  return state
}
