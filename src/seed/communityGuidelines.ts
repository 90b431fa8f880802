import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { COMMUNITY_GUIDELINES_SLUG } from '@/lib/community/guidelines'
import { paragraphs } from './richText'

type PageText = { title: string; summary: string; body: string[] }

const text: Record<Locale, PageText> = {
  en: {
    title: 'Community guidelines',
    summary: 'How we talk to each other in the GKEC learning community, how moderation works, and what happens to your data.',
    body: [
      'The learning community is where city officials, practitioners and researchers ask the first movers, share what worked and what did not, and find partner cities. These guidelines keep it useful and safe for everyone. By joining, you accept them.',
      'Be respectful. Criticise ideas, not people. Harassment, hate speech, threats and personal attacks are removed, and their authors may be silenced or suspended.',
      'Share what you know from experience. Say where figures come from, link to your sources, and say when something is an estimate. Questions are welcome at every level of experience.',
      'Stay on topic and non-commercial. No advertising, sales pitches, spam or off-topic posts. Mention a product or service only when it answers the question, and say so if you have an interest in it.',
      'Protect personal data. Do not post anyone’s contact details, private messages or personal information, and share no more of your own than your profile shows.',
      'How moderation works. The first posts of new members are reviewed before they appear. Any member can flag a post; after several flags it is hidden until a moderator has looked at it. Moderators may hold, hide, edit, move or remove posts, and silence or suspend accounts. Every decision is logged with its reason and told to the member concerned, who can appeal it once; another moderator decides the appeal. The monthly moderation log shows the counts to everyone.',
      'Your data. Other members see your name and the profile details you choose to show; the public sees your name on published posts. Your e-mail address is never shown. You choose which e-mails you receive. You can download all your data and delete your account at any time from your account page; your posts then stay, shown as written by a former member.',
    ],
  },
  fr: {
    title: 'Charte de la communauté',
    summary: 'Comment nous échangeons dans la communauté d’apprentissage du GKEC, comment fonctionne la modération et ce que deviennent vos données.',
    body: [
      'La communauté d’apprentissage est l’endroit où responsables municipaux, praticiens et chercheurs interrogent les pionniers, partagent ce qui a marché et ce qui n’a pas marché, et trouvent des villes partenaires. Ces règles la gardent utile et sûre pour tous. En la rejoignant, vous les acceptez.',
      'Soyez respectueux. Critiquez les idées, pas les personnes. Le harcèlement, les discours de haine, les menaces et les attaques personnelles sont retirés, et leurs auteurs peuvent être réduits au silence ou suspendus.',
      'Partagez ce que vous savez par expérience. Indiquez d’où viennent les chiffres, citez vos sources et précisez quand il s’agit d’une estimation. Les questions sont bienvenues, quel que soit votre niveau d’expérience.',
      'Restez dans le sujet et sans visée commerciale. Pas de publicité, d’argumentaire de vente, de spam ni de message hors sujet. Ne citez un produit ou un service que s’il répond à la question, et dites-le si vous y avez un intérêt.',
      'Protégez les données personnelles. Ne publiez ni les coordonnées, ni les messages privés, ni les informations personnelles de quiconque, et ne partagez pas plus des vôtres que ce que montre votre profil.',
      'Comment fonctionne la modération. Les premiers messages des nouveaux membres sont relus avant de paraître. Tout membre peut signaler un message ; après plusieurs signalements, il est masqué jusqu’à ce qu’un modérateur l’ait examiné. Les modérateurs peuvent retenir, masquer, modifier, déplacer ou retirer des messages, et réduire au silence ou suspendre des comptes. Chaque décision est consignée avec sa raison et communiquée au membre concerné, qui peut la contester une fois ; un autre modérateur tranche. Le journal mensuel de modération publie les chiffres pour tous.',
      'Vos données. Les autres membres voient votre nom et les éléments de profil que vous choisissez de montrer ; le public voit votre nom sur les messages publiés. Votre adresse e-mail n’est jamais affichée. Vous choisissez les e-mails que vous recevez. Vous pouvez télécharger toutes vos données et supprimer votre compte à tout moment depuis la page de votre compte ; vos messages restent alors, attribués à un ancien membre.',
    ],
  },
  es: {
    title: 'Normas de la comunidad',
    summary: 'Cómo conversamos en la comunidad de aprendizaje del GKEC, cómo funciona la moderación y qué ocurre con sus datos.',
    body: [
      'La comunidad de aprendizaje es el lugar donde responsables municipales, profesionales e investigadores preguntan a los pioneros, comparten lo que funcionó y lo que no, y encuentran ciudades socias. Estas normas la mantienen útil y segura para todos. Al unirse, las acepta.',
      'Sea respetuoso. Critique las ideas, no a las personas. El acoso, el discurso de odio, las amenazas y los ataques personales se retiran, y sus autores pueden ser silenciados o suspendidos.',
      'Comparta lo que sabe por experiencia. Indique de dónde salen las cifras, enlace sus fuentes y diga cuándo algo es una estimación. Las preguntas son bienvenidas, sea cual sea su experiencia.',
      'Manténgase en el tema y sin fines comerciales. Nada de publicidad, argumentos de venta, spam ni mensajes fuera de tema. Mencione un producto o servicio solo si responde a la pregunta, e indique si tiene algún interés en él.',
      'Proteja los datos personales. No publique datos de contacto, mensajes privados ni información personal de nadie, y no comparta de los suyos más de lo que muestra su perfil.',
      'Cómo funciona la moderación. Los primeros mensajes de los nuevos miembros se revisan antes de aparecer. Cualquier miembro puede denunciar un mensaje; tras varias denuncias, se oculta hasta que un moderador lo haya revisado. Los moderadores pueden retener, ocultar, editar, mover o retirar mensajes, y silenciar o suspender cuentas. Cada decisión se registra con su motivo y se comunica al miembro afectado, que puede recurrirla una vez; otro moderador resuelve el recurso. El registro mensual de moderación publica las cifras para todos.',
      'Sus datos. Los demás miembros ven su nombre y los datos del perfil que decida mostrar; el público ve su nombre en los mensajes publicados. Su dirección de correo nunca se muestra. Usted elige qué correos recibe. Puede descargar todos sus datos y eliminar su cuenta en cualquier momento desde la página de su cuenta; sus mensajes se mantienen, atribuidos a un antiguo miembro.',
    ],
  },
  pt: {
    title: 'Regras da comunidade',
    summary: 'Como conversamos na comunidade de aprendizagem do GKEC, como funciona a moderação e o que acontece aos seus dados.',
    body: [
      'A comunidade de aprendizagem é o lugar onde responsáveis municipais, profissionais e investigadores perguntam aos pioneiros, partilham o que funcionou e o que não funcionou, e encontram cidades parceiras. Estas regras mantêm-na útil e segura para todos. Ao aderir, aceita-as.',
      'Seja respeitoso. Critique as ideias, não as pessoas. O assédio, o discurso de ódio, as ameaças e os ataques pessoais são retirados, e os seus autores podem ser silenciados ou suspensos.',
      'Partilhe o que sabe por experiência. Indique de onde vêm os números, ligue às suas fontes e diga quando algo é uma estimativa. As perguntas são bem-vindas, seja qual for a sua experiência.',
      'Mantenha-se no tema e sem fins comerciais. Nada de publicidade, argumentos de venda, spam ou mensagens fora do tema. Mencione um produto ou serviço apenas se responder à pergunta, e diga se tem algum interesse nele.',
      'Proteja os dados pessoais. Não publique contactos, mensagens privadas ou informações pessoais de ninguém, e não partilhe dos seus mais do que o seu perfil mostra.',
      'Como funciona a moderação. As primeiras mensagens dos novos membros são revistas antes de aparecerem. Qualquer membro pode denunciar uma mensagem; após várias denúncias, fica oculta até um moderador a analisar. Os moderadores podem reter, ocultar, editar, mover ou retirar mensagens, e silenciar ou suspender contas. Cada decisão é registada com o seu motivo e comunicada ao membro em causa, que pode recorrer uma vez; outro moderador decide o recurso. O registo mensal de moderação publica os números para todos.',
      'Os seus dados. Os outros membros veem o seu nome e os dados do perfil que escolher mostrar; o público vê o seu nome nas mensagens publicadas. O seu endereço de e-mail nunca é mostrado. Escolhe os e-mails que recebe. Pode descarregar todos os seus dados e eliminar a sua conta a qualquer momento a partir da página da sua conta; as suas mensagens ficam, atribuídas a um antigo membro.',
    ],
  },
}

