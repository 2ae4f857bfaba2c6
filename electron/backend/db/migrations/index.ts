import type { Migration } from '../migrate'
import { initial } from './0001-initial'
import { runbooksHypothesesRoles } from './0002-runbooks-hypotheses-roles'
import { dataSources } from './0003-data-sources'
import { evidence } from './0004-evidence'
import { postmortems } from './0005-postmortems'
import { slosAndIncidentAlerts } from './0006-slos'
import { libraryReviewArchive } from './0007-library-review-archive'
import { sampleIncidents } from './0008-sample-incidents'
import { libraryLazyTimelineIndex } from './0009-library-lazy-timeline-index'
import { insightsIndexes } from './0010-insights-indexes'
import { timelineMessages } from './0011-timeline-messages'

/** Every migration, in order. Append only: a shipped migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  runbooksHypothesesRoles,
  dataSources,
  evidence,
  postmortems,
  slosAndIncidentAlerts,
  libraryReviewArchive,
  sampleIncidents,
  libraryLazyTimelineIndex,
  insightsIndexes,
  timelineMessages,
]
