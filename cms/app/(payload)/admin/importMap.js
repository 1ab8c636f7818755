import { MonthCell as MonthCell_c38702cbec2ce2cca0cbd5d3a48630b5 } from '../../../components/dates/MonthCell'
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
import { MoneyAmountCell as MoneyAmountCell_2ae636cbb97caa2e237ceb753934ed74 } from '../../../components/money/MoneyAmountCell'
import { MoneyAmountField as MoneyAmountField_64d3446325f728a9d554e4522fe0ce6a } from '../../../components/money/MoneyAmountField'
import { CampaignMoneySummary as CampaignMoneySummary_6abda496c5a5fcf500bb997cb94d56f1 } from '../../../components/CampaignMoneySummary'
import { DateCell as DateCell_5b0a30923c0ec5f97fef119f5c8b22af } from '../../../components/dates/DateCell'
import { DateWrittenOut as DateWrittenOut_bf657c724144ee7fe4db301641df267e } from '../../../components/dates/DateWrittenOut'
import { DonorAgreedToBeNamed as DonorAgreedToBeNamed_222ede18d26b8cab93cc70eea67f54bc } from '../../../components/DonorAgreedToBeNamed'
import { OtherLanguageText as OtherLanguageText_ab60ea8eeda836ede33afc047b5ffa9a } from '../../../components/OtherLanguageText'
import { ProposalStatusField as ProposalStatusField_472179ce3eb77852ddf6cb17ab77d315 } from '../../../collections/Proposals/components/ProposalStatusField'
import { CommitteeMembersField as CommitteeMembersField_7a758aa22453b4d03927e3760ee036c5 } from '../../../collections/Committees/components/CommitteeMembersField'
import { DigestAudienceNotice as DigestAudienceNotice_937cbacc4c6d35c7e9d789c8847b7231 } from '../../../plugins/mail/components/DigestAudienceNotice'
import { AdmitApplicant as AdmitApplicant_85695c3c01dbfa25a2dd21ef0dc0b8c4 } from '../../../components/AdmitApplicant'
import { CopyButton as CopyButton_ddcd61282879e1bb7a705e1bcf59c263 } from '../../../components/CopyButton'
import { RoundResults as RoundResults_714cb7589953299bdc2a940b829b0aca } from '../../../plugins/deliberation/components/RoundResults'
import { WhatNeedsYouNow as WhatNeedsYouNow_dd27214e93827ec21439b67c5f730b7d } from '../../../plugins/adminHome/WhatNeedsYouNow'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/dates/MonthCell#MonthCell": MonthCell_c38702cbec2ce2cca0cbd5d3a48630b5,
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
  "/components/money/MoneyAmountCell#MoneyAmountCell": MoneyAmountCell_2ae636cbb97caa2e237ceb753934ed74,
  "/components/money/MoneyAmountField#MoneyAmountField": MoneyAmountField_64d3446325f728a9d554e4522fe0ce6a,
  "/components/CampaignMoneySummary#CampaignMoneySummary": CampaignMoneySummary_6abda496c5a5fcf500bb997cb94d56f1,
  "/components/dates/DateCell#DateCell": DateCell_5b0a30923c0ec5f97fef119f5c8b22af,
  "/components/dates/DateWrittenOut#DateWrittenOut": DateWrittenOut_bf657c724144ee7fe4db301641df267e,
  "/components/DonorAgreedToBeNamed#DonorAgreedToBeNamed": DonorAgreedToBeNamed_222ede18d26b8cab93cc70eea67f54bc,
  "/components/OtherLanguageText#OtherLanguageText": OtherLanguageText_ab60ea8eeda836ede33afc047b5ffa9a,
  "/collections/Proposals/components/ProposalStatusField#ProposalStatusField": ProposalStatusField_472179ce3eb77852ddf6cb17ab77d315,
  "/collections/Committees/components/CommitteeMembersField#CommitteeMembersField": CommitteeMembersField_7a758aa22453b4d03927e3760ee036c5,
  "/plugins/mail/components/DigestAudienceNotice#DigestAudienceNotice": DigestAudienceNotice_937cbacc4c6d35c7e9d789c8847b7231,
  "/components/AdmitApplicant#AdmitApplicant": AdmitApplicant_85695c3c01dbfa25a2dd21ef0dc0b8c4,
  "/components/CopyButton#CopyButton": CopyButton_ddcd61282879e1bb7a705e1bcf59c263,
  "/plugins/deliberation/components/RoundResults#RoundResults": RoundResults_714cb7589953299bdc2a940b829b0aca,
  "/plugins/adminHome/WhatNeedsYouNow#WhatNeedsYouNow": WhatNeedsYouNow_dd27214e93827ec21439b67c5f730b7d,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
