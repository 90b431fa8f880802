import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { WorkflowControls as WorkflowControls_8c882935c896f899ca65c619e2fe35df } from '@/collections/Practices/admin/WorkflowControls'
import { EvaluationPanel as EvaluationPanel_8e8acc0fa4fe90b77981191bfb2d9f2f } from '@/collections/Practices/admin/EvaluationPanel'
import { RubricReference as RubricReference_e89502a15b88d0605dcc0d4e0f54b617 } from '@/collections/Evaluations/admin/RubricReference'
import { ScoreRowLabel as ScoreRowLabel_b925c0977d2ea6f8697c15374719f49d } from '@/collections/Evaluations/admin/ScoreRowLabel'
import { ExportForm as ExportForm_27583099ba2c899ebb736c9d828782c1 } from '@/collections/Evaluations/admin/ExportForm'
import { EvaluationControls as EvaluationControls_0a338192ddf422a799834b5e00b91d71 } from '@/collections/Evaluations/admin/EvaluationControls'
import { RevalidationLinks as RevalidationLinks_12149d458bf5ee5f9f4e03a8287c4eed } from '@/collections/Scorecards/admin/RevalidationLinks'
import { EditorTools as EditorTools_d536a4d968b1b32ac1040862e019a6c1 } from '@/collections/FundingActions/admin/EditorTools'
import { EditionRegistrationsView as EditionRegistrationsView_3bb51458997c9310fabb10c49430a5d2 } from '@/components/admin/events/EditionRegistrationsView'
import { CampaignMetricsLink as CampaignMetricsLink_5d0344e91eb9ee02e8970126e511f5e3 } from '@/components/admin/campaignMetrics/CampaignMetricsLink'
import { SendPanel as SendPanel_e2b3caf3db7c2ca6a564acb578bdfa54 } from '@/collections/NewsletterIssues/admin/SendPanel'
import { MyEvaluationsNavLink as MyEvaluationsNavLink_cbf9fdd344fd2b9350c5857edc3b8d1e } from '@/components/admin/myEvaluations/MyEvaluationsNavLink'
import { CheckInNavLink as CheckInNavLink_e63df510bfdbf29bbac5339aaf7ebe0d } from '@/components/admin/events/CheckInNavLink'
import { ReviewNavLink as ReviewNavLink_cc7965cd672c37718900b4a8d6476c77 } from '@/components/admin/community/ReviewNavLink'
import { CampaignMetricsNavLink as CampaignMetricsNavLink_3914604b1b18a5ee31429e3eb486a980 } from '@/components/admin/campaignMetrics/CampaignMetricsNavLink'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { MyEvaluationsView as MyEvaluationsView_90b5f77c6f94524188bad127b5735ad0 } from '@/components/admin/myEvaluations/MyEvaluationsView'
import { CheckInView as CheckInView_cca19a3c3013574eaa4c5c78ce208404 } from '@/components/admin/events/CheckInView'
import { ReviewView as ReviewView_b01615a9099b0abd5a84550d3008d9f6 } from '@/components/admin/community/ReviewView'
import { CampaignMetricsView as CampaignMetricsView_2fe3d7b277e3bf2baac1d06a0ab782de } from '@/components/admin/campaignMetrics/CampaignMetricsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@/collections/Practices/admin/WorkflowControls#WorkflowControls": WorkflowControls_8c882935c896f899ca65c619e2fe35df,
  "@/collections/Practices/admin/EvaluationPanel#EvaluationPanel": EvaluationPanel_8e8acc0fa4fe90b77981191bfb2d9f2f,
  "@/collections/Evaluations/admin/RubricReference#RubricReference": RubricReference_e89502a15b88d0605dcc0d4e0f54b617,
  "@/collections/Evaluations/admin/ScoreRowLabel#ScoreRowLabel": ScoreRowLabel_b925c0977d2ea6f8697c15374719f49d,
  "@/collections/Evaluations/admin/ExportForm#ExportForm": ExportForm_27583099ba2c899ebb736c9d828782c1,
  "@/collections/Evaluations/admin/EvaluationControls#EvaluationControls": EvaluationControls_0a338192ddf422a799834b5e00b91d71,
  "@/collections/Scorecards/admin/RevalidationLinks#RevalidationLinks": RevalidationLinks_12149d458bf5ee5f9f4e03a8287c4eed,
  "@/collections/FundingActions/admin/EditorTools#EditorTools": EditorTools_d536a4d968b1b32ac1040862e019a6c1,
  "@/components/admin/events/EditionRegistrationsView#EditionRegistrationsView": EditionRegistrationsView_3bb51458997c9310fabb10c49430a5d2,
  "@/components/admin/campaignMetrics/CampaignMetricsLink#CampaignMetricsLink": CampaignMetricsLink_5d0344e91eb9ee02e8970126e511f5e3,
  "@/collections/NewsletterIssues/admin/SendPanel#SendPanel": SendPanel_e2b3caf3db7c2ca6a564acb578bdfa54,
  "@/components/admin/myEvaluations/MyEvaluationsNavLink#MyEvaluationsNavLink": MyEvaluationsNavLink_cbf9fdd344fd2b9350c5857edc3b8d1e,
  "@/components/admin/events/CheckInNavLink#CheckInNavLink": CheckInNavLink_e63df510bfdbf29bbac5339aaf7ebe0d,
  "@/components/admin/community/ReviewNavLink#ReviewNavLink": ReviewNavLink_cc7965cd672c37718900b4a8d6476c77,
  "@/components/admin/campaignMetrics/CampaignMetricsNavLink#CampaignMetricsNavLink": CampaignMetricsNavLink_3914604b1b18a5ee31429e3eb486a980,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@/components/admin/myEvaluations/MyEvaluationsView#MyEvaluationsView": MyEvaluationsView_90b5f77c6f94524188bad127b5735ad0,
  "@/components/admin/events/CheckInView#CheckInView": CheckInView_cca19a3c3013574eaa4c5c78ce208404,
  "@/components/admin/community/ReviewView#ReviewView": ReviewView_b01615a9099b0abd5a84550d3008d9f6,
  "@/components/admin/campaignMetrics/CampaignMetricsView#CampaignMetricsView": CampaignMetricsView_2fe3d7b277e3bf2baac1d06a0ab782de,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