const context = { disableRevalidate: true }

/**
 * The community guidelines as a published page in every language, for every installation (not only
 * the demo): the sign-up form and the community's navigation link to it. Editors keep it up to date
 * in the admin; an existing page is left alone. Returns whether it was created.
 */
export async function seedCommunityGuidelines(payload: Payload): Promise<boolean> {
  const existing = await payload.count({ collection: 'pages', where: { slug: { equals: COMMUNITY_GUIDELINES_SLUG } }, overrideAccess: true })
  if (existing.totalDocs > 0) return false
  // One block shared by every language, its text localized: each translation goes into the same block.
  const data = (locale: Locale, blockId?: string | null) => ({
    title: text[locale].title,
    summary: text[locale].summary,
    slug: COMMUNITY_GUIDELINES_SLUG,
    _status: 'published' as const,
    layout: [{ ...(blockId ? { id: blockId } : {}), blockType: 'content' as const, body: paragraphs(...text[locale].body) }],
  })
  const created = await payload.create({ collection: 'pages', locale: 'en', context, overrideAccess: true, data: data('en') })
  const blockId = created.layout?.[0]?.id
  for (const locale of ['fr', 'es', 'pt'] as const) {
    await payload.update({ collection: 'pages', id: created.id, locale, context, overrideAccess: true, data: data(locale, blockId) })
  }
  return true
}
