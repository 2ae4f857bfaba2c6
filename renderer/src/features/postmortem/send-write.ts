import type { Channel } from '../../../../shared/contract/index'
import { call, pageToken } from '../../bridge'
import { TOKEN_HEADER } from '../../bridge/http'
import type { PendingWrite } from './draft-store'
import type { Confirmed } from './save-store'

/** The bridge call for one pending write, and what the backend confirmed. */
export async function sendWrite(incidentId: string, write: PendingWrite): Promise<Confirmed> {
  if (write.kind === 'section') {
    const saved = await call('postmortem.updateSection', { incidentId, ...write.entry })
    return { kind: 'section', value: write.entry.value, updatedAt: saved.updatedAt }
  }
  const item = await call('actionItem.update', { id: write.id, ...write.changes })
  return { kind: 'item', item }
}

function request(incidentId: string, write: PendingWrite): { channel: Channel; input: unknown } {
  if (write.kind === 'section') {
    return { channel: 'postmortem.updateSection', input: { incidentId, ...write.entry } }
  }
  return { channel: 'actionItem.update', input: { id: write.id, ...write.changes } }
}

/** Chromium refuses keepalive bodies above 64 KiB in total; larger drafts wait for the next load. */
const KEEPALIVE_BUDGET = 60 * 1024

/**
 * Browser mode, page going away: a normal request dies with the page, a keepalive one is
 * delivered. The drafts stay in localStorage regardless, and are sent again on the next load
 * (saving the same text twice is harmless). In Electron the IPC message outlives the page, so
 * the ordinary call does.
 */
export function sendBeforeUnload(incidentId: string, writes: readonly PendingWrite[]): void {
  const token = pageToken()
  if (window.firebreak || !token) {
    for (const write of writes) void sendWrite(incidentId, write).catch(() => undefined)
    return
  }
  let budget = KEEPALIVE_BUDGET
  for (const write of writes) {
    const { channel, input } = request(incidentId, write)
    const body = JSON.stringify(input)
    budget -= new TextEncoder().encode(body).length
    if (budget < 0) return
    void fetch(`/rpc/${channel}`, {
      method: 'POST',
      keepalive: true,
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body,
    }).catch(() => undefined)
  }
}
