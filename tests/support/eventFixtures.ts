import type { Payload } from 'payload'

import type { EventEdition } from '@/payload-types'
import { type RegistrationInput, registrationInput } from '@/lib/events/registration/schema'
import { uniqueSuffix } from './practiceFixtures'

/** A published edition open for registration, with the given seats per mode. */
export async function createEdition(payload: Payload, seats: { inPerson?: number; online?: number } = {}, data: Partial<EventEdition> = {}) {
  const suffix = uniqueSuffix()
  return payload.create({
    collection: 'event-editions',
    overrideAccess: true,
    context: { disableRevalidate: true },
    data: {
      title: `Outreach ${suffix}`,
      slug: `outreach-${suffix}`,
      year: 2027,
      format: 'hybrid',
      stage: 'registration_open',
      startsAt: '2027-06-14T07:00:00.000Z',
      endsAt: '2027-06-15T15:00:00.000Z',
      timeZone: 'Europe/Brussels',
      capacity: { inPerson: seats.inPerson ?? 100, online: seats.online ?? 0 },
      registration: { offerHours: 48, purgeAfterDays: 90, reminderDaysBefore: 3 },
      streamingUrl: 'https://stream.example.org/secret-room',
      _status: 'published',
      ...data,
    },
  })
}

/** What a registrant would submit, with a unique address. */
export function registrant(overrides: Partial<RegistrationInput> = {}): RegistrationInput {
  return {
    ...registrationInput.parse({ name: 'Ana Registrant', email: `ana-${uniqueSuffix()}@example.org`, attendanceMode: 'in_person', privacyConsent: true }),
    ...overrides,
  }
}
