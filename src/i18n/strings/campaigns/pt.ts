import type { CampaignsStrings } from './en'

export const campaignsPt: CampaignsStrings = {
  list: {
    title: 'Campanhas',
    description: 'Aquilo em que a Missão da UE para as cidades e as suas cidades parceiras estão a trabalhar agora: as campanhas em curso do Centro Mundial de Intercâmbio de Conhecimento.',
    lead: 'Campanhas em curso do Centro Mundial de Intercâmbio de Conhecimento.',
    empty: 'Não há nenhuma campanha em curso neste momento.',
    until: 'Até {{date}}',
  },
  page: {
    fallback: 'Esta página ainda não está disponível em {{language}}; é apresentada em inglês.',
    draftBanner: 'Está a ver uma campanha em rascunho. Não é pública, e as visitas e os cliques não são contados.',
    allCampaigns: 'Todas as campanhas',
    breadcrumb: 'Localização',
    home: 'Início',
    shareImageAlt: '{{title}} — campanha do GKEC',
  },
  video: {
    play: 'Reproduzir o vídeo: {{title}}',
    playUntitled: 'Reproduzir o vídeo',
    provider: 'Reproduzi-lo carrega o vídeo a partir de {{provider}}, que pode definir cookies.',
    external: 'Ver «{{title}}» em {{provider}} (sai do GKEC)',
    externalUntitled: 'Ver o vídeo em {{provider}} (sai do GKEC)',
    defaultTitle: 'Vídeo',
  },
  blocks: {
    keyFiguresHeading: 'Números-chave',
    featuredHeading: 'Práticas',
    allPractices: 'Ver todas as práticas correspondentes',
    noPractices: 'Ainda não há práticas para mostrar.',
    fundingHeading: 'Financiamento aberto',
    allFunding: 'Ver todo o financiamento',
    noFunding: 'Não há nenhum financiamento aberto neste momento.',
    eventHeading: 'Evento',
    eventLink: 'Sobre {{title}}',
    faqHeading: 'Perguntas e respostas',
    partnersHeading: 'Parceiros',
    externalLink: '(sai do GKEC)',
  },
}
