import { usePrograms } from "../../hooks/use-programs"
import { SelectField } from "./form-field"

type ProgramFieldProps = {
  id: string
  optional?: boolean
  value: string | undefined
  onChange: (value: string | undefined) => void
}

/** Picks a program; leaving it empty lets the server use the default program. */
export const ProgramField = ({ id, optional, value, onChange }: ProgramFieldProps) => {
  const { data, isLoading } = usePrograms()
  const options = (data?.programs ?? []).map((program) => ({
    value: program.id,
    label: program.is_default ? `${program.name} (default)` : program.name,
  }))
  return (
    <SelectField
      id={id}
      label="Program"
      optional={optional}
      value={value}
      onChange={onChange}
      options={options}
      placeholder={isLoading ? "Loading programs..." : "Default program"}
      noneLabel="Default program"
      disabled={isLoading}
    />
  )
}
