export const eventCalendarEn = {}

export type EventCalendarStrings = typeof eventCalendarEn
