import type { Locale } from '@/i18n/locales'

type Names = Record<Locale, string>

/** What a member says she does: shown on her profile and used to match twinning requests. */
export const MEMBER_ROLES = {
  city_official: { en: 'City official', fr: 'Agent·e municipal·e', es: 'Funcionario/a municipal', pt: 'Funcionário/a municipal' },
  practitioner: { en: 'Practitioner', fr: 'Praticien·ne', es: 'Profesional', pt: 'Profissional' },
  researcher: { en: 'Researcher', fr: 'Chercheur·se', es: 'Investigador/a', pt: 'Investigador/a' },
  civil_society: { en: 'Civil society', fr: 'Société civile', es: 'Sociedad civil', pt: 'Sociedade civil' },
  business: { en: 'Business', fr: 'Entreprise', es: 'Empresa', pt: 'Empresa' },
  funder: { en: 'Funder or investor', fr: 'Financeur ou investisseur', es: 'Financiador o inversor', pt: 'Financiador ou investidor' },
  other: { en: 'Other', fr: 'Autre', es: 'Otro', pt: 'Outro' },
} as const satisfies Record<string, Names>

/** Languages a member speaks (ISO 639-1), to find someone to talk to. */
export const MEMBER_LANGUAGES = {
  en: { en: 'English', fr: 'Anglais', es: 'Inglés', pt: 'Inglês' },
  fr: { en: 'French', fr: 'Français', es: 'Francés', pt: 'Francês' },
  es: { en: 'Spanish', fr: 'Espagnol', es: 'Español', pt: 'Espanhol' },
  pt: { en: 'Portuguese', fr: 'Portugais', es: 'Portugués', pt: 'Português' },
  de: { en: 'German', fr: 'Allemand', es: 'Alemán', pt: 'Alemão' },
  it: { en: 'Italian', fr: 'Italien', es: 'Italiano', pt: 'Italiano' },
  nl: { en: 'Dutch', fr: 'Néerlandais', es: 'Neerlandés', pt: 'Neerlandês' },
  pl: { en: 'Polish', fr: 'Polonais', es: 'Polaco', pt: 'Polaco' },
  ro: { en: 'Romanian', fr: 'Roumain', es: 'Rumano', pt: 'Romeno' },
  sv: { en: 'Swedish', fr: 'Suédois', es: 'Sueco', pt: 'Sueco' },
  el: { en: 'Greek', fr: 'Grec', es: 'Griego', pt: 'Grego' },
  ar: { en: 'Arabic', fr: 'Arabe', es: 'Árabe', pt: 'Árabe' },
  zh: { en: 'Chinese', fr: 'Chinois', es: 'Chino', pt: 'Chinês' },
  hi: { en: 'Hindi', fr: 'Hindi', es: 'Hindi', pt: 'Hindi' },
  id: { en: 'Indonesian', fr: 'Indonésien', es: 'Indonesio', pt: 'Indonésio' },
  ja: { en: 'Japanese', fr: 'Japonais', es: 'Japonés', pt: 'Japonês' },
  ko: { en: 'Korean', fr: 'Coréen', es: 'Coreano', pt: 'Coreano' },
  ru: { en: 'Russian', fr: 'Russe', es: 'Ruso', pt: 'Russo' },
  sw: { en: 'Swahili', fr: 'Swahili', es: 'Suajili', pt: 'Suaíli' },
  tr: { en: 'Turkish', fr: 'Turc', es: 'Turco', pt: 'Turco' },
  uk: { en: 'Ukrainian', fr: 'Ukrainien', es: 'Ucraniano', pt: 'Ucraniano' },
} as const satisfies Record<string, Names>

/** What an opening post is. A twinning request looks for a partner city on themes. */
export const THREAD_KINDS = {
  question: { en: 'Question', fr: 'Question', es: 'Pregunta', pt: 'Pergunta' },
  discussion: { en: 'Discussion', fr: 'Discussion', es: 'Debate', pt: 'Discussão' },
  twinning: { en: 'Twinning request', fr: 'Demande de jumelage', es: 'Solicitud de hermanamiento', pt: 'Pedido de geminação' },
} as const satisfies Record<string, Names>

