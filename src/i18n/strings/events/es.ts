import type { EventsStrings } from './en'

export const eventsEs: EventsStrings = {}
