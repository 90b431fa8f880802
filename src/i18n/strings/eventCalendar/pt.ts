import type { EventCalendarStrings } from './en'

export const eventCalendarPt: EventCalendarStrings = {}
