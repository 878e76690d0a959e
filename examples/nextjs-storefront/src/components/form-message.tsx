import type { FormState } from "@/lib/data/cart"

/** What a server action said: an error in red, a notice in green; announced to screen readers. */
export function FormMessage({ state, testId }: { state: FormState; testId: string }) {
  if (!state?.error && !state?.notice) return null
  return (
    <p role={state.error ? "alert" : "status"} data-testid={testId} className={state.error ? "txt-compact-small text-ui-fg-error" : "txt-compact-small text-ui-fg-interactive"}>
      {state.error ?? state.notice}
    </p>
  )
}
