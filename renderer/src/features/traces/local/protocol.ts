// Messages between the page and the worker that holds an imported trace file.
export type LocalRequest =
  | { id: number; kind: 'open'; file: File; payloadId: string }
  | { id: number; kind: 'view'; traceIndex: number }
  | { id: number; kind: 'details'; traceIndex: number; span: number }
  | { id: number; kind: 'find'; traceIndex: number; text: string }

export type LocalResponse =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string }
