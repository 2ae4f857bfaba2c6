// Errors Prometheus itself reports (as opposed to transport failures, which are SourceErrors).
import { z } from 'zod'
import { AppError } from '../../../../shared/contract/errors'
import type { Message } from '../../../../shared/i18n/messages'
import {
  describePrometheusError,
  type PrometheusErrorKind,
  type QueryPosition,
} from '../../../../shared/domain/prometheus/query-error'

/**
 * A query or API call Prometheus refused. Parse errors and too many points are the user's input
 * (`invalid_input`, shown next to the query or step field); the rest are source errors.
 */
export class PrometheusApiError extends AppError {
  constructor(
    readonly kind: PrometheusErrorKind,
    message: Message,
    readonly errorType: string,
    /** Prometheus's own words. */
    readonly prometheusMessage: string,
    readonly position: QueryPosition | null,
    readonly httpStatus: number,
  ) {
    const field = kind === 'bad_data' ? 'query' : kind === 'too_many_points' ? 'step' : null
    super(field ? 'invalid_input' : 'source_error', message, {
      ...(field ? { fields: { [field]: message } } : {}),
      info: `errorType=${errorType} status=${httpStatus}`,
    })
    this.name = 'PrometheusApiError'
  }
}

export function apiErrorFromEnvelope(
  errorType: string,
  error: string,
  httpStatus: number,
  query?: string,
): PrometheusApiError {
  const description = describePrometheusError(errorType, error, query)
  return new PrometheusApiError(
    description.kind,
    description.text,
    errorType,
    description.detail,
    description.position,
    httpStatus,
  )
}

/** A success answer that does not have the shape the API documents. */
export function unexpectedResponse(
  what: string,
  issues: readonly z.core.$ZodIssue[],
  httpStatus: number,
): PrometheusApiError {
  const first = issues[0]
  const where = first ? `${first.path.map(String).join('.') || '(root)'}: ${first.message}` : ''
  const detail = `${what} answer does not match the Prometheus API${where ? ` (${where})` : ''}`
  return apiErrorFromUnexpected(detail, httpStatus)
}

export function apiErrorFromUnexpected(detail: string, httpStatus: number): PrometheusApiError {
  const description = describePrometheusError('unexpected_response', detail)
  return new PrometheusApiError(
    'unexpected_response',
    description.text,
    'unexpected_response',
    detail,
    null,
    httpStatus,
  )
}
