export * from './model'
export { detectTraceFormat, type PayloadDetection } from './detect'
export { parseTracePayload, normalizeTraceValue } from './parse'
export { beginTraceParse, type FeedOptions, type TraceParseFeed } from './parse-feed'
export {
  spanDetails,
  type SpanDetails,
  type SpanKind,
  type SpanLog,
  type SpanReference,
  type SpanReferenceType,
} from './details'
export { adjustClockSkew, type SkewAdjustment } from './skew'
export { analyzeTrace, errorSpans, type TraceAnalysis } from './analyze'
export { selfTimes } from './self-time'
export { criticalPath, type CriticalPath, type CriticalSegment } from './critical-path'
export { spanTotals, type SpanGroupTotals } from './totals'
export { timeSummary, timeSummaryText } from './summary'
export { formatDurationUs, formatDurationUsWith, formatShare } from './format'
export { englishWarning, wordedWarnings, type TraceWarning, type WordedWarnings } from './warnings'
