import type { Locale } from '@/i18n/locales'

type Texts = {
  greeting: string
  confirmed: { subject: string; body: string }
  waitlisted: { subject: string; body: string }
  offered: { subject: string; body: string }
  cancelled: { subject: string; body: string }
  lapsed: { subject: string; body: string }
  manage: { label: string; text: string }
  /** In the confirmation of an in-person place: the QR code and the code to type at the desk. */
  checkIn: { text: string; alt: string }
  /** In the confirmation: the attached calendar file. */
  calendar: string
  /** In the confirmation of an online place: when the streaming link comes. */
  onlineNote: string
  reminder: { subject: string; body: string; venue: string; feed: string; page: { label: string; text: string }; manage: string }
  streaming: { subject: string; body: string; link: { label: string; text: string }; keep: string }
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
    offered: {
      subject: 'A place at {{event}} is yours if you want it',
      body: 'A {{mode}} place at {{event}} has become free and we offer it to you. Accept it by {{expires}} ({{zone}}) on your registration page; after that it goes to the next person on the waiting list.',
    },
    cancelled: { subject: 'Your registration for {{event}} is cancelled', body: 'We have cancelled your registration for {{event}}, as you asked. Your place goes to the next person on the waiting list.' },
    lapsed: { subject: 'The place offered at {{event}} has lapsed', body: 'The place we offered you at {{event}} was not accepted in time and has gone to the next person on the waiting list. You can register again if places are still available.' },
    manage: { label: 'View or change your registration', text: 'View, change or cancel your registration: {{url}}' },
    checkIn: {
      text: 'At the entrance, show this QR code (on your phone or printed) or give your check-in code: {{code}}',
      alt: 'QR code of your check-in code {{code}}',
    },
    calendar: 'The attached file ({{file}}) adds the event to your calendar.',
    onlineNote: 'We will send you the link to follow the event online by e-mail within 24 hours before it starts.',
    reminder: {
      subject: 'Reminder: {{event}} starts on {{day}}',
      body: 'This is a reminder that {{event}} starts on {{start}} ({{zone}}). You take part {{mode}}.',
      venue: 'Venue: {{venue}}',
      feed: 'The sessions you picked, in your calendar app (a private address: please do not share it): {{url}}',
      page: { label: 'Programme and practical information', text: 'Programme and practical information: {{url}}' },
      manage: 'To view, change or cancel your registration, use the link in your confirmation e-mail.',
    },
    streaming: {
      subject: 'Your link to follow {{event}} online',
      body: '{{event}} starts on {{start}} ({{zone}}). Here is your link to follow it online.',
      link: { label: 'Follow the event online', text: 'Follow the event online: {{url}}' },
      keep: 'This link is for registered participants: please do not share it.',
    },
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
    offered: {
      subject: 'Une place à {{event}} vous attend',
      body: 'Une place ({{mode}}) s’est libérée pour {{event}} et nous vous la proposons. Acceptez-la avant le {{expires}} ({{zone}}) sur la page de votre inscription ; ensuite elle ira à la personne suivante sur la liste d’attente.',
    },
    cancelled: { subject: 'Votre inscription à {{event}} est annulée', body: 'Nous avons annulé votre inscription à {{event}}, comme vous l’avez demandé. Votre place revient à la personne suivante sur la liste d’attente.' },
    lapsed: { subject: 'La place proposée pour {{event}} a expiré', body: 'La place que nous vous avions proposée pour {{event}} n’a pas été acceptée à temps et revient à la personne suivante sur la liste d’attente. Vous pouvez vous réinscrire s’il reste des places.' },
    manage: { label: 'Voir ou modifier votre inscription', text: 'Voir, modifier ou annuler votre inscription : {{url}}' },
    checkIn: {
      text: 'À l’entrée, montrez ce code QR (sur votre téléphone ou imprimé) ou donnez votre code d’enregistrement : {{code}}',
      alt: 'Code QR de votre code d’enregistrement {{code}}',
    },
    calendar: 'Le fichier joint ({{file}}) ajoute l’événement à votre agenda.',
    onlineNote: 'Nous vous enverrons par e-mail le lien pour suivre l’événement en ligne dans les 24 heures avant son début.',
    reminder: {
      subject: 'Rappel : {{event}} commence le {{day}}',
      body: 'Pour rappel, {{event}} commence le {{start}} ({{zone}}). Vous participez {{mode}}.',
      venue: 'Lieu : {{venue}}',
      feed: 'Les sessions que vous avez choisies, dans votre agenda (adresse privée : merci de ne pas la partager) : {{url}}',
      page: { label: 'Programme et informations pratiques', text: 'Programme et informations pratiques : {{url}}' },
      manage: 'Pour consulter, modifier ou annuler votre inscription, utilisez le lien de votre e-mail de confirmation.',
    },
    streaming: {
      subject: 'Votre lien pour suivre {{event}} en ligne',
      body: '{{event}} commence le {{start}} ({{zone}}). Voici votre lien pour le suivre en ligne.',
      link: { label: 'Suivre l’événement en ligne', text: 'Suivre l’événement en ligne : {{url}}' },
      keep: 'Ce lien est réservé aux personnes inscrites : merci de ne pas le partager.',
    },
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
    offered: {
      subject: 'Una plaza en {{event}} le espera',
      body: 'Se ha liberado una plaza ({{mode}}) en {{event}} y se la ofrecemos. Acéptela antes del {{expires}} ({{zone}}) en la página de su inscripción; después pasará a la siguiente persona de la lista de espera.',
    },
    cancelled: { subject: 'Su inscripción en {{event}} está cancelada', body: 'Hemos cancelado su inscripción en {{event}}, como pidió. Su plaza pasa a la siguiente persona de la lista de espera.' },
    lapsed: { subject: 'La plaza ofrecida en {{event}} ha caducado', body: 'La plaza que le ofrecimos en {{event}} no se aceptó a tiempo y ha pasado a la siguiente persona de la lista de espera. Puede volver a inscribirse si quedan plazas.' },
    manage: { label: 'Ver o cambiar su inscripción', text: 'Ver, cambiar o cancelar su inscripción: {{url}}' },
    checkIn: {
      text: 'En la entrada, muestre este código QR (en su teléfono o impreso) o indique su código de registro: {{code}}',
      alt: 'Código QR de su código de registro {{code}}',
    },
    calendar: 'El archivo adjunto ({{file}}) añade el evento a su calendario.',
    onlineNote: 'Le enviaremos por correo electrónico el enlace para seguir el evento en línea en las 24 horas antes de su inicio.',
    reminder: {
      subject: 'Recordatorio: {{event}} empieza el {{day}}',
      body: 'Le recordamos que {{event}} empieza el {{start}} ({{zone}}). Participa en modalidad {{mode}}.',
      venue: 'Lugar: {{venue}}',
      feed: 'Las sesiones que eligió, en su calendario (una dirección privada: no la comparta): {{url}}',
      page: { label: 'Programa e información práctica', text: 'Programa e información práctica: {{url}}' },
      manage: 'Para ver, cambiar o cancelar su inscripción, use el enlace de su correo de confirmación.',
    },
    streaming: {
      subject: 'Su enlace para seguir {{event}} en línea',
      body: '{{event}} empieza el {{start}} ({{zone}}). Este es su enlace para seguirlo en línea.',
      link: { label: 'Seguir el evento en línea', text: 'Seguir el evento en línea: {{url}}' },
      keep: 'Este enlace es para las personas inscritas: no lo comparta.',
    },
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
    offered: {
      subject: 'Um lugar em {{event}} está à sua espera',
      body: 'Ficou livre um lugar ({{mode}}) em {{event}} e oferecemos-lho. Aceite-o até {{expires}} ({{zone}}) na página da sua inscrição; depois passará para a pessoa seguinte na lista de espera.',
    },
    cancelled: { subject: 'A sua inscrição em {{event}} foi cancelada', body: 'Cancelámos a sua inscrição em {{event}}, como pediu. O seu lugar passa para a pessoa seguinte na lista de espera.' },
    lapsed: { subject: 'O lugar oferecido em {{event}} expirou', body: 'O lugar que lhe oferecemos em {{event}} não foi aceite a tempo e passou para a pessoa seguinte na lista de espera. Pode inscrever-se de novo se ainda houver lugares.' },
    manage: { label: 'Ver ou alterar a sua inscrição', text: 'Ver, alterar ou cancelar a sua inscrição: {{url}}' },
    checkIn: {
      text: 'À entrada, mostre este código QR (no telemóvel ou impresso) ou indique o seu código de registo: {{code}}',
      alt: 'Código QR do seu código de registo {{code}}',
    },
    calendar: 'O ficheiro anexo ({{file}}) adiciona o evento ao seu calendário.',
    onlineNote: 'Enviaremos por e-mail a ligação para acompanhar o evento online nas 24 horas antes do seu início.',
    reminder: {
      subject: 'Lembrete: {{event}} começa a {{day}}',
      body: 'Lembramos que {{event}} começa a {{start}} ({{zone}}). Participa na modalidade {{mode}}.',
      venue: 'Local: {{venue}}',
      feed: 'As sessões que escolheu, no seu calendário (um endereço privado: não o partilhe): {{url}}',
      page: { label: 'Programa e informações práticas', text: 'Programa e informações práticas: {{url}}' },
      manage: 'Para ver, alterar ou cancelar a sua inscrição, use a ligação do seu e-mail de confirmação.',
    },
    streaming: {
      subject: 'A sua ligação para acompanhar {{event}} online',
      body: '{{event}} começa a {{start}} ({{zone}}). Eis a sua ligação para o acompanhar online.',
      link: { label: 'Acompanhar o evento online', text: 'Acompanhar o evento online: {{url}}' },
      keep: 'Esta ligação destina-se às pessoas inscritas: não a partilhe.',
    },
    signature: 'A equipa de eventos do GKEC',
    footer: 'Recebe este e-mail porque se inscreveu num evento do GKEC (Global Knowledge Exchange Centre).',
  },
}
