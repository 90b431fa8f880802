import type { Locale } from '@/i18n/locales'

type Texts = {
  greeting: string
  confirmed: { subject: string; body: string }
  waitlisted: { subject: string; body: string }
  manage: { label: string; text: string }
  signature: string
  footer: string
}

/** The registration e-mails' words, per language ({{…}} are filled in). */
export const REGISTRATION_EMAIL_TEXT: Record<Locale, Texts> = {
  en: {
    greeting: 'Dear {{name}},',
    confirmed: {
      subject: 'Your place at {{event}} is confirmed',
      body: 'Your registration for {{event}} ({{mode}}) is confirmed. It takes place from {{start}} ({{zone}}).',
    },
    waitlisted: {
      subject: 'You are on the waiting list for {{event}}',
      body: 'All {{mode}} places for {{event}} are taken. You are number {{position}} on the waiting list: if a place frees up, we will offer it to you by e-mail.',
    },
    manage: { label: 'View or change your registration', text: 'View, change or cancel your registration: {{url}}' },
    signature: 'The GKEC event team',
    footer: 'You receive this e-mail because you registered for an event of the GKEC (Global Knowledge Exchange Centre).',
  },
  fr: {
    greeting: 'Bonjour {{name}},',
    confirmed: {
      subject: 'Votre place à {{event}} est confirmée',
      body: 'Votre inscription à {{event}} ({{mode}}) est confirmée. L’événement commence le {{start}} ({{zone}}).',
    },
    waitlisted: {
      subject: 'Vous êtes sur la liste d’attente de {{event}}',
      body: 'Toutes les places ({{mode}}) de {{event}} sont prises. Vous êtes numéro {{position}} sur la liste d’attente : si une place se libère, nous vous la proposerons par e-mail.',
    },
    manage: { label: 'Voir ou modifier votre inscription', text: 'Voir, modifier ou annuler votre inscription : {{url}}' },
    signature: 'L’équipe événement du GKEC',
    footer: 'Vous recevez cet e-mail parce que vous vous êtes inscrit·e à un événement du GKEC (Global Knowledge Exchange Centre).',
  },
  es: {
    greeting: 'Estimado/a {{name}}:',
    confirmed: {
      subject: 'Su plaza en {{event}} está confirmada',
      body: 'Su inscripción en {{event}} ({{mode}}) está confirmada. El evento empieza el {{start}} ({{zone}}).',
    },
    waitlisted: {
      subject: 'Está en la lista de espera de {{event}}',
      body: 'Todas las plazas ({{mode}}) de {{event}} están ocupadas. Es el número {{position}} de la lista de espera: si se libera una plaza, se la ofreceremos por correo electrónico.',
    },
    manage: { label: 'Ver o cambiar su inscripción', text: 'Ver, cambiar o cancelar su inscripción: {{url}}' },
    signature: 'El equipo de eventos del GKEC',
    footer: 'Recibe este correo porque se inscribió en un evento del GKEC (Global Knowledge Exchange Centre).',
  },
  pt: {
    greeting: 'Caro/a {{name}},',
    confirmed: {
      subject: 'O seu lugar em {{event}} está confirmado',
      body: 'A sua inscrição em {{event}} ({{mode}}) está confirmada. O evento começa a {{start}} ({{zone}}).',
    },
    waitlisted: {
      subject: 'Está na lista de espera de {{event}}',
      body: 'Todos os lugares ({{mode}}) de {{event}} estão ocupados. É o número {{position}} da lista de espera: se um lugar ficar livre, oferecemos-lho por e-mail.',
    },
    manage: { label: 'Ver ou alterar a sua inscrição', text: 'Ver, alterar ou cancelar a sua inscrição: {{url}}' },
    signature: 'A equipa de eventos do GKEC',
    footer: 'Recebe este e-mail porque se inscreveu num evento do GKEC (Global Knowledge Exchange Centre).',
  },
}
