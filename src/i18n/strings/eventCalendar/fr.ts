import type { EventCalendarStrings } from './en'

export const eventCalendarFr: EventCalendarStrings = {}
