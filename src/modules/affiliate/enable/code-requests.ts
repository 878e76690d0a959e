/**
 * A code request is decided once: the update only touches a request that is
 * still pending, so of two operators (or an operator and the partner) acting
 * at the same moment exactly one wins, and the other learns it from the empty
 * answer.
 */
export const DECIDE_CODE_REQUEST_SQL = `
update affiliate_code_request
   set status = ?, reason = ?, decided_by = ?, decided_at = ?::timestamptz, updated_at = now()
 where id = ? and status = 'pending' and deleted_at is null
returning id`

export type CodeRequestDecisionRow = {
  id: string
  status: "approved" | "refused" | "withdrawn"
  reason: string | null
  decided_by: string | null
  decided_at: Date
}

export function decisionParams(row: CodeRequestDecisionRow): unknown[] {
  return [row.status, row.reason, row.decided_by, row.decided_at.toISOString(), row.id]
}
