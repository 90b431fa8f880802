import type { EventCalendarStrings } from './en'

export const eventCalendarPt: EventCalendarStrings = {
  programmeName: '{{event}}: programa',
  programmeDescription: 'O programa de {{event}}, sempre atualizado. As horas são as de {{zone}}.',
  personalName: '{{event}}: as minhas sessões',
  personalDescription: 'As sessões que escolheu em {{event}}.',
  registrationDescription: 'A sua inscrição em {{event}}. Para a ver, alterar ou cancelar, use a ligação do seu e-mail de confirmação.',
  sessionPage: 'Página da sessão: {{url}}',
  eventPage: 'Página do evento: {{url}}',
  speakers: 'Oradores: {{names}}',
  moderators: 'Moderação: {{names}}',
  online: 'Online',
  notFound: 'Não encontrado.',
}
