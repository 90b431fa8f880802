import type { EventsStrings } from './en'

export const eventsPt: EventsStrings = {}
