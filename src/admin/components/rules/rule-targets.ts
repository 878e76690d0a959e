import { useAffiliates } from "../../hooks/use-affiliates"
import { useReferrals } from "../../hooks/use-referrals"
import { useSites } from "../../hooks/use-sites"
import type { CommissionRule, RuleScope } from "../../lib/pay-types"
import type { SelectOption } from "../common/option-select"
import { SCOPE_LABELS } from "./rule-text"

/**
 * What a rule can be aimed at in a program: its sites, its partners and
 * their referrals, as select options and as names for the rule list.
 */
export function useRuleTargets(programId: string | undefined) {
  const sites = useSites({ limit: 100, program_id: programId })
  const affiliates = useAffiliates({ limit: 200, order: "name", program_id: programId })
  const referrals = useReferrals({ limit: 200 })

  const affiliateNames = new Map((affiliates.data?.affiliates ?? []).map((a) => [a.id, a.name]))
  const options: Record<Exclude<RuleScope, "program">, SelectOption[]> = {
    site: (sites.data?.sites ?? []).map((s) => ({ value: s.id, label: `${s.name} (${s.domain})` })),
    affiliate: (affiliates.data?.affiliates ?? []).map((a) => ({ value: a.id, label: a.name })),
    // Referrals of this program's partners only.
    referral: (referrals.data?.referrals ?? [])
      .filter((r) => affiliateNames.has(r.affiliate_id))
      .map((r) => ({ value: r.id, label: `${r.name} (${r.slug}) · ${affiliateNames.get(r.affiliate_id)}` })),
  }

  /** "Partner: Anna Outdoors"; the id while the name is not loaded. */
  const targetText = (rule: Pick<CommissionRule, "scope" | "site_id" | "affiliate_id" | "referral_id">) => {
    if (rule.scope === "program") {
      return "Whole program"
    }
    const id = rule[`${rule.scope}_id` as "site_id"]
    const option = options[rule.scope].find((o) => o.value === id)
    return `${SCOPE_LABELS[rule.scope]}: ${option?.label ?? id ?? "-"}`
  }

  /** The name of a site, partner or referral by its id field ("site_id" ...), for the history. */
  const nameOf = (field: string, id: string) => {
    const scope = field.replace(/_id$/, "") as Exclude<RuleScope, "program">
    return options[scope]?.find((o) => o.value === id)?.label ?? id
  }

  return {
    options,
    targetText,
    nameOf,
    isLoading: sites.isLoading || affiliates.isLoading || referrals.isLoading,
  }
}
