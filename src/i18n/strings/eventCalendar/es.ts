import type { EventCalendarStrings } from './en'

export const eventCalendarEs: EventCalendarStrings = {}
