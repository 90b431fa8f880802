export const eventCalendarEn = {
  programmeName: '{{event}}: programme',
  programmeDescription: 'The programme of {{event}}, kept up to date. Times are in {{zone}}.',
  personalName: '{{event}}: my sessions',
  personalDescription: 'The sessions you picked at {{event}}.',
  registrationDescription: 'Your registration for {{event}}. To view, change or cancel it, use the link in your confirmation e-mail.',
  sessionPage: 'Session page: {{url}}',
  eventPage: 'Event page: {{url}}',
  speakers: 'Speakers: {{names}}',
  moderators: 'Moderation: {{names}}',
  online: 'Online',
  notFound: 'Not found.',
}

export type EventCalendarStrings = typeof eventCalendarEn
