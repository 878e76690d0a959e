import { Copy, Text } from "@medusajs/ui"

/** A few lines of configuration to copy into .env or medusa-config, with what they are for. */
export const ConfigSnippet = ({ label, code }: { label: string; code: string }) => (
  <div className="flex flex-col gap-y-1">
    <Text size="xsmall" className="text-ui-fg-muted">
      {label}
    </Text>
    <div className="bg-ui-bg-subtle flex items-start justify-between gap-x-2 rounded-md border px-3 py-2">
      <pre className="txt-compact-small text-ui-fg-base overflow-x-auto whitespace-pre font-mono">{code}</pre>
      <Copy content={code} aria-label={`Copy: ${label}`} />
    </div>
  </div>
)
