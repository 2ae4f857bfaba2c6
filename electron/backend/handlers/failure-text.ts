import { AppError } from '../../../shared/contract/errors'
import { MissingVariableError } from '../../../shared/domain/prometheus/health-checks'
import type { Message } from '../../../shared/i18n/messages'

/**
 * A caught failure that an answer reports instead of throwing (a panel, an SLO, a connection
 * test): its English text, and its catalogue message when it has one, so the UI can word it.
 */
export function failureText(error: unknown): { message: string; text: Message | null } {
  const text =
    error instanceof AppError || error instanceof MissingVariableError ? error.text : undefined
  return { message: error instanceof Error ? error.message : String(error), text: text ?? null }
}
