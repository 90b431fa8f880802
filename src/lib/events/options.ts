import type { Locale } from '@/i18n/locales'

type Names = Record<Locale, string>

export const EVENT_FORMATS = {
  in_person: { en: 'In person', fr: 'En présentiel', es: 'Presencial', pt: 'Presencial' },
  hybrid: { en: 'Hybrid', fr: 'Hybride', es: 'Híbrido', pt: 'Híbrido' },
  online: { en: 'Online', fr: 'En ligne', es: 'En línea', pt: 'Online' },
} as const satisfies Record<string, Names>

/** How a registrant attends: each mode has its own capacity and waitlist. */
export const ATTENDANCE_MODES = {
  in_person: { en: 'In person', fr: 'En présentiel', es: 'Presencial', pt: 'Presencial' },
  online: { en: 'Online', fr: 'En ligne', es: 'En línea', pt: 'Online' },
} as const satisfies Record<string, Names>

export const EDITION_STATUSES = {
  announced: { en: 'Announced', fr: 'Annoncé', es: 'Anunciado', pt: 'Anunciado' },
  registration_open: { en: 'Registration open', fr: 'Inscriptions ouvertes', es: 'Inscripción abierta', pt: 'Inscrições abertas' },
  registration_closed: { en: 'Registration closed', fr: 'Inscriptions closes', es: 'Inscripción cerrada', pt: 'Inscrições encerradas' },
  finished: { en: 'Finished', fr: 'Terminé', es: 'Finalizado', pt: 'Terminado' },
  cancelled: { en: 'Cancelled', fr: 'Annulé', es: 'Cancelado', pt: 'Cancelado' },
} as const satisfies Record<string, Names>

export const SESSION_TYPES = {
  plenary: { en: 'Plenary', fr: 'Plénière', es: 'Plenaria', pt: 'Plenária' },
  panel: { en: 'Panel', fr: 'Table ronde', es: 'Mesa redonda', pt: 'Painel' },
  workshop: { en: 'Workshop', fr: 'Atelier', es: 'Taller', pt: 'Oficina' },
  side_event: { en: 'Side event', fr: 'Événement parallèle', es: 'Evento paralelo', pt: 'Evento paralelo' },
  site_visit: { en: 'Site visit', fr: 'Visite de terrain', es: 'Visita de campo', pt: 'Visita de campo' },
} as const satisfies Record<string, Names>

export const REGISTRATION_STATUSES = {
  confirmed: { en: 'Confirmed', fr: 'Confirmée', es: 'Confirmada', pt: 'Confirmada' },
  waitlisted: { en: 'On the waiting list', fr: 'En liste d’attente', es: 'En lista de espera', pt: 'Em lista de espera' },
  offered: { en: 'Seat offered', fr: 'Place proposée', es: 'Plaza ofrecida', pt: 'Lugar oferecido' },
  cancelled: { en: 'Cancelled', fr: 'Annulée', es: 'Cancelada', pt: 'Cancelada' },
  checked_in: { en: 'Checked in', fr: 'Enregistrée sur place', es: 'Registrada en el lugar', pt: 'Registada no local' },
} as const satisfies Record<string, Names>

/** The roles registrants give themselves (for the event team's counts). */
export const REGISTRANT_ROLES = {
  city_official: { en: 'City official', fr: 'Agent ou élu municipal', es: 'Funcionario municipal', pt: 'Funcionário municipal' },
  national_government: { en: 'National government', fr: 'Gouvernement national', es: 'Gobierno nacional', pt: 'Governo nacional' },
  international_organisation: { en: 'International organisation', fr: 'Organisation internationale', es: 'Organización internacional', pt: 'Organização internacional' },
  researcher: { en: 'Researcher', fr: 'Chercheur ou chercheuse', es: 'Investigador/a', pt: 'Investigador/a' },
  business: { en: 'Business', fr: 'Entreprise', es: 'Empresa', pt: 'Empresa' },
  civil_society: { en: 'Civil society', fr: 'Société civile', es: 'Sociedad civil', pt: 'Sociedade civil' },
  funder: { en: 'Funder', fr: 'Bailleur de fonds', es: 'Financiador', pt: 'Financiador' },
  media: { en: 'Media', fr: 'Médias', es: 'Medios', pt: 'Média' },
  other: { en: 'Other', fr: 'Autre', es: 'Otro', pt: 'Outro' },
} as const satisfies Record<string, Names>

export type AttendanceMode = keyof typeof ATTENDANCE_MODES
export type RegistrationStatus = keyof typeof REGISTRATION_STATUSES
