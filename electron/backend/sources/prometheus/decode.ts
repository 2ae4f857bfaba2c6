// Turning a parsed Prometheus answer into typed data or a typed error. Separate from the HTTP
// request so the benchmark can time exactly what happens after the answer arrives.
import type { z } from 'zod'
import {
  matrixToColumns,
  MatrixShapeError,
  type ColumnarMatrix,
  type ColumnarOptions,
  type RawMatrixSeries,
} from '../../../../shared/domain/prometheus/columnar'
import { httpStatusError } from '../http'
import { apiErrorFromEnvelope, apiErrorFromUnexpected, unexpectedResponse } from './errors'
import { errorEnvelopeSchema, matrixDataSchema, successEnvelopeSchema } from './schemas'

export interface AnswerContext {
  /** The endpoint, for messages ("query_range answer does not match..."). */
  what: string
  status: number
  url: string
  /** The PromQL sent, so a parse error's position can be mapped into it. */
  query?: string
}

/** Validates the envelope and `data`; Prometheus's own errors become PrometheusApiError. */
export function decodeAnswer<T extends z.ZodType>(
  context: AnswerContext,
  json: unknown,
  dataSchema: T,
): { data: z.infer<T>; warnings: string[] } {
  const { what, status, url, query } = context
  const failed = errorEnvelopeSchema.safeParse(json)
  if (failed.success) {
    throw apiErrorFromEnvelope(failed.data.errorType, failed.data.error, status, query)
  }
  if (status < 200 || status > 299) throw httpStatusError(url, status, JSON.stringify(json))
  const envelope = successEnvelopeSchema.safeParse(json)
  if (!envelope.success) throw unexpectedResponse(what, envelope.error.issues, status)
  const parsed = dataSchema.safeParse(envelope.data.data)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ ...issue, path: ['data', ...issue.path] }))
    throw unexpectedResponse(what, issues, status)
  }
  const { warnings = [], infos = [] } = envelope.data
  const data: z.infer<T> = parsed.data
  return { data, warnings: [...warnings, ...infos] }
}

/** Columns from a matrix; a malformed sample is an unexpected answer, not a crash. */
export function toColumns(
  result: RawMatrixSeries[],
  options: ColumnarOptions,
  status: number,
): ColumnarMatrix {
  try {
    return matrixToColumns(result, options)
  } catch (error) {
    if (error instanceof MatrixShapeError) throw apiErrorFromUnexpected(error.message, status)
    throw error
  }
}

export interface RangeQueryResult {
  matrix: ColumnarMatrix
  warnings: string[]
}

/** A parsed query_range answer to columns on the query's own grid. */
export function decodeRangeAnswer(
  context: AnswerContext,
  json: unknown,
  range: { startMs: number; endMs: number; stepMs: number; maxSeries?: number },
): RangeQueryResult {
  const { data, warnings } = decodeAnswer(context, json, matrixDataSchema)
  const grid = { startMs: range.startMs, endMs: range.endMs, stepMs: range.stepMs }
  const matrix = toColumns(data.result, { grid, maxSeries: range.maxSeries }, context.status)
  return { matrix, warnings }
}
