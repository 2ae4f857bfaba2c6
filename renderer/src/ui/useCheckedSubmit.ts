import { useEffect, useRef, useState, type FormEvent } from 'react'
import { fieldErrorsFor } from '../bridge'

export type Checked<K extends string, I> =
  { ok: true; input: I } | { ok: false; errors: Partial<Record<K, string>> }

interface CheckedSubmitOptions<K extends string, I, O> {
  /** The fields the form shows messages next to. */
  fields: readonly K[]
  /** Client-side check with the backend's rules; nothing is sent when it fails. */
  check: () => Checked<K, I>
  send: (input: I) => Promise<O>
  onSent: (output: O) => void
}

/**
 * One submit flow for every form: check, send, and on failure put each message next to its
 * field, focusing the first; a failure tied to no field comes back as `failure` to show in
 * place. The form's values are never touched, so nothing typed is lost. Attach `formRef`.
 */
export function useCheckedSubmit<K extends string, I, O>(options: CheckedSubmitOptions<K, I, O>) {
  const [errors, setErrors] = useState<Partial<Record<K, string>>>({})
  const [failure, setFailure] = useState<unknown>(null)
  const [sending, setSending] = useState(false)
  const [rejections, setRejections] = useState(0)
  const formRef = useRef<HTMLFormElement>(null)

  // After a refusal, focus lands on the first field with a message, where the fix is typed.
  useEffect(() => {
    if (rejections === 0) return
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [rejections])

  function reject(fieldErrors: Partial<Record<K, string>>) {
    setErrors(fieldErrors)
    if (Object.keys(fieldErrors).length > 0) setRejections((count) => count + 1)
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault()
    if (sending) return
    const checked = options.check()
    setFailure(null)
    if (!checked.ok) return reject(checked.errors)
    setErrors({})
    setSending(true)
    try {
      options.onSent(await options.send(checked.input))
    } catch (error) {
      const placed = fieldErrorsFor(error, options.fields)
      reject(placed)
      if (Object.keys(placed).length === 0) setFailure(error)
    } finally {
      setSending(false)
    }
  }

  return { errors, failure, sending, submit, formRef }
}
