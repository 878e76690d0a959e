/** A rule for the operator: percentages as numbers. */
export function presentRule(row: Record<string, any>) {
  const { raw_percentage, deleted_at, ...fields } = row
  return { ...fields, percentage: row.percentage == null ? null : Number(row.percentage) }
}
