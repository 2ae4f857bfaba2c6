import { AppError } from '../../../shared/contract/errors'
import { msg } from '../../../shared/i18n/messages'
import type { postmortemChannels } from '../../../shared/contract/postmortem'
import type { EventName } from '../../../shared/contract/index'
import { slugOf } from '../../../shared/domain/postmortem/document'
import { requireIncident } from '../handlers/incidents'
import type { HandlerDeps, HandlersFor } from '../handlers/types'
import { exportBundle, NOTHING_IMPORTED, readBundle } from './bundle'
import { writeBundle } from './bundle-import'

type BundleChannel = Extract<keyof typeof postmortemChannels, `bundle.${string}`>

/** Everything an imported incident may have changed, so every open view refreshes. */
const IMPORT_EVENTS: readonly EventName[] = [
  'incident.changed',
  'timeline.changed',
  'runbook.changed',
  'hypothesis.changed',
  'evidence.changed',
  'postmortem.changed',
]

/** Base64 as the browser's FileReader gives it, data: prefix and line breaks allowed. */
export function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '')
  if (clean === '' || !/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) {
    throw new AppError('invalid_input', msg('msgFiles:bundle.notBase64'), {
      info: NOTHING_IMPORTED,
    })
  }
  return Buffer.from(clean, 'base64')
}

export function bundleHandlers(deps: HandlerDeps): HandlersFor<BundleChannel> {
  return {
    'bundle.export'({ incidentId }) {
      const incident = requireIncident(deps, incidentId)
      const bytes = exportBundle(deps.db, incidentId, {
        version: deps.info.version,
        exportedAt: new Date(deps.now()),
      })
      const date = new Date(incident.startedAt).toISOString().slice(0, 10)
      return {
        fileName: `${date}-${slugOf(incident.title)}.firebreak-bundle.zip`,
        base64: Buffer.from(bytes).toString('base64'),
        bytes: bytes.length,
      }
    },
    'bundle.import'({ base64 }) {
      const result = writeBundle(deps.db, readBundle(deps.db, decodeBase64(base64)))
      if (result.outcome !== 'unchanged') {
        for (const name of IMPORT_EVENTS) deps.emit({ name, incidentId: result.incidentId })
      }
      return result
    },
  }
}
