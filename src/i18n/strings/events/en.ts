export const eventsEn = {}

export type EventsStrings = typeof eventsEn
