"use client"

import { Heading, Input, Label } from "@medusajs/ui"
import { useActionState } from "react"
import { loginAction, signupAction } from "@/lib/data/customer"
import { FormMessage } from "./form-message"
import { SubmitButton } from "./submit-button"

function Field({ id, name, label, type = "text", autoComplete }: { id: string; name: string; label: string; type?: string; autoComplete: string }) {
  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={id}>{label}</Label>
      <Input id={id} name={name} type={type} autoComplete={autoComplete} required />
    </div>
  )
}

export function LoginForm({ countryCode, next }: { countryCode: string; next?: string }) {
  const [state, action] = useActionState(loginAction, null)
  return (
    <form action={action} className="flex flex-col gap-3" aria-labelledby="sign-in-heading">
      <Heading level="h2" id="sign-in-heading">Sign in</Heading>
      <input type="hidden" name="countryCode" value={countryCode} />
      <input type="hidden" name="next" value={next ?? ""} />
      <Field id="login-email" name="email" label="Email" type="email" autoComplete="email" />
      <Field id="login-password" name="password" label="Password" type="password" autoComplete="current-password" />
      <SubmitButton testId="sign-in">Sign in</SubmitButton>
      <FormMessage state={state} testId="sign-in-message" />
    </form>
  )
}

export function SignupForm({ countryCode }: { countryCode: string }) {
  const [state, action] = useActionState(signupAction, null)
  return (
    <form action={action} className="flex flex-col gap-3" aria-labelledby="register-heading">
      <Heading level="h2" id="register-heading">Create an account</Heading>
      <input type="hidden" name="countryCode" value={countryCode} />
      <div className="grid grid-cols-2 gap-3">
        <Field id="register-first-name" name="first_name" label="First name" autoComplete="given-name" />
        <Field id="register-last-name" name="last_name" label="Last name" autoComplete="family-name" />
      </div>
      <Field id="register-email" name="email" label="Email" type="email" autoComplete="email" />
      <Field id="register-password" name="password" label="Password" type="password" autoComplete="new-password" />
      <SubmitButton testId="register">Create account</SubmitButton>
      <FormMessage state={state} testId="register-message" />
    </form>
  )
}
