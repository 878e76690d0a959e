import { PencilSquare } from "@medusajs/icons"
import { Badge, Button, Container } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { usePrograms } from "../../hooks/use-programs"
import { displayValue, formatDateTime } from "../../lib/format"
import { statusLabel } from "../../lib/status"
import type { Affiliate } from "../../lib/types"
import { KeyValueList, type KeyValueRow } from "../common/key-value-list"
import { SectionHeader } from "../common/section-header"
import { AffiliateEditDrawer } from "./affiliate-edit-drawer"

const websiteLink = (website: string | null) => {
  if (!website) {
    return "-"
  }
  const href = /^https?:\/\//i.test(website) ? website : `https://${website}`
  return (
    <a href={href} target="_blank" rel="noreferrer" className="text-ui-fg-interactive hover:underline">
      {website}
    </a>
  )
}

/** Free-form JSON (application answers, address) shown as one row per key. */
const jsonRows = (value: Record<string, unknown> | null | undefined, prefix = ""): KeyValueRow[] =>
  Object.entries(value ?? {}).map(([key, v]) => ({
    label: `${prefix}${statusLabel(key)}`,
    value: displayValue(v),
  }))

export const AffiliateDetailsSection = ({ affiliate }: { affiliate: Affiliate }) => {
  const [editOpen, setEditOpen] = useState(false)
  const { data } = usePrograms()
  const program = affiliate.program ?? data?.programs.find((p) => p.id === affiliate.program_id)

  const contactRows: KeyValueRow[] = [
    { label: "Email", value: affiliate.email || "-" },
    { label: "Phone", value: affiliate.phone || "-" },
    { label: "Company", value: affiliate.company_name || "-" },
    { label: "Website", value: websiteLink(affiliate.website) },
    { label: "Tax ID", value: affiliate.tax_id || "-" },
    { label: "Timezone", value: affiliate.timezone || "-" },
    ...jsonRows(affiliate.address, "Address: "),
  ]

  const accountRows: KeyValueRow[] = [
    {
      label: "Program",
      value: program ? (
        <Link to="/affiliates/programs" className="text-ui-fg-interactive hover:underline">
          {program.name}
        </Link>
      ) : (
        affiliate.program_id || "-"
      ),
    },
    { label: "Kind", value: affiliate.kind === "internal" ? "Internal" : "External" },
    {
      label: "Customer",
      value: affiliate.customer_id ? (
        <Link to={`/customers/${affiliate.customer_id}`} className="text-ui-fg-interactive hover:underline">
          {affiliate.customer_id}
        </Link>
      ) : (
        "-"
      ),
    },
    {
      label: "Agreement",
      value: affiliate.agreement_version
        ? `Version ${affiliate.agreement_version}, accepted ${formatDateTime(affiliate.agreement_accepted_at)}`
        : "Not accepted",
    },
    {
      label: "Verified",
      value: affiliate.payout_details_changed_since_verification ? (
        <Badge size="2xsmall" color="orange">
          Payout details changed since verification
        </Badge>
      ) : (
        formatDateTime(affiliate.verified_at)
      ),
    },
    { label: "Payout method", value: statusLabel(affiliate.payout_method) },
    ...jsonRows(affiliate.payout_details, "Payout: "),
    { label: "Created", value: formatDateTime(affiliate.created_at) },
  ]

  const businessRows = jsonRows(affiliate.business_details)

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Details"
        actions={
          <Button size="small" variant="secondary" onClick={() => setEditOpen(true)}>
            <PencilSquare />
            Edit
          </Button>
        }
      />
      <KeyValueList rows={contactRows} />
      <SectionHeader title="Account" />
      <KeyValueList rows={accountRows} />
      <SectionHeader
        title="Business details"
        description={businessRows.length ? undefined : "No application answers were given."}
      />
      {businessRows.length > 0 && <KeyValueList rows={businessRows} />}
      <AffiliateEditDrawer affiliate={affiliate} open={editOpen} onOpenChange={setEditOpen} />
    </Container>
  )
}
