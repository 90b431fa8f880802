import type { EventRegistrationStrings } from './en'

export const eventRegistrationPt: EventRegistrationStrings = {}
