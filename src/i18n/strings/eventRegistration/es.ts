import type { EventRegistrationStrings } from './en'

export const eventRegistrationEs: EventRegistrationStrings = {}
