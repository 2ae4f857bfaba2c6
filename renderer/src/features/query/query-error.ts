// A failed query as the panel shows it: a short title for the kind of failure, the backend's
// message (what failed and what to do), and where in the query a parse error points.
import { MAX_POINTS_PER_SERIES } from '../../../../shared/domain/prometheus/step'
import { BridgeCallError, errorMessage } from '../../bridge'
import { i18n } from '../../i18n'
import { formatNumber } from '../../i18n/format'
import type { PlanProblems } from './plan'
import type { QueryErrorMark } from './PromQLEditor'

export interface DescribedQueryError {
  title: string
  message: string
  mark: QueryErrorMark | null
  /** The field the error belongs to, when it is the user's input. */
  field: 'query' | 'step' | null
}

/** Failure kinds from the backend, to the title key in the `query` catalogue. */
const TITLE_KEYS = {
  bad_data: 'badData',
  execution: 'execution',
  timeout: 'timeout',
  canceled: 'cancelled',
  cancelled: 'cancelled',
  unreachable: 'unreachable',
  tls: 'tls',
  not_json: 'notPrometheus',
  http: 'http',
  too_large: 'tooLarge',
  unexpected_response: 'notPrometheus',
  internal: 'prometheusFailed',
  unavailable: 'prometheusFailed',
} as const

type TitleKey = (typeof TITLE_KEYS)[keyof typeof TITLE_KEYS]

function titleKeyOf(kind: string | null): TitleKey | null {
  return kind !== null && Object.hasOwn(TITLE_KEYS, kind)
    ? TITLE_KEYS[kind as keyof typeof TITLE_KEYS]
    : null
}

/** The failure kind the backend put in `info` (kind=… for transport, errorType=… for the API). */
function kindOf(error: BridgeCallError): string | null {
  const match = /(?:^|\s)(?:kind|errorType)=(\S+)/.exec(error.info ?? '')
  return match?.[1] ?? null
}

/** "line:column:offset" from the backend; the offset recomputed from line and column if absent. */
function markOf(error: BridgeCallError, query: string): QueryErrorMark | null {
  const position = error.fields['query.position']
  if (!position) return null
  const [line, column, offset] = position
    .split(':')
    .map((part) => (part === '' ? NaN : Number(part)))
  let at = offset ?? NaN
  if (Number.isNaN(at) && line !== undefined && column !== undefined) {
    const lines = query.split('\n').slice(0, line - 1)
    at = lines.reduce((sum, text) => sum + text.length + 1, 0) + column - 1
  }
  return Number.isFinite(at) ? { offset: Math.max(0, at), message: error.message } : null
}

/** Too many points, refused by our backend (fields.step) or by Prometheus itself. */
function isTooManyPoints(error: BridgeCallError): boolean {
  return error.fields.step !== undefined || /exceeded maximum resolution/i.test(error.message)
}

export function describeQueryError(error: unknown, query: string): DescribedQueryError {
  const message = i18n.t('query:errors.message', { reason: errorMessage(error) })
  if (!(error instanceof BridgeCallError)) {
    return { title: i18n.t('query:errors.failed'), message, mark: null, field: null }
  }
  if (isTooManyPoints(error)) {
    return {
      title: i18n.t('query:errors.tooManyPoints'),
      message: i18n.t('query:errors.tooManyPointsMessage', {
        max: formatNumber(MAX_POINTS_PER_SERIES),
      }),
      mark: null,
      field: 'step',
    }
  }
  const field = error.fields.query ? 'query' : null
  const titleKey = titleKeyOf(kindOf(error))
  const title = titleKey
    ? i18n.t(`query:errors.titles.${titleKey}`)
    : field === 'query'
      ? i18n.t('query:errors.titles.badData')
      : error.code === 'not_found'
        ? i18n.t('query:errors.sourceNotFound')
        : i18n.t('query:errors.failed')
  return { title, message, mark: markOf(error, query), field }
}

/** The plan's problems with a failure that belongs beside a field: too many points, the Step. */
export function problemsWithFailure(
  problems: PlanProblems,
  failure: DescribedQueryError | null,
): PlanProblems {
  if (failure?.field !== 'step' || problems.step) return problems
  return { ...problems, step: failure.message }
}
