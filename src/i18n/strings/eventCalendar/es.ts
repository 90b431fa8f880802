import type { EventCalendarStrings } from './en'

export const eventCalendarEs: EventCalendarStrings = {
  programmeName: '{{event}}: programa',
  programmeDescription: 'El programa de {{event}}, siempre actualizado. Las horas son las de {{zone}}.',
  personalName: '{{event}}: mis sesiones',
  personalDescription: 'Las sesiones que eligió en {{event}}.',
  registrationDescription: 'Su inscripción en {{event}}. Para verla, cambiarla o cancelarla, use el enlace de su correo de confirmación.',
  sessionPage: 'Página de la sesión: {{url}}',
  eventPage: 'Página del evento: {{url}}',
  speakers: 'Ponentes: {{names}}',
  moderators: 'Moderación: {{names}}',
  online: 'En línea',
  notFound: 'No encontrado.',
}
