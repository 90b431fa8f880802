import * as migration_20261128_184050_initial from './20261128_184050_initial';
import * as migration_20261128_204520_practices_geography_themes from './20261128_204520_practices_geography_themes';
import * as migration_20261128_204600_practice_search from './20261128_204600_practice_search';
import * as migration_20261128_213513_submission_cleanup_job_transition_history from './20261128_213513_submission_cleanup_job_transition_history';
import * as migration_20261128_220000_practice_search_by_locale from './20261128_220000_practice_search_by_locale';
import * as migration_20261129_003936_evaluation from './20261129_003936_evaluation';
import * as migration_20261129_020000_practice_search_evaluation from './20261129_020000_practice_search_evaluation';
import * as migration_20261129_030825_funding from './20261129_030825_funding';
import * as migration_20261129_031000_funding_index from './20261129_031000_funding_index';
import * as migration_20261129_032542_events from './20261129_032542_events';
import * as migration_20261129_032600_registration_constraints from './20261129_032600_registration_constraints';
import * as migration_20261129_033802_funding_alerts from './20261129_033802_funding_alerts';
import * as migration_20261129_035114_event_offer_job from './20261129_035114_event_offer_job';
import * as migration_20261129_035841_funding_eligibility_index from './20261129_035841_funding_eligibility_index';
import * as migration_20261129_054639_event_reminders_purge from './20261129_054639_event_reminders_purge';
import * as migration_20261129_090008_community from './20261129_090008_community';
import * as migration_20261129_095000_community_cascades from './20261129_095000_community_cascades';
import * as migration_20261129_115914_campaigns_news_newsletters from './20261129_115914_campaigns_news_newsletters';
import * as migration_20261129_115930_newsletter_cascades from './20261129_115930_newsletter_cascades';
import * as migration_20261129_151531_media_member_photos from './20261129_151531_media_member_photos';

export const migrations = [
  {
    up: migration_20261128_184050_initial.up,
    down: migration_20261128_184050_initial.down,
    name: '20261128_184050_initial',
  },
  {
    up: migration_20261128_204520_practices_geography_themes.up,
    down: migration_20261128_204520_practices_geography_themes.down,
    name: '20261128_204520_practices_geography_themes',
  },
  {
    up: migration_20261128_204600_practice_search.up,
    down: migration_20261128_204600_practice_search.down,
    name: '20261128_204600_practice_search',
  },
  {
    up: migration_20261128_213513_submission_cleanup_job_transition_history.up,
    down: migration_20261128_213513_submission_cleanup_job_transition_history.down,
    name: '20261128_213513_submission_cleanup_job_transition_history',
  },
  {
    up: migration_20261128_220000_practice_search_by_locale.up,
    down: migration_20261128_220000_practice_search_by_locale.down,
    name: '20261128_220000_practice_search_by_locale',
  },
  {
    up: migration_20261129_003936_evaluation.up,
    down: migration_20261129_003936_evaluation.down,
    name: '20261129_003936_evaluation',
  },
  {
    up: migration_20261129_020000_practice_search_evaluation.up,
    down: migration_20261129_020000_practice_search_evaluation.down,
    name: '20261129_020000_practice_search_evaluation',
  },
  {
    up: migration_20261129_030825_funding.up,
    down: migration_20261129_030825_funding.down,
    name: '20261129_030825_funding',
  },
  {
    up: migration_20261129_031000_funding_index.up,
    down: migration_20261129_031000_funding_index.down,
    name: '20261129_031000_funding_index',
  },
  {
    up: migration_20261129_032542_events.up,
    down: migration_20261129_032542_events.down,
    name: '20261129_032542_events',
  },
  {
    up: migration_20261129_032600_registration_constraints.up,
    down: migration_20261129_032600_registration_constraints.down,
    name: '20261129_032600_registration_constraints',
  },
  {
    up: migration_20261129_033802_funding_alerts.up,
    down: migration_20261129_033802_funding_alerts.down,
    name: '20261129_033802_funding_alerts',
  },
  {
    up: migration_20261129_035114_event_offer_job.up,
    down: migration_20261129_035114_event_offer_job.down,
    name: '20261129_035114_event_offer_job',
  },
  {
    up: migration_20261129_035841_funding_eligibility_index.up,
    down: migration_20261129_035841_funding_eligibility_index.down,
    name: '20261129_035841_funding_eligibility_index',
  },
  {
    up: migration_20261129_054639_event_reminders_purge.up,
    down: migration_20261129_054639_event_reminders_purge.down,
    name: '20261129_054639_event_reminders_purge',
  },
  {
    up: migration_20261129_090008_community.up,
    down: migration_20261129_090008_community.down,
    name: '20261129_090008_community',
  },
  {
    up: migration_20261129_095000_community_cascades.up,
    down: migration_20261129_095000_community_cascades.down,
    name: '20261129_095000_community_cascades',
  },
  {
    up: migration_20261129_115914_campaigns_news_newsletters.up,
    down: migration_20261129_115914_campaigns_news_newsletters.down,
    name: '20261129_115914_campaigns_news_newsletters',
  },
  {
    up: migration_20261129_115930_newsletter_cascades.up,
    down: migration_20261129_115930_newsletter_cascades.down,
    name: '20261129_115930_newsletter_cascades',
  },
  {
    up: migration_20261129_151531_media_member_photos.up,
    down: migration_20261129_151531_media_member_photos.down,
    name: '20261129_151531_media_member_photos'
  },
];
