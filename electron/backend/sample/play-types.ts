// What the sample's beats share while the story is played.

export type EvidenceKey = 'p99' | 'errors' | 'cpu' | 'burnRate' | 'slowTrace' | 'secondTrace'

export interface StoryState {
  incidentId: string
  evidence: Partial<Record<EvidenceKey, string>>
  /** Timeline event ids of the story's notes, by their text. */
  noteEvents: Map<string, string>
  /** The SLO the sample added, if the service had none. */
  sloId: string | null
}

/** One thing somebody did, at a minute after the go-live. */
export interface Beat {
  at: number
  by: string
  run(state: StoryState): void
}