/**
 * Where a post stands. `pending`: held for review (a new member's first posts); `published`: seen by
 * everyone; `hidden`: taken out of view by flags or a moderator, waiting for review; `removed`:
 * rejected or removed by a moderator. Only the author and moderators see a post that is not published.
 */
export const POST_STATES = {
  pending: { en: 'Waiting for review', fr: 'En attente de modération', es: 'Pendiente de revisión', pt: 'A aguardar revisão' },
  published: { en: 'Published', fr: 'Publié', es: 'Publicado', pt: 'Publicado' },
  hidden: { en: 'Hidden pending review', fr: 'Masqué en attente de modération', es: 'Oculto pendiente de revisión', pt: 'Oculto a aguardar revisão' },
  removed: { en: 'Removed', fr: 'Retiré', es: 'Retirado', pt: 'Removido' },
} as const satisfies Record<string, Names>

/** Why a member flags a post (Discourse and Decidim ask the same). */
export const FLAG_REASONS = {
  spam: { en: 'Spam', fr: 'Spam', es: 'Spam', pt: 'Spam' },
  off_topic: { en: 'Off-topic', fr: 'Hors sujet', es: 'Fuera de tema', pt: 'Fora do tema' },
  harassment: { en: 'Harassment or abuse', fr: 'Harcèlement ou insulte', es: 'Acoso o insultos', pt: 'Assédio ou insulto' },
  illegal: { en: 'Illegal content', fr: 'Contenu illicite', es: 'Contenido ilegal', pt: 'Conteúdo ilegal' },
  misinformation: { en: 'Misinformation', fr: 'Désinformation', es: 'Desinformación', pt: 'Desinformação' },
  other: { en: 'Other', fr: 'Autre', es: 'Otro', pt: 'Outro' },
} as const satisfies Record<string, Names>

/** Why a moderator acts: the flag reasons, and a few of the moderator's own. */
export const MODERATION_REASONS = {
  ...FLAG_REASONS,
  duplicate: { en: 'Duplicate', fr: 'Doublon', es: 'Duplicado', pt: 'Duplicado' },
  personal_data: { en: 'Personal data', fr: 'Données personnelles', es: 'Datos personales', pt: 'Dados pessoais' },
  wrong_space: { en: 'Wrong space', fr: 'Mauvais espace', es: 'Espacio equivocado', pt: 'Espaço errado' },
  evidence: { en: 'Evidence checked', fr: 'Justificatif vérifié', es: 'Prueba verificada', pt: 'Prova verificada' },
  appeal: { en: 'Appeal', fr: 'Recours', es: 'Recurso', pt: 'Recurso' },
} as const satisfies Record<string, Names>

