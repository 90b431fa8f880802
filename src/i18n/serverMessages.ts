import type { PayloadRequest } from 'payload'

/**
 * Messages that our own server code returns to people (validation, access, upload errors), in every
 * language the admin panel and the API serve. Payload picks the language from the request.
 */
export const serverMessages = {
  en: {
    fileTooLarge: 'The file is {{size}} MB; the largest accepted is {{max}} MB.',
    fileTypeNotAccepted: 'Files of type {{type}} are not accepted. Use JPEG, PNG, WebP, AVIF or PDF.',
    imageUnreadable: 'This image could not be read. Save it again as JPEG or PNG and retry.',
  },
  fr: {
    fileTooLarge: 'Le fichier pèse {{size}} Mo ; la taille maximale acceptée est de {{max}} Mo.',
    fileTypeNotAccepted: 'Les fichiers de type {{type}} ne sont pas acceptés. Utilisez JPEG, PNG, WebP, AVIF ou PDF.',
    imageUnreadable: 'Cette image est illisible. Enregistrez-la à nouveau en JPEG ou PNG et réessayez.',
  },
  es: {
    fileTooLarge: 'El archivo ocupa {{size}} MB; el máximo aceptado es {{max}} MB.',
    fileTypeNotAccepted: 'No se aceptan archivos de tipo {{type}}. Use JPEG, PNG, WebP, AVIF o PDF.',
    imageUnreadable: 'No se pudo leer esta imagen. Guárdela de nuevo como JPEG o PNG y vuelva a intentarlo.',
  },
  pt: {
    fileTooLarge: 'O ficheiro tem {{size}} MB; o máximo aceite é {{max}} MB.',
    fileTypeNotAccepted: 'Ficheiros do tipo {{type}} não são aceites. Use JPEG, PNG, WebP, AVIF ou PDF.',
    imageUnreadable: 'Não foi possível ler esta imagem. Guarde-a de novo como JPEG ou PNG e tente outra vez.',
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
