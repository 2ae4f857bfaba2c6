import { z } from 'zod'
import { MAX_RESPONDERS, ROLE_NAME_MAX_LENGTH } from '../domain/roles'
import { epochMsSchema, idSchema, incidentSchema, severitySchema, statusSchema } from './schemas'

// Incident lifecycle channels: status, severity, milestone times and roles. Each change is
// recorded on the timeline; an invalid transition answers `conflict` and changes nothing.

/** Backdating: when it really happened, if not now. Not before the incident started. */
const atSchema = epochMsSchema.optional()

const roleName = z
  .string()
  .max(ROLE_NAME_MAX_LENGTH, `Names are at most ${ROLE_NAME_MAX_LENGTH} characters`)

export const rolesSchema = z.object({
  commander: z.string(),
  scribe: z.string(),
  communications: z.string(),
  responders: z.array(z.string()),
})

export const lifecycleChannels = {
  /** Any other status, except out of resolved (use incident.reopen). */
  'incident.setStatus': {
    input: z.object({ id: idSchema, status: statusSchema, at: atSchema }),
    output: incidentSchema,
  },
  /** resolved -> investigating, recorded with the reason. */
  'incident.reopen': {
    input: z.object({ id: idSchema, reason: z.string().max(1000).default(''), at: atSchema }),
    output: incidentSchema,
  },
  'incident.acknowledge': {
    input: z.object({ id: idSchema, at: atSchema }),
    output: incidentSchema,
  },
  'incident.setSeverity': {
    input: z.object({ id: idSchema, severity: severitySchema, at: atSchema }),
    output: incidentSchema,
  },
  /** Corrects milestone times; null clears detected or acknowledged. */
  'incident.setTimes': {
    input: z.object({
      id: idSchema,
      detectedAt: epochMsSchema.nullable().optional(),
      acknowledgedAt: epochMsSchema.nullable().optional(),
      mitigatedAt: epochMsSchema.optional(),
      resolvedAt: epochMsSchema.optional(),
    }),
    output: incidentSchema,
  },
  'incident.getRoles': { input: z.object({ id: idSchema }), output: rolesSchema },
  /** Only the roles given change; '' unassigns one. */
  'incident.setRoles': {
    input: z.object({
      id: idSchema,
      commander: roleName.optional(),
      scribe: roleName.optional(),
      communications: roleName.optional(),
      responders: z
        .array(roleName)
        .max(MAX_RESPONDERS, `At most ${MAX_RESPONDERS} responders`)
        .optional(),
      at: atSchema,
    }),
    output: rolesSchema,
  },
} as const
