import type { Payload } from 'payload'

import { HOLDS_A_SEAT } from '@/lib/events/registration/transaction'
import type { EditionView, ModeAvailability, RegistrationState } from './types'

export type SeatsTaken = { inPerson: number; online: number }

/**
 * Seats taken per attendance mode: a count, not personal data, read past the registrations' access
 * rule (only the event team may read registrations) in server code.
 */
export async function countSeatsTaken(payload: Payload, editionId: number): Promise<SeatsTaken> {
  const count = async (mode: 'in_person' | 'online') => {
    const { totalDocs } = await payload.count({
      collection: 'registrations',
      where: { and: [{ edition: { equals: editionId } }, { attendanceMode: { equals: mode } }, { status: { in: [...HOLDS_A_SEAT] } }] },
      overrideAccess: true,
    })
    return totalDocs
  }
  return { inPerson: await count('in_person'), online: await count('online') }
}

/** The attendance modes the edition offers (capacity above 0), each full or not. */
export function modeAvailability(edition: Pick<EditionView, 'capacity'>, taken: SeatsTaken): ModeAvailability[] {
  const modes: ModeAvailability[] = [
    { mode: 'in_person', capacity: edition.capacity.inPerson, full: taken.inPerson >= edition.capacity.inPerson },
    { mode: 'online', capacity: edition.capacity.online, full: taken.online >= edition.capacity.online },
  ]
  return modes.filter((mode) => mode.capacity > 0)
}

/**
 * Where registration stands at `now`, by the same rule the registration itself applies (stage
 * "registration open" and inside the opening window): full means every offered mode is full, so new
 * registrations join a waiting list.
 */
export function registrationState(
  edition: Pick<EditionView, 'stage' | 'endsAt' | 'registration'>,
  modes: ModeAvailability[],
  now: Date,
): RegistrationState {
  if (edition.stage === 'cancelled') return 'cancelled'
  const { opensAt, closesAt } = edition.registration
  const ended = Date.parse(edition.endsAt) <= now.getTime()
  if (edition.stage === 'registration_closed' || edition.stage === 'finished' || ended) return 'closed'
  if (closesAt && Date.parse(closesAt) <= now.getTime()) return 'closed'
  if (edition.stage === 'announced' || (opensAt && Date.parse(opensAt) > now.getTime())) return 'not_yet_open'
  if (modes.length === 0) return 'closed'
  return modes.every((mode) => mode.full) ? 'full' : 'open'
}
