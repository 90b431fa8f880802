import type { PayloadRequest } from 'payload'

import { eventTeamMessages } from '@/lib/events/team/messages'
import { fundingEditorMessages } from '@/lib/funding/import/messages'
import { moderationMessages } from '@/lib/community/moderation/messages'
import { newsletterSendMessages } from '@/lib/newsletter/send/messages'

import { evaluationMessages } from './evaluationMessages'

/**
 * Messages that our own server code returns to people (validation, access, upload errors), in every
 * language the admin panel and the API serve. Payload picks the language from the request.
 */
export const serverMessages = {
  en: {
    workflowForbidden: 'Only editors can move practices through the workflow.',
    workflowBadRequest: 'Send the target state (“to”) and, optionally, a comment.',
    workflowNotAllowed: 'A practice cannot move from “{{from}}” to “{{to}}”.',
    workflowReasonRequired: 'Give the reason for rejecting the practice; the submitter will receive it.',
    workflowPublishNeedsApproval: 'Only an approved practice can be published. This one is “{{status}}”.',
    workflowPublishNeedsPlace: 'Choose the lead city and at least one theme before publishing.',
    fileTooLarge: 'The file is {{size}} MB; the largest accepted is {{max}} MB.',
    fileTypeNotAccepted: 'Files of type {{type}} are not accepted. Use JPEG, PNG, WebP, AVIF or PDF.',
    imageUnreadable: 'This image could not be read. Save it again as JPEG or PNG and retry.',
    ...evaluationMessages.en,
    ...fundingEditorMessages.en,
    ...eventTeamMessages.en,
    ...moderationMessages.en,
    ...newsletterSendMessages.en,
    tooManyAttempts: 'Too many attempts. Try again in {{minutes}} minutes.',
    sessionSpeakerFilter: 'Sessions cannot be filtered by speaker or moderator. Open the speaker’s page to see their sessions.',
  },
  fr: {
    workflowForbidden: 'Seuls les éditeurs peuvent faire avancer une pratique dans le circuit de validation.',
    workflowBadRequest: 'Indiquez l’état visé (« to ») et, si vous le souhaitez, un commentaire.',
    workflowNotAllowed: 'Une pratique ne peut pas passer de « {{from}} » à « {{to}} ».',
    workflowReasonRequired: 'Indiquez le motif du refus ; il sera communiqué à la personne qui a soumis la pratique.',
    workflowPublishNeedsApproval: 'Seule une pratique approuvée peut être publiée. Celle-ci est « {{status}} ».',
    workflowPublishNeedsPlace: 'Choisissez la ville principale et au moins un thème avant de publier.',
    fileTooLarge: 'Le fichier pèse {{size}} Mo ; la taille maximale acceptée est de {{max}} Mo.',
    fileTypeNotAccepted: 'Les fichiers de type {{type}} ne sont pas acceptés. Utilisez JPEG, PNG, WebP, AVIF ou PDF.',
    imageUnreadable: 'Cette image est illisible. Enregistrez-la à nouveau en JPEG ou PNG et réessayez.',
    ...evaluationMessages.fr,
    ...fundingEditorMessages.fr,
    ...eventTeamMessages.fr,
    ...moderationMessages.fr,
    ...newsletterSendMessages.fr,
    tooManyAttempts: 'Trop de tentatives. Réessayez dans {{minutes}} minutes.',
    sessionSpeakerFilter: 'Les sessions ne peuvent pas être filtrées par intervenant ou modérateur. Ouvrez la page de l’intervenant pour voir ses sessions.',
  },
  es: {
    workflowForbidden: 'Solo los editores pueden mover prácticas por el flujo editorial.',
    workflowBadRequest: 'Envíe el estado de destino («to») y, si lo desea, un comentario.',
    workflowNotAllowed: 'Una práctica no puede pasar de «{{from}}» a «{{to}}».',
    workflowReasonRequired: 'Indique el motivo del rechazo; se enviará a quien envió la práctica.',
    workflowPublishNeedsApproval: 'Solo se puede publicar una práctica aprobada. Esta está «{{status}}».',
    workflowPublishNeedsPlace: 'Elija la ciudad principal y al menos un tema antes de publicar.',
    fileTooLarge: 'El archivo ocupa {{size}} MB; el máximo aceptado es {{max}} MB.',
    fileTypeNotAccepted: 'No se aceptan archivos de tipo {{type}}. Use JPEG, PNG, WebP, AVIF o PDF.',
    imageUnreadable: 'No se pudo leer esta imagen. Guárdela de nuevo como JPEG o PNG y vuelva a intentarlo.',
    ...evaluationMessages.es,
    ...fundingEditorMessages.es,
    ...eventTeamMessages.es,
    ...moderationMessages.es,
    ...newsletterSendMessages.es,
    tooManyAttempts: 'Demasiados intentos. Vuelva a intentarlo dentro de {{minutes}} minutos.',
    sessionSpeakerFilter: 'Las sesiones no se pueden filtrar por ponente o moderador. Abra la página del ponente para ver sus sesiones.',
  },
  pt: {
    workflowForbidden: 'Só os editores podem fazer avançar práticas no fluxo editorial.',
    workflowBadRequest: 'Envie o estado de destino («to») e, se quiser, um comentário.',
    workflowNotAllowed: 'Uma prática não pode passar de «{{from}}» para «{{to}}».',
    workflowReasonRequired: 'Indique o motivo da recusa; será enviado a quem submeteu a prática.',
    workflowPublishNeedsApproval: 'Só uma prática aprovada pode ser publicada. Esta está «{{status}}».',
    workflowPublishNeedsPlace: 'Escolha a cidade principal e pelo menos um tema antes de publicar.',
    fileTooLarge: 'O ficheiro tem {{size}} MB; o máximo aceite é {{max}} MB.',
    fileTypeNotAccepted: 'Ficheiros do tipo {{type}} não são aceites. Use JPEG, PNG, WebP, AVIF ou PDF.',
    imageUnreadable: 'Não foi possível ler esta imagem. Guarde-a de novo como JPEG ou PNG e tente outra vez.',
    ...evaluationMessages.pt,
    ...fundingEditorMessages.pt,
    ...eventTeamMessages.pt,
    ...moderationMessages.pt,
    ...newsletterSendMessages.pt,
    tooManyAttempts: 'Demasiadas tentativas. Tente novamente dentro de {{minutes}} minutos.',
    sessionSpeakerFilter: 'As sessões não podem ser filtradas por orador ou moderador. Abra a página do orador para ver as suas sessões.',
  },
} as const

export type ServerMessageKey = keyof (typeof serverMessages)['en']

/** Payload's own translation tables, extended with ours under the `gkec` namespace. */
export const payloadTranslations = Object.fromEntries(
  Object.entries(serverMessages).map(([language, messages]) => [language, { gkec: messages }]),
)

export function serverMessage(
  req: Pick<PayloadRequest, 'i18n'>,
  key: ServerMessageKey,
  vars: Record<string, string | number> = {},
): string {
  const language = (req.i18n?.language ?? 'en') as keyof typeof serverMessages
  const template: string = (serverMessages[language] ?? serverMessages.en)[key]
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''))
}
