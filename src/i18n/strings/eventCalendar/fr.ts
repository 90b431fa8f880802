import type { EventCalendarStrings } from './en'

export const eventCalendarFr: EventCalendarStrings = {
  programmeName: '{{event}} : programme',
  programmeDescription: 'Le programme de {{event}}, tenu à jour. Les heures sont celles de {{zone}}.',
  personalName: '{{event}} : mes sessions',
  personalDescription: 'Les sessions que vous avez choisies à {{event}}.',
  registrationDescription: 'Votre inscription à {{event}}. Pour la consulter, la modifier ou l’annuler, utilisez le lien de votre e-mail de confirmation.',
  sessionPage: 'Page de la session : {{url}}',
  eventPage: 'Page de l’événement : {{url}}',
  speakers: 'Intervenant·es : {{names}}',
  moderators: 'Modération : {{names}}',
  online: 'En ligne',
  notFound: 'Introuvable.',
}
