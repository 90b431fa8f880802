import type { Locale } from '@/i18n/locales'

/**
 * Why the posting service refuses something, in words a member can act on. Dates are given in UTC
 * and say so. `{{x}}` placeholders are filled by `refusalMessage`.
 */
export const postingMessages = {
  en: {
    invalid: 'Some fields need attention.',
    titleRequired: 'Give your thread a title of at least 5 characters.',
    titleTooLong: 'Keep the title under 200 characters.',
    bodyRequired: 'Write your message (at least 2 characters).',
    bodyTooLong: 'Keep the message under 20,000 characters.',
    tooManyTags: 'Use at most 5 tags.',
    tagTooLong: 'Keep each tag under 40 characters.',
    kindInvalid: 'Choose what kind of thread this is.',
    spaceRequired: 'Choose a space for your thread.',
    themesRequired: 'Choose at least one theme for your twinning request (at most 5).',
    signedOut: 'Sign in to post in the community.',
    suspended: 'Your account is suspended until {{date}} at {{time}} UTC. You can still read and appeal.',
    silenced: 'You cannot post until {{date}} at {{time}} UTC. You can still read and appeal.',
    spaceNotFound: 'This space does not exist. Choose one from the list.',
    threadNotFound: 'This thread does not exist or is not open to replies.',
    postNotFound: 'This post does not exist.',
    notAuthor: 'Only the author of a post can edit it.',
    removed: 'This post was removed by a moderator and can no longer be edited.',
    locked: 'This thread is locked: it takes no more replies or edits.',
    threadsPerDayNew: 'New members can open {{limit}} threads a day. You can open another on {{date}} at {{time}} UTC.',
    threadsPerDay: 'At your trust level you can open {{limit}} threads a day. You can open another on {{date}} at {{time}} UTC.',
    repliesPerDayNew: 'New members can post {{limit}} replies a day. You can reply again on {{date}} at {{time}} UTC.',
    repliesPerDay: 'At your trust level you can post {{limit}} replies a day. You can reply again on {{date}} at {{time}} UTC.',
    tooManyLinks: 'A post can hold {{limit}} links at your trust level; this one has {{count}}. Remove some and try again.',
    solutionNotAllowed: 'Only the author of the question or a moderator can choose its solution.',
    solutionNotQuestion: 'Only questions have a solution.',
    solutionNotReply: 'Choose a published reply of this thread as its solution.',
  },
  fr: {
    invalid: 'Certains champs sont à corriger.',
    titleRequired: 'Donnez à votre fil un titre d’au moins 5 caractères.',
    titleTooLong: 'Le titre doit faire moins de 200 caractères.',
    bodyRequired: 'Écrivez votre message (au moins 2 caractères).',
    bodyTooLong: 'Le message doit faire moins de 20 000 caractères.',
    tooManyTags: 'Utilisez 5 mots-clés au plus.',
    tagTooLong: 'Chaque mot-clé doit faire moins de 40 caractères.',
    kindInvalid: 'Choisissez le type de fil.',
    spaceRequired: 'Choisissez un espace pour votre fil.',
    themesRequired: 'Choisissez au moins un thème pour votre demande de jumelage (5 au plus).',
    signedOut: 'Connectez-vous pour publier dans la communauté.',
    suspended: 'Votre compte est suspendu jusqu’au {{date}} à {{time}} UTC. Vous pouvez toujours lire et faire recours.',
    silenced: 'Vous ne pouvez pas publier avant le {{date}} à {{time}} UTC. Vous pouvez toujours lire et faire recours.',
    spaceNotFound: 'Cet espace n’existe pas. Choisissez-en un dans la liste.',
    threadNotFound: 'Ce fil n’existe pas ou n’accepte pas de réponses.',
    postNotFound: 'Ce message n’existe pas.',
    notAuthor: 'Seul·e l’auteur·e d’un message peut le modifier.',
    removed: 'Ce message a été retiré par la modération et ne peut plus être modifié.',
    locked: 'Ce fil est verrouillé : il n’accepte plus de réponses ni de modifications.',
    threadsPerDayNew: 'Les nouveaux membres peuvent ouvrir {{limit}} fils par jour. Vous pourrez en ouvrir un autre le {{date}} à {{time}} UTC.',
    threadsPerDay: 'À votre niveau de confiance, vous pouvez ouvrir {{limit}} fils par jour. Vous pourrez en ouvrir un autre le {{date}} à {{time}} UTC.',
    repliesPerDayNew: 'Les nouveaux membres peuvent publier {{limit}} réponses par jour. Vous pourrez répondre à nouveau le {{date}} à {{time}} UTC.',
    repliesPerDay: 'À votre niveau de confiance, vous pouvez publier {{limit}} réponses par jour. Vous pourrez répondre à nouveau le {{date}} à {{time}} UTC.',
    tooManyLinks: 'Un message peut contenir {{limit}} liens à votre niveau de confiance ; celui-ci en a {{count}}. Retirez-en et réessayez.',
    solutionNotAllowed: 'Seul·e l’auteur·e de la question ou un·e modérateur·rice peut choisir la solution.',
    solutionNotQuestion: 'Seules les questions ont une solution.',
    solutionNotReply: 'Choisissez comme solution une réponse publiée de ce fil.',
  },
  es: {
    invalid: 'Hay campos que corregir.',
    titleRequired: 'Dé a su hilo un título de al menos 5 caracteres.',
    titleTooLong: 'El título debe tener menos de 200 caracteres.',
    bodyRequired: 'Escriba su mensaje (al menos 2 caracteres).',
    bodyTooLong: 'El mensaje debe tener menos de 20.000 caracteres.',
    tooManyTags: 'Use como máximo 5 etiquetas.',
    tagTooLong: 'Cada etiqueta debe tener menos de 40 caracteres.',
    kindInvalid: 'Elija el tipo de hilo.',
    spaceRequired: 'Elija un espacio para su hilo.',
    themesRequired: 'Elija al menos un tema para su solicitud de hermanamiento (5 como máximo).',
    signedOut: 'Inicie sesión para publicar en la comunidad.',
    suspended: 'Su cuenta está suspendida hasta el {{date}} a las {{time}} UTC. Puede seguir leyendo y recurrir.',
    silenced: 'No puede publicar hasta el {{date}} a las {{time}} UTC. Puede seguir leyendo y recurrir.',
    spaceNotFound: 'Este espacio no existe. Elija uno de la lista.',
    threadNotFound: 'Este hilo no existe o no admite respuestas.',
    postNotFound: 'Este mensaje no existe.',
    notAuthor: 'Solo quien escribió un mensaje puede editarlo.',
    removed: 'La moderación retiró este mensaje y ya no se puede editar.',
    locked: 'Este hilo está cerrado: no admite más respuestas ni ediciones.',
    threadsPerDayNew: 'Los miembros nuevos pueden abrir {{limit}} hilos al día. Podrá abrir otro el {{date}} a las {{time}} UTC.',
    threadsPerDay: 'Con su nivel de confianza puede abrir {{limit}} hilos al día. Podrá abrir otro el {{date}} a las {{time}} UTC.',
    repliesPerDayNew: 'Los miembros nuevos pueden publicar {{limit}} respuestas al día. Podrá responder de nuevo el {{date}} a las {{time}} UTC.',
    repliesPerDay: 'Con su nivel de confianza puede publicar {{limit}} respuestas al día. Podrá responder de nuevo el {{date}} a las {{time}} UTC.',
    tooManyLinks: 'Con su nivel de confianza un mensaje puede tener {{limit}} enlaces; este tiene {{count}}. Quite algunos y vuelva a intentarlo.',
    solutionNotAllowed: 'Solo quien hizo la pregunta o la moderación puede elegir su solución.',
    solutionNotQuestion: 'Solo las preguntas tienen solución.',
    solutionNotReply: 'Elija como solución una respuesta publicada de este hilo.',
  },
  pt: {
    invalid: 'Há campos a corrigir.',
    titleRequired: 'Dê ao seu tópico um título com pelo menos 5 caracteres.',
    titleTooLong: 'O título deve ter menos de 200 caracteres.',
    bodyRequired: 'Escreva a sua mensagem (pelo menos 2 caracteres).',
    bodyTooLong: 'A mensagem deve ter menos de 20 000 caracteres.',
    tooManyTags: 'Use no máximo 5 etiquetas.',
    tagTooLong: 'Cada etiqueta deve ter menos de 40 caracteres.',
    kindInvalid: 'Escolha o tipo de tópico.',
    spaceRequired: 'Escolha um espaço para o seu tópico.',
    themesRequired: 'Escolha pelo menos um tema para o seu pedido de geminação (5 no máximo).',
    signedOut: 'Inicie sessão para publicar na comunidade.',
    suspended: 'A sua conta está suspensa até {{date}} às {{time}} UTC. Pode continuar a ler e recorrer.',
    silenced: 'Não pode publicar até {{date}} às {{time}} UTC. Pode continuar a ler e recorrer.',
    spaceNotFound: 'Este espaço não existe. Escolha um da lista.',
    threadNotFound: 'Este tópico não existe ou não aceita respostas.',
    postNotFound: 'Esta mensagem não existe.',
    notAuthor: 'Só quem escreveu uma mensagem a pode editar.',
    removed: 'Esta mensagem foi removida pela moderação e já não pode ser editada.',
    locked: 'Este tópico está bloqueado: não aceita mais respostas nem edições.',
    threadsPerDayNew: 'Os novos membros podem abrir {{limit}} tópicos por dia. Poderá abrir outro a {{date}} às {{time}} UTC.',
    threadsPerDay: 'No seu nível de confiança pode abrir {{limit}} tópicos por dia. Poderá abrir outro a {{date}} às {{time}} UTC.',
    repliesPerDayNew: 'Os novos membros podem publicar {{limit}} respostas por dia. Poderá responder de novo a {{date}} às {{time}} UTC.',
    repliesPerDay: 'No seu nível de confiança pode publicar {{limit}} respostas por dia. Poderá responder de novo a {{date}} às {{time}} UTC.',
    tooManyLinks: 'No seu nível de confiança uma mensagem pode ter {{limit}} ligações; esta tem {{count}}. Retire algumas e tente de novo.',
    solutionNotAllowed: 'Só quem fez a pergunta ou a moderação pode escolher a solução.',
    solutionNotQuestion: 'Só as perguntas têm solução.',
    solutionNotReply: 'Escolha como solução uma resposta publicada deste tópico.',
  },
} as const satisfies Record<Locale, Record<string, string>>

export type RefusalCode = keyof (typeof postingMessages)['en']

const DATE_LOCALES: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES', pt: 'pt-PT' }

/** "30 November" and "09:12", in UTC, as the member's language writes them. */
export function utcDateAndTime(locale: Locale, at: Date): { date: string; time: string } {
  const date = new Intl.DateTimeFormat(DATE_LOCALES[locale], { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(at)
  const time = new Intl.DateTimeFormat(DATE_LOCALES[locale], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(at)
  return { date, time }
}

export function refusalMessage(locale: Locale, code: RefusalCode, vars: Record<string, string | number> = {}): string {
  const template: string = postingMessages[locale][code] ?? postingMessages.en[code]
  return template.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => String(vars[name] ?? ''))
}
