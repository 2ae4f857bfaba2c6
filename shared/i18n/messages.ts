import type { sharedEn } from './catalogues'

// A text the app writes for the user, kept as a catalogue key and its values so each screen can
// word it in the reader's language. The English wording is derived from it (see english.ts).

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other'
type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${WithoutPlural<K>}`
    : Leaves<T[K], `${Prefix}${K}.`>
}[keyof T & string]

type Catalogues = typeof sharedEn
/** "namespace:path.to.key", checked against the English catalogues at compile time. */
export type MessageKey = {
  [N in keyof Catalogues]: `${N}:${Leaves<Catalogues[N]>}`
}[keyof Catalogues]

/** Values placed into the text; `count` also picks the plural form. */
export type MessageParams = Readonly<Record<string, string | number>>

export interface Message {
  readonly key: MessageKey
  readonly params?: MessageParams
}

export function msg(key: MessageKey, params?: MessageParams): Message {
  return params === undefined ? { key } : { key, params }
}

/** A message as it crosses the bridge or comes back from the database: any key, checked later. */
export interface WireMessage {
  key: string
  params?: Record<string, string | number>
}
