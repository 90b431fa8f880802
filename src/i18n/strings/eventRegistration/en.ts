export const eventRegistrationEn = {}

export type EventRegistrationStrings = typeof eventRegistrationEn
