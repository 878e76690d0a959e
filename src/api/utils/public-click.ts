import type { RecordedClick } from "../../workflows/track/record-click"

/**
 * A click as the public answer shows it: whether it can attribute, never why
 * not (the reason tells a partner's status, which is nobody else's business).
 */
export function publicClick(click: RecordedClick): Omit<RecordedClick, "blocked_reason"> {
  const { blocked_reason: _reason, ...shown } = click
  return shown
}
