import type { EventsStrings } from './en'

export const eventsFr: EventsStrings = {}
