import type { EventRegistrationStrings } from './en'

export const eventRegistrationFr: EventRegistrationStrings = {}
