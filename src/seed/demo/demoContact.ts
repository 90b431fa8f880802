import type { DemoPractice } from './practiceTypes'

/** A contact that is clearly fictional: demo practices never name a real person. */
export function demoContact(team: string, organisation: string, mailbox: string): DemoPractice['contact'] {
  return {
    name: `Demo contact, ${team}`,
    role: 'Fictional contact for the demo',
    organisation: `${organisation} (demo data)`,
    email: `${mailbox}@example.org`,
  }
}
