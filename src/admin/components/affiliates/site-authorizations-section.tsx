import { Plus } from "@medusajs/icons"
import { Button, Text, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useUpdateSiteAuthorization } from "../../hooks/use-site-authorizations"
import { formatDateTime } from "../../lib/format"
import { withToast } from "../../lib/toast"
import type { Affiliate, SiteAuthorization } from "../../lib/types"
import { type Column, StopRowClick } from "../common/paginated-table"
import { AUTHORIZATION_STATUS_COLORS, StateBadge } from "../common/status-badges"
import { TableSection } from "../common/table-section"
import { SiteAuthorizationAddDrawer } from "./site-authorization-add-drawer"

/** Which sites this affiliate may promote; links and codes only work on approved ones. */
export const SiteAuthorizationsSection = ({ affiliate }: { affiliate: Affiliate }) => {
  const [addOpen, setAddOpen] = useState(false)
  const authorizations = affiliate.site_authorizations ?? []

  const columns: Column<SiteAuthorization>[] = [
    {
      key: "site",
      header: "Site",
      render: (auth) => (
        <div className="flex flex-col">
          <span className="text-ui-fg-base">{auth.site?.name ?? auth.site_id}</span>
          {auth.site?.domain && (
            <Text size="xsmall" className="text-ui-fg-muted">
              {auth.site.domain}
            </Text>
          )}
        </div>
      ),
    },
    {
      key: "status",
      header: "Status",
      render: (auth) => <StateBadge value={auth.status} colors={AUTHORIZATION_STATUS_COLORS} />,
    },
    { key: "note", header: "Note", render: (auth) => auth.note || "-" },
    { key: "decided", header: "Decided", render: (auth) => formatDateTime(auth.decided_at) },
    {
      key: "actions",
      header: "",
      className: "text-right",
      render: (auth) => <AuthorizationActions affiliateId={affiliate.id} authorization={auth} />,
    },
  ]

  return (
    <TableSection
      title="Site authorizations"
      description="Sites this partner may send traffic to."
      action={{ label: "Add authorization", icon: <Plus />, onClick: () => setAddOpen(true) }}
      columns={columns}
      rows={authorizations}
      rowKey={(auth) => auth.id}
      empty={{
        title: "No site authorizations",
        description: "Authorize a site so this partner's links and codes work there.",
      }}
    >
      <SiteAuthorizationAddDrawer
        affiliateId={affiliate.id}
        existingSiteIds={authorizations.map((a) => a.site_id)}
        open={addOpen}
        onOpenChange={setAddOpen}
      />
    </TableSection>
  )
}

const AuthorizationActions = ({
  affiliateId,
  authorization,
}: {
  affiliateId: string
  authorization: SiteAuthorization
}) => {
  const prompt = usePrompt()
  const { mutateAsync, isPending } = useUpdateSiteAuthorization(affiliateId)
  const siteName = authorization.site?.name ?? "this site"

  const update = async (status: "approved" | "revoked") => {
    if (status === "revoked") {
      const confirmed = await prompt({
        title: "Revoke authorization?",
        description: `The partner's links and codes stop attributing on ${siteName}.`,
        confirmText: "Revoke",
        cancelText: "Cancel",
      })
      if (!confirmed) {
        return
      }
    }
    await withToast(async () => {
      await mutateAsync({ id: authorization.id, status })
      return status === "approved" ? `Approved for ${siteName}` : `Revoked for ${siteName}`
    })
  }

  return (
    <StopRowClick>
      {authorization.status !== "approved" && (
        <Button size="small" variant="secondary" isLoading={isPending} onClick={() => update("approved")}>
          Approve
        </Button>
      )}
      {authorization.status !== "revoked" && (
        <Button size="small" variant="transparent" disabled={isPending} onClick={() => update("revoked")}>
          Revoke
        </Button>
      )}
    </StopRowClick>
  )
}
