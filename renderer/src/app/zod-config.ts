// Imported before any schema is defined. Zod probes for `new Function` to compile fast parsers;
// under our CSP (no 'unsafe-eval') the probe fails harmlessly but is reported as a violation,
// so the renderer tells zod up front not to try.
import { config } from 'zod'

config({ jitless: true })
