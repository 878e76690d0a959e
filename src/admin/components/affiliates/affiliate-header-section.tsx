import { BadgeCheck } from "@medusajs/icons"
import { Badge, Container, Heading, Text, Tooltip } from "@medusajs/ui"
import { formatDateTime } from "../../lib/format"
import type { Affiliate } from "../../lib/types"
import { AffiliateStatusBadge, KindBadge } from "../common/status-badges"
import { AffiliateStatusActions } from "./affiliate-status-actions"

/** Name, kind, status and verification at a glance, with the status actions. */
export const AffiliateHeaderSection = ({ affiliate }: { affiliate: Affiliate }) => (
  <Container className="flex flex-col gap-y-4 px-6 py-4 md:flex-row md:items-center md:justify-between">
    <div className="flex flex-col gap-y-1">
      <div className="flex flex-wrap items-center gap-2">
        <Heading level="h1">{affiliate.name}</Heading>
        <KindBadge kind={affiliate.kind} />
        <AffiliateStatusBadge status={affiliate.status} />
        {affiliate.verified_at && (
          <Tooltip content={`Verified ${formatDateTime(affiliate.verified_at)}`}>
            <Badge size="2xsmall" color="green">
              <BadgeCheck />
              Verified
            </Badge>
          </Tooltip>
        )}
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        {[affiliate.company_name, affiliate.email].filter(Boolean).join(" · ") || affiliate.id}
      </Text>
    </div>
    <AffiliateStatusActions affiliate={affiliate} />
  </Container>
)