/** Every moderation action is logged with its moderator, reason and time. */
export const MODERATION_ACTIONS = {
  approve: { en: 'Approved', fr: 'Approuvé', es: 'Aprobado', pt: 'Aprovado' },
  reject: { en: 'Rejected', fr: 'Refusé', es: 'Rechazado', pt: 'Rejeitado' },
  edit: { en: 'Edited', fr: 'Modifié', es: 'Editado', pt: 'Editado' },
  hide: { en: 'Hidden', fr: 'Masqué', es: 'Ocultado', pt: 'Ocultado' },
  auto_hide: { en: 'Hidden by flags', fr: 'Masqué par signalements', es: 'Ocultado por denuncias', pt: 'Ocultado por denúncias' },
  restore: { en: 'Restored', fr: 'Rétabli', es: 'Restablecido', pt: 'Restabelecido' },
  remove: { en: 'Removed', fr: 'Retiré', es: 'Retirado', pt: 'Removido' },
  lock: { en: 'Thread locked', fr: 'Fil verrouillé', es: 'Hilo cerrado', pt: 'Tópico bloqueado' },
  unlock: { en: 'Thread unlocked', fr: 'Fil déverrouillé', es: 'Hilo reabierto', pt: 'Tópico desbloqueado' },
  move: { en: 'Thread moved', fr: 'Fil déplacé', es: 'Hilo movido', pt: 'Tópico movido' },
  silence: { en: 'Member silenced', fr: 'Membre réduit au silence', es: 'Miembro silenciado', pt: 'Membro silenciado' },
  suspend: { en: 'Member suspended', fr: 'Membre suspendu', es: 'Miembro suspendido', pt: 'Membro suspenso' },
  lift_sanction: { en: 'Sanction lifted', fr: 'Sanction levée', es: 'Sanción levantada', pt: 'Sanção levantada' },
  verify_official: { en: 'City official verified', fr: 'Agent·e municipal·e vérifié·e', es: 'Funcionario/a verificado/a', pt: 'Funcionário/a verificado/a' },
  dismiss_flags: { en: 'Flags dismissed', fr: 'Signalements rejetés', es: 'Denuncias desestimadas', pt: 'Denúncias rejeitadas' },
  appeal_upheld: { en: 'Appeal upheld', fr: 'Recours accepté', es: 'Recurso aceptado', pt: 'Recurso aceite' },
  appeal_denied: { en: 'Appeal denied', fr: 'Recours rejeté', es: 'Recurso rechazado', pt: 'Recurso rejeitado' },
  to_practice: { en: 'Turned into a draft practice', fr: 'Transformé en pratique (brouillon)', es: 'Convertido en práctica (borrador)', pt: 'Convertido em prática (rascunho)' },
} as const satisfies Record<string, Names>

export const APPEAL_STATUSES = {
  open: { en: 'Open', fr: 'Ouvert', es: 'Abierto', pt: 'Aberto' },
  upheld: { en: 'Upheld', fr: 'Accepté', es: 'Aceptado', pt: 'Aceite' },
  denied: { en: 'Denied', fr: 'Rejeté', es: 'Rechazado', pt: 'Rejeitado' },
} as const satisfies Record<string, Names>

/** How often a member hears about what she follows. */
export const NOTIFICATION_CADENCES = {
  immediate: { en: 'Immediately', fr: 'Immédiatement', es: 'Inmediatamente', pt: 'Imediatamente' },
  daily: { en: 'Daily digest', fr: 'Résumé quotidien', es: 'Resumen diario', pt: 'Resumo diário' },
} as const satisfies Record<string, Names>

/** Why a member is told about a post. */
export const NOTIFICATION_KINDS = {
  reply: { en: 'New reply in a followed thread', fr: 'Nouvelle réponse dans un fil suivi', es: 'Nueva respuesta en un hilo seguido', pt: 'Nova resposta num tópico seguido' },
  thread: { en: 'New thread in a followed space', fr: 'Nouveau fil dans un espace suivi', es: 'Nuevo hilo en un espacio seguido', pt: 'Novo tópico num espaço seguido' },
  first_movers: { en: 'Question about your practice', fr: 'Question sur votre pratique', es: 'Pregunta sobre su práctica', pt: 'Pergunta sobre a sua prática' },
  solution: { en: 'Your answer marked as the solution', fr: 'Votre réponse retenue comme solution', es: 'Su respuesta marcada como solución', pt: 'A sua resposta marcada como solução' },
} as const satisfies Record<string, Names>

export const SPACE_KINDS = {
  theme: { en: 'Theme', fr: 'Thème', es: 'Tema', pt: 'Tema' },
  region: { en: 'Region', fr: 'Région', es: 'Región', pt: 'Região' },
} as const satisfies Record<string, Names>

export type PostState = keyof typeof POST_STATES
export type FlagReason = keyof typeof FLAG_REASONS
export type ModerationReason = keyof typeof MODERATION_REASONS
export type ModerationActionKind = keyof typeof MODERATION_ACTIONS
export type NotificationCadence = keyof typeof NOTIFICATION_CADENCES
export type ThreadKind = keyof typeof THREAD_KINDS
