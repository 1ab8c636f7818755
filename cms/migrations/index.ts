import * as migration_20261121_094355_initial from './20261121_094355_initial'
import * as migration_20261121_100000_rule_constraints from './20261121_100000_rule_constraints'
import * as migration_20261121_110702_application_note from './20261121_110702_application_note'
import * as migration_20261121_113059_about_global from './20261121_113059_about_global'
import * as migration_20261121_124204_sign_in_links from './20261121_124204_sign_in_links'
import * as migration_20261121_125648_committee_interests from './20261121_125648_committee_interests'
import * as migration_20261121_130724_meeting_rsvps_calendar_token from './20261121_130724_meeting_rsvps_calendar_token'
import * as migration_20261121_144958_money_flow from './20261121_144958_money_flow'
import * as migration_20261121_152312_meeting_mail from './20261121_152312_meeting_mail'
import * as migration_20261202_010000_money_bounds from './20261202_010000_money_bounds'
import * as migration_20261202_031943_throttles from './20261202_031943_throttles'
import * as migration_20261202_040451_media_uploaded_by from './20261202_040451_media_uploaded_by'
import * as migration_20261202_130635_mail_notices from './20261202_130635_mail_notices'
import * as migration_20261202_161709_mail_admission from './20261202_161709_mail_admission'
import * as migration_20261202_163422_expense_rejection_reason from './20261202_163422_expense_rejection_reason'
import * as migration_20261203_124630_countries_languages_codes from './20261203_124630_countries_languages_codes'
import * as migration_20261203_133659_media_campaign from './20261203_133659_media_campaign'
import * as migration_20261203_173810_proposals_expenses_per_language from './20261203_173810_proposals_expenses_per_language'
import * as migration_20261204_031500_skills_across_languages from './20261204_031500_skills_across_languages'
import * as migration_20261204_050610_voting_rounds from './20261204_050610_voting_rounds'
import * as migration_20261204_053714_votes_recorded_for_members from './20261204_053714_votes_recorded_for_members'

export const migrations = [
  {
    up: migration_20261121_094355_initial.up,
    down: migration_20261121_094355_initial.down,
    name: '20261121_094355_initial',
  },
  {
    up: migration_20261121_100000_rule_constraints.up,
    down: migration_20261121_100000_rule_constraints.down,
    name: '20261121_100000_rule_constraints',
  },
  {
    up: migration_20261121_110702_application_note.up,
    down: migration_20261121_110702_application_note.down,
    name: '20261121_110702_application_note',
  },
  {
    up: migration_20261121_113059_about_global.up,
    down: migration_20261121_113059_about_global.down,
    name: '20261121_113059_about_global',
  },
  {
    up: migration_20261121_124204_sign_in_links.up,
    down: migration_20261121_124204_sign_in_links.down,
    name: '20261121_124204_sign_in_links',
  },
  {
    up: migration_20261121_125648_committee_interests.up,
    down: migration_20261121_125648_committee_interests.down,
    name: '20261121_125648_committee_interests',
  },
  {
    up: migration_20261121_130724_meeting_rsvps_calendar_token.up,
    down: migration_20261121_130724_meeting_rsvps_calendar_token.down,
    name: '20261121_130724_meeting_rsvps_calendar_token',
  },
  {
    up: migration_20261121_144958_money_flow.up,
    down: migration_20261121_144958_money_flow.down,
    name: '20261121_144958_money_flow',
  },
  {
    up: migration_20261121_152312_meeting_mail.up,
    down: migration_20261121_152312_meeting_mail.down,
    name: '20261121_152312_meeting_mail',
  },
  {
    up: migration_20261202_010000_money_bounds.up,
    down: migration_20261202_010000_money_bounds.down,
    name: '20261202_010000_money_bounds',
  },
  {
    up: migration_20261202_031943_throttles.up,
    down: migration_20261202_031943_throttles.down,
    name: '20261202_031943_throttles',
  },
  {
    up: migration_20261202_040451_media_uploaded_by.up,
    down: migration_20261202_040451_media_uploaded_by.down,
    name: '20261202_040451_media_uploaded_by',
  },
  {
    up: migration_20261202_130635_mail_notices.up,
    down: migration_20261202_130635_mail_notices.down,
    name: '20261202_130635_mail_notices',
  },
  {
    up: migration_20261202_161709_mail_admission.up,
    down: migration_20261202_161709_mail_admission.down,
    name: '20261202_161709_mail_admission',
  },
  {
    up: migration_20261202_163422_expense_rejection_reason.up,
    down: migration_20261202_163422_expense_rejection_reason.down,
    name: '20261202_163422_expense_rejection_reason',
  },
  {
    up: migration_20261203_124630_countries_languages_codes.up,
    down: migration_20261203_124630_countries_languages_codes.down,
    name: '20261203_124630_countries_languages_codes',
  },
  {
    up: migration_20261203_133659_media_campaign.up,
    down: migration_20261203_133659_media_campaign.down,
    name: '20261203_133659_media_campaign',
  },
  {
    up: migration_20261203_173810_proposals_expenses_per_language.up,
    down: migration_20261203_173810_proposals_expenses_per_language.down,
    name: '20261203_173810_proposals_expenses_per_language',
  },
  {
    up: migration_20261204_031500_skills_across_languages.up,
    down: migration_20261204_031500_skills_across_languages.down,
    name: '20261204_031500_skills_across_languages',
  },
  {
    up: migration_20261204_050610_voting_rounds.up,
    down: migration_20261204_050610_voting_rounds.down,
    name: '20261204_050610_voting_rounds',
  },
  {
    up: migration_20261204_053714_votes_recorded_for_members.up,
    down: migration_20261204_053714_votes_recorded_for_members.down,
    name: '20261204_053714_votes_recorded_for_members',
  },
]
