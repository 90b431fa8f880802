import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_funding_actions_instruments" AS ENUM('grant', 'loan', 'guarantee', 'equity', 'technical_assistance', 'advisory', 'project_preparation', 'capacity_building', 'matchmaking', 'prize');
  CREATE TYPE "public"."enum_funding_actions_eligibility_regions" AS ENUM('africa', 'americas', 'asia', 'europe', 'oceania');
  CREATE TYPE "public"."enum_funding_actions_eligibility_applicant_types" AS ENUM('city', 'metropolitan_regional', 'national_government', 'utility', 'ngo', 'research', 'business', 'consortium');
  CREATE TYPE "public"."enum_funding_actions_level" AS ENUM('eu', 'national', 'regional', 'city', 'multilateral', 'philanthropic', 'other_international');
  CREATE TYPE "public"."enum_funding_actions_direction" AS ENUM('outbound', 'inbound', 'both');
  CREATE TYPE "public"."enum_funding_actions_eligibility_country_scope" AS ENUM('any', 'oda', 'eu_associated');
  CREATE TYPE "public"."enum_funding_actions_dates_opensat_tz" AS ENUM('UTC', 'Africa/Abidjan', 'Africa/Accra', 'Africa/Addis_Ababa', 'Africa/Algiers', 'Africa/Asmera', 'Africa/Bamako', 'Africa/Bangui', 'Africa/Banjul', 'Africa/Bissau', 'Africa/Blantyre', 'Africa/Brazzaville', 'Africa/Bujumbura', 'Africa/Cairo', 'Africa/Casablanca', 'Africa/Ceuta', 'Africa/Conakry', 'Africa/Dakar', 'Africa/Dar_es_Salaam', 'Africa/Djibouti', 'Africa/Douala', 'Africa/El_Aaiun', 'Africa/Freetown', 'Africa/Gaborone', 'Africa/Harare', 'Africa/Johannesburg', 'Africa/Juba', 'Africa/Kampala', 'Africa/Khartoum', 'Africa/Kigali', 'Africa/Kinshasa', 'Africa/Lagos', 'Africa/Libreville', 'Africa/Lome', 'Africa/Luanda', 'Africa/Lubumbashi', 'Africa/Lusaka', 'Africa/Malabo', 'Africa/Maputo', 'Africa/Maseru', 'Africa/Mbabane', 'Africa/Mogadishu', 'Africa/Monrovia', 'Africa/Nairobi', 'Africa/Ndjamena', 'Africa/Niamey', 'Africa/Nouakchott', 'Africa/Ouagadougou', 'Africa/Porto-Novo', 'Africa/Sao_Tome', 'Africa/Tripoli', 'Africa/Tunis', 'Africa/Windhoek', 'America/Adak', 'America/Anchorage', 'America/Anguilla', 'America/Antigua', 'America/Araguaina', 'America/Argentina/La_Rioja', 'America/Argentina/Rio_Gallegos', 'America/Argentina/Salta', 'America/Argentina/San_Juan', 'America/Argentina/San_Luis', 'America/Argentina/Tucuman', 'America/Argentina/Ushuaia', 'America/Aruba', 'America/Asuncion', 'America/Bahia', 'America/Bahia_Banderas', 'America/Barbados', 'America/Belem', 'America/Belize', 'America/Blanc-Sablon', 'America/Boa_Vista', 'America/Bogota', 'America/Boise', 'America/Buenos_Aires', 'America/Cambridge_Bay', 'America/Campo_Grande', 'America/Cancun', 'America/Caracas', 'America/Catamarca', 'America/Cayenne', 'America/Cayman', 'America/Chicago', 'America/Chihuahua', 'America/Ciudad_Juarez', 'America/Coral_Harbour', 'America/Cordoba', 'America/Costa_Rica', 'America/Coyhaique', 'America/Creston', 'America/Cuiaba', 'America/Curacao', 'America/Danmarkshavn', 'America/Dawson', 'America/Dawson_Creek', 'America/Denver', 'America/Detroit', 'America/Dominica', 'America/Edmonton', 'America/Eirunepe', 'America/El_Salvador', 'America/Fort_Nelson', 'America/Fortaleza', 'America/Glace_Bay', 'America/Godthab', 'America/Goose_Bay', 'America/Grand_Turk', 'America/Grenada', 'America/Guadeloupe', 'America/Guatemala', 'America/Guayaquil', 'America/Guyana', 'America/Halifax', 'America/Havana', 'America/Hermosillo', 'America/Indiana/Knox', 'America/Indiana/Marengo', 'America/Indiana/Petersburg', 'America/Indiana/Tell_City', 'America/Indiana/Vevay', 'America/Indiana/Vincennes', 'America/Indiana/Winamac', 'America/Indianapolis', 'America/Inuvik', 'America/Iqaluit', 'America/Jamaica', 'America/Jujuy', 'America/Juneau', 'America/Kentucky/Monticello', 'America/Kralendijk', 'America/La_Paz', 'America/Lima', 'America/Los_Angeles', 'America/Louisville', 'America/Lower_Princes', 'America/Maceio', 'America/Managua', 'America/Manaus', 'America/Marigot', 'America/Martinique', 'America/Matamoros', 'America/Mazatlan', 'America/Mendoza', 'America/Menominee', 'America/Merida', 'America/Metlakatla', 'America/Mexico_City', 'America/Miquelon', 'America/Moncton', 'America/Monterrey', 'America/Montevideo', 'America/Montserrat', 'America/Nassau', 'America/New_York', 'America/Nome', 'America/Noronha', 'America/North_Dakota/Beulah', 'America/North_Dakota/Center', 'America/North_Dakota/New_Salem', 'America/Ojinaga', 'America/Panama', 'America/Paramaribo', 'America/Phoenix', 'America/Port-au-Prince', 'America/Port_of_Spain', 'America/Porto_Velho', 'America/Puerto_Rico', 'America/Punta_Arenas', 'America/Rankin_Inlet', 'America/Recife', 'America/Regina', 'America/Resolute', 'America/Rio_Branco', 'America/Santarem', 'America/Santiago', 'America/Santo_Domingo', 'America/Sao_Paulo', 'America/Scoresbysund', 'America/Sitka', 'America/St_Barthelemy', 'America/St_Johns', 'America/St_Kitts', 'America/St_Lucia', 'America/St_Thomas', 'America/St_Vincent', 'America/Swift_Current', 'America/Tegucigalpa', 'America/Thule', 'America/Tijuana', 'America/Toronto', 'America/Tortola', 'America/Vancouver', 'America/Whitehorse', 'America/Winnipeg', 'America/Yakutat', 'Antarctica/Casey', 'Antarctica/Davis', 'Antarctica/DumontDUrville', 'Antarctica/Macquarie', 'Antarctica/Mawson', 'Antarctica/McMurdo', 'Antarctica/Palmer', 'Antarctica/Rothera', 'Antarctica/Syowa', 'Antarctica/Troll', 'Antarctica/Vostok', 'Arctic/Longyearbyen', 'Asia/Aden', 'Asia/Almaty', 'Asia/Amman', 'Asia/Anadyr', 'Asia/Aqtau', 'Asia/Aqtobe', 'Asia/Ashgabat', 'Asia/Atyrau', 'Asia/Baghdad', 'Asia/Bahrain', 'Asia/Baku', 'Asia/Bangkok', 'Asia/Barnaul', 'Asia/Beirut', 'Asia/Bishkek', 'Asia/Brunei', 'Asia/Calcutta', 'Asia/Chita', 'Asia/Colombo', 'Asia/Damascus', 'Asia/Dhaka', 'Asia/Dili', 'Asia/Dubai', 'Asia/Dushanbe', 'Asia/Famagusta', 'Asia/Gaza', 'Asia/Hebron', 'Asia/Hong_Kong', 'Asia/Hovd', 'Asia/Irkutsk', 'Asia/Jakarta', 'Asia/Jayapura', 'Asia/Jerusalem', 'Asia/Kabul', 'Asia/Kamchatka', 'Asia/Karachi', 'Asia/Katmandu', 'Asia/Khandyga', 'Asia/Krasnoyarsk', 'Asia/Kuala_Lumpur', 'Asia/Kuching', 'Asia/Kuwait', 'Asia/Macau', 'Asia/Magadan', 'Asia/Makassar', 'Asia/Manila', 'Asia/Muscat', 'Asia/Nicosia', 'Asia/Novokuznetsk', 'Asia/Novosibirsk', 'Asia/Omsk', 'Asia/Oral', 'Asia/Phnom_Penh', 'Asia/Pontianak', 'Asia/Pyongyang', 'Asia/Qatar', 'Asia/Qostanay', 'Asia/Qyzylorda', 'Asia/Rangoon', 'Asia/Riyadh', 'Asia/Saigon', 'Asia/Sakhalin', 'Asia/Samarkand', 'Asia/Seoul', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Srednekolymsk', 'Asia/Taipei', 'Asia/Tashkent', 'Asia/Tbilisi', 'Asia/Tehran', 'Asia/Thimphu', 'Asia/Tokyo', 'Asia/Tomsk', 'Asia/Ulaanbaatar', 'Asia/Urumqi', 'Asia/Ust-Nera', 'Asia/Vientiane', 'Asia/Vladivostok', 'Asia/Yakutsk', 'Asia/Yekaterinburg', 'Asia/Yerevan', 'Atlantic/Azores', 'Atlantic/Bermuda', 'Atlantic/Canary', 'Atlantic/Cape_Verde', 'Atlantic/Faeroe', 'Atlantic/Madeira', 'Atlantic/Reykjavik', 'Atlantic/South_Georgia', 'Atlantic/St_Helena', 'Atlantic/Stanley', 'Australia/Adelaide', 'Australia/Brisbane', 'Australia/Broken_Hill', 'Australia/Darwin', 'Australia/Eucla', 'Australia/Hobart', 'Australia/Lindeman', 'Australia/Lord_Howe', 'Australia/Melbourne', 'Australia/Perth', 'Australia/Sydney', 'Europe/Amsterdam', 'Europe/Andorra', 'Europe/Astrakhan', 'Europe/Athens', 'Europe/Belgrade', 'Europe/Berlin', 'Europe/Bratislava', 'Europe/Brussels', 'Europe/Bucharest', 'Europe/Budapest', 'Europe/Busingen', 'Europe/Chisinau', 'Europe/Copenhagen', 'Europe/Dublin', 'Europe/Gibraltar', 'Europe/Guernsey', 'Europe/Helsinki', 'Europe/Isle_of_Man', 'Europe/Istanbul', 'Europe/Jersey', 'Europe/Kaliningrad', 'Europe/Kiev', 'Europe/Kirov', 'Europe/Lisbon', 'Europe/Ljubljana', 'Europe/London', 'Europe/Luxembourg', 'Europe/Madrid', 'Europe/Malta', 'Europe/Mariehamn', 'Europe/Minsk', 'Europe/Monaco', 'Europe/Moscow', 'Europe/Oslo', 'Europe/Paris', 'Europe/Podgorica', 'Europe/Prague', 'Europe/Riga', 'Europe/Rome', 'Europe/Samara', 'Europe/San_Marino', 'Europe/Sarajevo', 'Europe/Saratov', 'Europe/Simferopol', 'Europe/Skopje', 'Europe/Sofia', 'Europe/Stockholm', 'Europe/Tallinn', 'Europe/Tirane', 'Europe/Ulyanovsk', 'Europe/Vaduz', 'Europe/Vatican', 'Europe/Vienna', 'Europe/Vilnius', 'Europe/Volgograd', 'Europe/Warsaw', 'Europe/Zagreb', 'Europe/Zurich', 'Indian/Antananarivo', 'Indian/Chagos', 'Indian/Christmas', 'Indian/Cocos', 'Indian/Comoro', 'Indian/Kerguelen', 'Indian/Mahe', 'Indian/Maldives', 'Indian/Mauritius', 'Indian/Mayotte', 'Indian/Reunion', 'Pacific/Apia', 'Pacific/Auckland', 'Pacific/Bougainville', 'Pacific/Chatham', 'Pacific/Easter', 'Pacific/Efate', 'Pacific/Enderbury', 'Pacific/Fakaofo', 'Pacific/Fiji', 'Pacific/Funafuti', 'Pacific/Galapagos', 'Pacific/Gambier', 'Pacific/Guadalcanal', 'Pacific/Guam', 'Pacific/Honolulu', 'Pacific/Kiritimati', 'Pacific/Kosrae', 'Pacific/Kwajalein', 'Pacific/Majuro', 'Pacific/Marquesas', 'Pacific/Midway', 'Pacific/Nauru', 'Pacific/Niue', 'Pacific/Norfolk', 'Pacific/Noumea', 'Pacific/Pago_Pago', 'Pacific/Palau', 'Pacific/Pitcairn', 'Pacific/Ponape', 'Pacific/Port_Moresby', 'Pacific/Rarotonga', 'Pacific/Saipan', 'Pacific/Tahiti', 'Pacific/Tarawa', 'Pacific/Tongatapu', 'Pacific/Truk', 'Pacific/Wake', 'Pacific/Wallis');
  CREATE TYPE "public"."enum_funding_actions_dates_closesat_tz" AS ENUM('UTC', 'Africa/Abidjan', 'Africa/Accra', 'Africa/Addis_Ababa', 'Africa/Algiers', 'Africa/Asmera', 'Africa/Bamako', 'Africa/Bangui', 'Africa/Banjul', 'Africa/Bissau', 'Africa/Blantyre', 'Africa/Brazzaville', 'Africa/Bujumbura', 'Africa/Cairo', 'Africa/Casablanca', 'Africa/Ceuta', 'Africa/Conakry', 'Africa/Dakar', 'Africa/Dar_es_Salaam', 'Africa/Djibouti', 'Africa/Douala', 'Africa/El_Aaiun', 'Africa/Freetown', 'Africa/Gaborone', 'Africa/Harare', 'Africa/Johannesburg', 'Africa/Juba', 'Africa/Kampala', 'Africa/Khartoum', 'Africa/Kigali', 'Africa/Kinshasa', 'Africa/Lagos', 'Africa/Libreville', 'Africa/Lome', 'Africa/Luanda', 'Africa/Lubumbashi', 'Africa/Lusaka', 'Africa/Malabo', 'Africa/Maputo', 'Africa/Maseru', 'Africa/Mbabane', 'Africa/Mogadishu', 'Africa/Monrovia', 'Africa/Nairobi', 'Africa/Ndjamena', 'Africa/Niamey', 'Africa/Nouakchott', 'Africa/Ouagadougou', 'Africa/Porto-Novo', 'Africa/Sao_Tome', 'Africa/Tripoli', 'Africa/Tunis', 'Africa/Windhoek', 'America/Adak', 'America/Anchorage', 'America/Anguilla', 'America/Antigua', 'America/Araguaina', 'America/Argentina/La_Rioja', 'America/Argentina/Rio_Gallegos', 'America/Argentina/Salta', 'America/Argentina/San_Juan', 'America/Argentina/San_Luis', 'America/Argentina/Tucuman', 'America/Argentina/Ushuaia', 'America/Aruba', 'America/Asuncion', 'America/Bahia', 'America/Bahia_Banderas', 'America/Barbados', 'America/Belem', 'America/Belize', 'America/Blanc-Sablon', 'America/Boa_Vista', 'America/Bogota', 'America/Boise', 'America/Buenos_Aires', 'America/Cambridge_Bay', 'America/Campo_Grande', 'America/Cancun', 'America/Caracas', 'America/Catamarca', 'America/Cayenne', 'America/Cayman', 'America/Chicago', 'America/Chihuahua', 'America/Ciudad_Juarez', 'America/Coral_Harbour', 'America/Cordoba', 'America/Costa_Rica', 'America/Coyhaique', 'America/Creston', 'America/Cuiaba', 'America/Curacao', 'America/Danmarkshavn', 'America/Dawson', 'America/Dawson_Creek', 'America/Denver', 'America/Detroit', 'America/Dominica', 'America/Edmonton', 'America/Eirunepe', 'America/El_Salvador', 'America/Fort_Nelson', 'America/Fortaleza', 'America/Glace_Bay', 'America/Godthab', 'America/Goose_Bay', 'America/Grand_Turk', 'America/Grenada', 'America/Guadeloupe', 'America/Guatemala', 'America/Guayaquil', 'America/Guyana', 'America/Halifax', 'America/Havana', 'America/Hermosillo', 'America/Indiana/Knox', 'America/Indiana/Marengo', 'America/Indiana/Petersburg', 'America/Indiana/Tell_City', 'America/Indiana/Vevay', 'America/Indiana/Vincennes', 'America/Indiana/Winamac', 'America/Indianapolis', 'America/Inuvik', 'America/Iqaluit', 'America/Jamaica', 'America/Jujuy', 'America/Juneau', 'America/Kentucky/Monticello', 'America/Kralendijk', 'America/La_Paz', 'America/Lima', 'America/Los_Angeles', 'America/Louisville', 'America/Lower_Princes', 'America/Maceio', 'America/Managua', 'America/Manaus', 'America/Marigot', 'America/Martinique', 'America/Matamoros', 'America/Mazatlan', 'America/Mendoza', 'America/Menominee', 'America/Merida', 'America/Metlakatla', 'America/Mexico_City', 'America/Miquelon', 'America/Moncton', 'America/Monterrey', 'America/Montevideo', 'America/Montserrat', 'America/Nassau', 'America/New_York', 'America/Nome', 'America/Noronha', 'America/North_Dakota/Beulah', 'America/North_Dakota/Center', 'America/North_Dakota/New_Salem', 'America/Ojinaga', 'America/Panama', 'America/Paramaribo', 'America/Phoenix', 'America/Port-au-Prince', 'America/Port_of_Spain', 'America/Porto_Velho', 'America/Puerto_Rico', 'America/Punta_Arenas', 'America/Rankin_Inlet', 'America/Recife', 'America/Regina', 'America/Resolute', 'America/Rio_Branco', 'America/Santarem', 'America/Santiago', 'America/Santo_Domingo', 'America/Sao_Paulo', 'America/Scoresbysund', 'America/Sitka', 'America/St_Barthelemy', 'America/St_Johns', 'America/St_Kitts', 'America/St_Lucia', 'America/St_Thomas', 'America/St_Vincent', 'America/Swift_Current', 'America/Tegucigalpa', 'America/Thule', 'America/Tijuana', 'America/Toronto', 'America/Tortola', 'America/Vancouver', 'America/Whitehorse', 'America/Winnipeg', 'America/Yakutat', 'Antarctica/Casey', 'Antarctica/Davis', 'Antarctica/DumontDUrville', 'Antarctica/Macquarie', 'Antarctica/Mawson', 'Antarctica/McMurdo', 'Antarctica/Palmer', 'Antarctica/Rothera', 'Antarctica/Syowa', 'Antarctica/Troll', 'Antarctica/Vostok', 'Arctic/Longyearbyen', 'Asia/Aden', 'Asia/Almaty', 'Asia/Amman', 'Asia/Anadyr', 'Asia/Aqtau', 'Asia/Aqtobe', 'Asia/Ashgabat', 'Asia/Atyrau', 'Asia/Baghdad', 'Asia/Bahrain', 'Asia/Baku', 'Asia/Bangkok', 'Asia/Barnaul', 'Asia/Beirut', 'Asia/Bishkek', 'Asia/Brunei', 'Asia/Calcutta', 'Asia/Chita', 'Asia/Colombo', 'Asia/Damascus', 'Asia/Dhaka', 'Asia/Dili', 'Asia/Dubai', 'Asia/Dushanbe', 'Asia/Famagusta', 'Asia/Gaza', 'Asia/Hebron', 'Asia/Hong_Kong', 'Asia/Hovd', 'Asia/Irkutsk', 'Asia/Jakarta', 'Asia/Jayapura', 'Asia/Jerusalem', 'Asia/Kabul', 'Asia/Kamchatka', 'Asia/Karachi', 'Asia/Katmandu', 'Asia/Khandyga', 'Asia/Krasnoyarsk', 'Asia/Kuala_Lumpur', 'Asia/Kuching', 'Asia/Kuwait', 'Asia/Macau', 'Asia/Magadan', 'Asia/Makassar', 'Asia/Manila', 'Asia/Muscat', 'Asia/Nicosia', 'Asia/Novokuznetsk', 'Asia/Novosibirsk', 'Asia/Omsk', 'Asia/Oral', 'Asia/Phnom_Penh', 'Asia/Pontianak', 'Asia/Pyongyang', 'Asia/Qatar', 'Asia/Qostanay', 'Asia/Qyzylorda', 'Asia/Rangoon', 'Asia/Riyadh', 'Asia/Saigon', 'Asia/Sakhalin', 'Asia/Samarkand', 'Asia/Seoul', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Srednekolymsk', 'Asia/Taipei', 'Asia/Tashkent', 'Asia/Tbilisi', 'Asia/Tehran', 'Asia/Thimphu', 'Asia/Tokyo', 'Asia/Tomsk', 'Asia/Ulaanbaatar', 'Asia/Urumqi', 'Asia/Ust-Nera', 'Asia/Vientiane', 'Asia/Vladivostok', 'Asia/Yakutsk', 'Asia/Yekaterinburg', 'Asia/Yerevan', 'Atlantic/Azores', 'Atlantic/Bermuda', 'Atlantic/Canary', 'Atlantic/Cape_Verde', 'Atlantic/Faeroe', 'Atlantic/Madeira', 'Atlantic/Reykjavik', 'Atlantic/South_Georgia', 'Atlantic/St_Helena', 'Atlantic/Stanley', 'Australia/Adelaide', 'Australia/Brisbane', 'Australia/Broken_Hill', 'Australia/Darwin', 'Australia/Eucla', 'Australia/Hobart', 'Australia/Lindeman', 'Australia/Lord_Howe', 'Australia/Melbourne', 'Australia/Perth', 'Australia/Sydney', 'Europe/Amsterdam', 'Europe/Andorra', 'Europe/Astrakhan', 'Europe/Athens', 'Europe/Belgrade', 'Europe/Berlin', 'Europe/Bratislava', 'Europe/Brussels', 'Europe/Bucharest', 'Europe/Budapest', 'Europe/Busingen', 'Europe/Chisinau', 'Europe/Copenhagen', 'Europe/Dublin', 'Europe/Gibraltar', 'Europe/Guernsey', 'Europe/Helsinki', 'Europe/Isle_of_Man', 'Europe/Istanbul', 'Europe/Jersey', 'Europe/Kaliningrad', 'Europe/Kiev', 'Europe/Kirov', 'Europe/Lisbon', 'Europe/Ljubljana', 'Europe/London', 'Europe/Luxembourg', 'Europe/Madrid', 'Europe/Malta', 'Europe/Mariehamn', 'Europe/Minsk', 'Europe/Monaco', 'Europe/Moscow', 'Europe/Oslo', 'Europe/Paris', 'Europe/Podgorica', 'Europe/Prague', 'Europe/Riga', 'Europe/Rome', 'Europe/Samara', 'Europe/San_Marino', 'Europe/Sarajevo', 'Europe/Saratov', 'Europe/Simferopol', 'Europe/Skopje', 'Europe/Sofia', 'Europe/Stockholm', 'Europe/Tallinn', 'Europe/Tirane', 'Europe/Ulyanovsk', 'Europe/Vaduz', 'Europe/Vatican', 'Europe/Vienna', 'Europe/Vilnius', 'Europe/Volgograd', 'Europe/Warsaw', 'Europe/Zagreb', 'Europe/Zurich', 'Indian/Antananarivo', 'Indian/Chagos', 'Indian/Christmas', 'Indian/Cocos', 'Indian/Comoro', 'Indian/Kerguelen', 'Indian/Mahe', 'Indian/Maldives', 'Indian/Mauritius', 'Indian/Mayotte', 'Indian/Reunion', 'Pacific/Apia', 'Pacific/Auckland', 'Pacific/Bougainville', 'Pacific/Chatham', 'Pacific/Easter', 'Pacific/Efate', 'Pacific/Enderbury', 'Pacific/Fakaofo', 'Pacific/Fiji', 'Pacific/Funafuti', 'Pacific/Galapagos', 'Pacific/Gambier', 'Pacific/Guadalcanal', 'Pacific/Guam', 'Pacific/Honolulu', 'Pacific/Kiritimati', 'Pacific/Kosrae', 'Pacific/Kwajalein', 'Pacific/Majuro', 'Pacific/Marquesas', 'Pacific/Midway', 'Pacific/Nauru', 'Pacific/Niue', 'Pacific/Norfolk', 'Pacific/Noumea', 'Pacific/Pago_Pago', 'Pacific/Palau', 'Pacific/Pitcairn', 'Pacific/Ponape', 'Pacific/Port_Moresby', 'Pacific/Rarotonga', 'Pacific/Saipan', 'Pacific/Tahiti', 'Pacific/Tarawa', 'Pacific/Tongatapu', 'Pacific/Truk', 'Pacific/Wake', 'Pacific/Wallis');
  CREATE TYPE "public"."enum_funding_actions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__funding_actions_v_version_instruments" AS ENUM('grant', 'loan', 'guarantee', 'equity', 'technical_assistance', 'advisory', 'project_preparation', 'capacity_building', 'matchmaking', 'prize');
  CREATE TYPE "public"."enum__funding_actions_v_version_eligibility_regions" AS ENUM('africa', 'americas', 'asia', 'europe', 'oceania');
  CREATE TYPE "public"."enum__funding_actions_v_version_eligibility_applicant_types" AS ENUM('city', 'metropolitan_regional', 'national_government', 'utility', 'ngo', 'research', 'business', 'consortium');
  CREATE TYPE "public"."enum__funding_actions_v_version_level" AS ENUM('eu', 'national', 'regional', 'city', 'multilateral', 'philanthropic', 'other_international');
  CREATE TYPE "public"."enum__funding_actions_v_version_direction" AS ENUM('outbound', 'inbound', 'both');
  CREATE TYPE "public"."enum__funding_actions_v_version_eligibility_country_scope" AS ENUM('any', 'oda', 'eu_associated');
  CREATE TYPE "public"."enum__funding_actions_v_version_dates_opensat_tz" AS ENUM('UTC', 'Africa/Abidjan', 'Africa/Accra', 'Africa/Addis_Ababa', 'Africa/Algiers', 'Africa/Asmera', 'Africa/Bamako', 'Africa/Bangui', 'Africa/Banjul', 'Africa/Bissau', 'Africa/Blantyre', 'Africa/Brazzaville', 'Africa/Bujumbura', 'Africa/Cairo', 'Africa/Casablanca', 'Africa/Ceuta', 'Africa/Conakry', 'Africa/Dakar', 'Africa/Dar_es_Salaam', 'Africa/Djibouti', 'Africa/Douala', 'Africa/El_Aaiun', 'Africa/Freetown', 'Africa/Gaborone', 'Africa/Harare', 'Africa/Johannesburg', 'Africa/Juba', 'Africa/Kampala', 'Africa/Khartoum', 'Africa/Kigali', 'Africa/Kinshasa', 'Africa/Lagos', 'Africa/Libreville', 'Africa/Lome', 'Africa/Luanda', 'Africa/Lubumbashi', 'Africa/Lusaka', 'Africa/Malabo', 'Africa/Maputo', 'Africa/Maseru', 'Africa/Mbabane', 'Africa/Mogadishu', 'Africa/Monrovia', 'Africa/Nairobi', 'Africa/Ndjamena', 'Africa/Niamey', 'Africa/Nouakchott', 'Africa/Ouagadougou', 'Africa/Porto-Novo', 'Africa/Sao_Tome', 'Africa/Tripoli', 'Africa/Tunis', 'Africa/Windhoek', 'America/Adak', 'America/Anchorage', 'America/Anguilla', 'America/Antigua', 'America/Araguaina', 'America/Argentina/La_Rioja', 'America/Argentina/Rio_Gallegos', 'America/Argentina/Salta', 'America/Argentina/San_Juan', 'America/Argentina/San_Luis', 'America/Argentina/Tucuman', 'America/Argentina/Ushuaia', 'America/Aruba', 'America/Asuncion', 'America/Bahia', 'America/Bahia_Banderas', 'America/Barbados', 'America/Belem', 'America/Belize', 'America/Blanc-Sablon', 'America/Boa_Vista', 'America/Bogota', 'America/Boise', 'America/Buenos_Aires', 'America/Cambridge_Bay', 'America/Campo_Grande', 'America/Cancun', 'America/Caracas', 'America/Catamarca', 'America/Cayenne', 'America/Cayman', 'America/Chicago', 'America/Chihuahua', 'America/Ciudad_Juarez', 'America/Coral_Harbour', 'America/Cordoba', 'America/Costa_Rica', 'America/Coyhaique', 'America/Creston', 'America/Cuiaba', 'America/Curacao', 'America/Danmarkshavn', 'America/Dawson', 'America/Dawson_Creek', 'America/Denver', 'America/Detroit', 'America/Dominica', 'America/Edmonton', 'America/Eirunepe', 'America/El_Salvador', 'America/Fort_Nelson', 'America/Fortaleza', 'America/Glace_Bay', 'America/Godthab', 'America/Goose_Bay', 'America/Grand_Turk', 'America/Grenada', 'America/Guadeloupe', 'America/Guatemala', 'America/Guayaquil', 'America/Guyana', 'America/Halifax', 'America/Havana', 'America/Hermosillo', 'America/Indiana/Knox', 'America/Indiana/Marengo', 'America/Indiana/Petersburg', 'America/Indiana/Tell_City', 'America/Indiana/Vevay', 'America/Indiana/Vincennes', 'America/Indiana/Winamac', 'America/Indianapolis', 'America/Inuvik', 'America/Iqaluit', 'America/Jamaica', 'America/Jujuy', 'America/Juneau', 'America/Kentucky/Monticello', 'America/Kralendijk', 'America/La_Paz', 'America/Lima', 'America/Los_Angeles', 'America/Louisville', 'America/Lower_Princes', 'America/Maceio', 'America/Managua', 'America/Manaus', 'America/Marigot', 'America/Martinique', 'America/Matamoros', 'America/Mazatlan', 'America/Mendoza', 'America/Menominee', 'America/Merida', 'America/Metlakatla', 'America/Mexico_City', 'America/Miquelon', 'America/Moncton', 'America/Monterrey', 'America/Montevideo', 'America/Montserrat', 'America/Nassau', 'America/New_York', 'America/Nome', 'America/Noronha', 'America/North_Dakota/Beulah', 'America/North_Dakota/Center', 'America/North_Dakota/New_Salem', 'America/Ojinaga', 'America/Panama', 'America/Paramaribo', 'America/Phoenix', 'America/Port-au-Prince', 'America/Port_of_Spain', 'America/Porto_Velho', 'America/Puerto_Rico', 'America/Punta_Arenas', 'America/Rankin_Inlet', 'America/Recife', 'America/Regina', 'America/Resolute', 'America/Rio_Branco', 'America/Santarem', 'America/Santiago', 'America/Santo_Domingo', 'America/Sao_Paulo', 'America/Scoresbysund', 'America/Sitka', 'America/St_Barthelemy', 'America/St_Johns', 'America/St_Kitts', 'America/St_Lucia', 'America/St_Thomas', 'America/St_Vincent', 'America/Swift_Current', 'America/Tegucigalpa', 'America/Thule', 'America/Tijuana', 'America/Toronto', 'America/Tortola', 'America/Vancouver', 'America/Whitehorse', 'America/Winnipeg', 'America/Yakutat', 'Antarctica/Casey', 'Antarctica/Davis', 'Antarctica/DumontDUrville', 'Antarctica/Macquarie', 'Antarctica/Mawson', 'Antarctica/McMurdo', 'Antarctica/Palmer', 'Antarctica/Rothera', 'Antarctica/Syowa', 'Antarctica/Troll', 'Antarctica/Vostok', 'Arctic/Longyearbyen', 'Asia/Aden', 'Asia/Almaty', 'Asia/Amman', 'Asia/Anadyr', 'Asia/Aqtau', 'Asia/Aqtobe', 'Asia/Ashgabat', 'Asia/Atyrau', 'Asia/Baghdad', 'Asia/Bahrain', 'Asia/Baku', 'Asia/Bangkok', 'Asia/Barnaul', 'Asia/Beirut', 'Asia/Bishkek', 'Asia/Brunei', 'Asia/Calcutta', 'Asia/Chita', 'Asia/Colombo', 'Asia/Damascus', 'Asia/Dhaka', 'Asia/Dili', 'Asia/Dubai', 'Asia/Dushanbe', 'Asia/Famagusta', 'Asia/Gaza', 'Asia/Hebron', 'Asia/Hong_Kong', 'Asia/Hovd', 'Asia/Irkutsk', 'Asia/Jakarta', 'Asia/Jayapura', 'Asia/Jerusalem', 'Asia/Kabul', 'Asia/Kamchatka', 'Asia/Karachi', 'Asia/Katmandu', 'Asia/Khandyga', 'Asia/Krasnoyarsk', 'Asia/Kuala_Lumpur', 'Asia/Kuching', 'Asia/Kuwait', 'Asia/Macau', 'Asia/Magadan', 'Asia/Makassar', 'Asia/Manila', 'Asia/Muscat', 'Asia/Nicosia', 'Asia/Novokuznetsk', 'Asia/Novosibirsk', 'Asia/Omsk', 'Asia/Oral', 'Asia/Phnom_Penh', 'Asia/Pontianak', 'Asia/Pyongyang', 'Asia/Qatar', 'Asia/Qostanay', 'Asia/Qyzylorda', 'Asia/Rangoon', 'Asia/Riyadh', 'Asia/Saigon', 'Asia/Sakhalin', 'Asia/Samarkand', 'Asia/Seoul', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Srednekolymsk', 'Asia/Taipei', 'Asia/Tashkent', 'Asia/Tbilisi', 'Asia/Tehran', 'Asia/Thimphu', 'Asia/Tokyo', 'Asia/Tomsk', 'Asia/Ulaanbaatar', 'Asia/Urumqi', 'Asia/Ust-Nera', 'Asia/Vientiane', 'Asia/Vladivostok', 'Asia/Yakutsk', 'Asia/Yekaterinburg', 'Asia/Yerevan', 'Atlantic/Azores', 'Atlantic/Bermuda', 'Atlantic/Canary', 'Atlantic/Cape_Verde', 'Atlantic/Faeroe', 'Atlantic/Madeira', 'Atlantic/Reykjavik', 'Atlantic/South_Georgia', 'Atlantic/St_Helena', 'Atlantic/Stanley', 'Australia/Adelaide', 'Australia/Brisbane', 'Australia/Broken_Hill', 'Australia/Darwin', 'Australia/Eucla', 'Australia/Hobart', 'Australia/Lindeman', 'Australia/Lord_Howe', 'Australia/Melbourne', 'Australia/Perth', 'Australia/Sydney', 'Europe/Amsterdam', 'Europe/Andorra', 'Europe/Astrakhan', 'Europe/Athens', 'Europe/Belgrade', 'Europe/Berlin', 'Europe/Bratislava', 'Europe/Brussels', 'Europe/Bucharest', 'Europe/Budapest', 'Europe/Busingen', 'Europe/Chisinau', 'Europe/Copenhagen', 'Europe/Dublin', 'Europe/Gibraltar', 'Europe/Guernsey', 'Europe/Helsinki', 'Europe/Isle_of_Man', 'Europe/Istanbul', 'Europe/Jersey', 'Europe/Kaliningrad', 'Europe/Kiev', 'Europe/Kirov', 'Europe/Lisbon', 'Europe/Ljubljana', 'Europe/London', 'Europe/Luxembourg', 'Europe/Madrid', 'Europe/Malta', 'Europe/Mariehamn', 'Europe/Minsk', 'Europe/Monaco', 'Europe/Moscow', 'Europe/Oslo', 'Europe/Paris', 'Europe/Podgorica', 'Europe/Prague', 'Europe/Riga', 'Europe/Rome', 'Europe/Samara', 'Europe/San_Marino', 'Europe/Sarajevo', 'Europe/Saratov', 'Europe/Simferopol', 'Europe/Skopje', 'Europe/Sofia', 'Europe/Stockholm', 'Europe/Tallinn', 'Europe/Tirane', 'Europe/Ulyanovsk', 'Europe/Vaduz', 'Europe/Vatican', 'Europe/Vienna', 'Europe/Vilnius', 'Europe/Volgograd', 'Europe/Warsaw', 'Europe/Zagreb', 'Europe/Zurich', 'Indian/Antananarivo', 'Indian/Chagos', 'Indian/Christmas', 'Indian/Cocos', 'Indian/Comoro', 'Indian/Kerguelen', 'Indian/Mahe', 'Indian/Maldives', 'Indian/Mauritius', 'Indian/Mayotte', 'Indian/Reunion', 'Pacific/Apia', 'Pacific/Auckland', 'Pacific/Bougainville', 'Pacific/Chatham', 'Pacific/Easter', 'Pacific/Efate', 'Pacific/Enderbury', 'Pacific/Fakaofo', 'Pacific/Fiji', 'Pacific/Funafuti', 'Pacific/Galapagos', 'Pacific/Gambier', 'Pacific/Guadalcanal', 'Pacific/Guam', 'Pacific/Honolulu', 'Pacific/Kiritimati', 'Pacific/Kosrae', 'Pacific/Kwajalein', 'Pacific/Majuro', 'Pacific/Marquesas', 'Pacific/Midway', 'Pacific/Nauru', 'Pacific/Niue', 'Pacific/Norfolk', 'Pacific/Noumea', 'Pacific/Pago_Pago', 'Pacific/Palau', 'Pacific/Pitcairn', 'Pacific/Ponape', 'Pacific/Port_Moresby', 'Pacific/Rarotonga', 'Pacific/Saipan', 'Pacific/Tahiti', 'Pacific/Tarawa', 'Pacific/Tongatapu', 'Pacific/Truk', 'Pacific/Wake', 'Pacific/Wallis');
  CREATE TYPE "public"."enum__funding_actions_v_version_dates_closesat_tz" AS ENUM('UTC', 'Africa/Abidjan', 'Africa/Accra', 'Africa/Addis_Ababa', 'Africa/Algiers', 'Africa/Asmera', 'Africa/Bamako', 'Africa/Bangui', 'Africa/Banjul', 'Africa/Bissau', 'Africa/Blantyre', 'Africa/Brazzaville', 'Africa/Bujumbura', 'Africa/Cairo', 'Africa/Casablanca', 'Africa/Ceuta', 'Africa/Conakry', 'Africa/Dakar', 'Africa/Dar_es_Salaam', 'Africa/Djibouti', 'Africa/Douala', 'Africa/El_Aaiun', 'Africa/Freetown', 'Africa/Gaborone', 'Africa/Harare', 'Africa/Johannesburg', 'Africa/Juba', 'Africa/Kampala', 'Africa/Khartoum', 'Africa/Kigali', 'Africa/Kinshasa', 'Africa/Lagos', 'Africa/Libreville', 'Africa/Lome', 'Africa/Luanda', 'Africa/Lubumbashi', 'Africa/Lusaka', 'Africa/Malabo', 'Africa/Maputo', 'Africa/Maseru', 'Africa/Mbabane', 'Africa/Mogadishu', 'Africa/Monrovia', 'Africa/Nairobi', 'Africa/Ndjamena', 'Africa/Niamey', 'Africa/Nouakchott', 'Africa/Ouagadougou', 'Africa/Porto-Novo', 'Africa/Sao_Tome', 'Africa/Tripoli', 'Africa/Tunis', 'Africa/Windhoek', 'America/Adak', 'America/Anchorage', 'America/Anguilla', 'America/Antigua', 'America/Araguaina', 'America/Argentina/La_Rioja', 'America/Argentina/Rio_Gallegos', 'America/Argentina/Salta', 'America/Argentina/San_Juan', 'America/Argentina/San_Luis', 'America/Argentina/Tucuman', 'America/Argentina/Ushuaia', 'America/Aruba', 'America/Asuncion', 'America/Bahia', 'America/Bahia_Banderas', 'America/Barbados', 'America/Belem', 'America/Belize', 'America/Blanc-Sablon', 'America/Boa_Vista', 'America/Bogota', 'America/Boise', 'America/Buenos_Aires', 'America/Cambridge_Bay', 'America/Campo_Grande', 'America/Cancun', 'America/Caracas', 'America/Catamarca', 'America/Cayenne', 'America/Cayman', 'America/Chicago', 'America/Chihuahua', 'America/Ciudad_Juarez', 'America/Coral_Harbour', 'America/Cordoba', 'America/Costa_Rica', 'America/Coyhaique', 'America/Creston', 'America/Cuiaba', 'America/Curacao', 'America/Danmarkshavn', 'America/Dawson', 'America/Dawson_Creek', 'America/Denver', 'America/Detroit', 'America/Dominica', 'America/Edmonton', 'America/Eirunepe', 'America/El_Salvador', 'America/Fort_Nelson', 'America/Fortaleza', 'America/Glace_Bay', 'America/Godthab', 'America/Goose_Bay', 'America/Grand_Turk', 'America/Grenada', 'America/Guadeloupe', 'America/Guatemala', 'America/Guayaquil', 'America/Guyana', 'America/Halifax', 'America/Havana', 'America/Hermosillo', 'America/Indiana/Knox', 'America/Indiana/Marengo', 'America/Indiana/Petersburg', 'America/Indiana/Tell_City', 'America/Indiana/Vevay', 'America/Indiana/Vincennes', 'America/Indiana/Winamac', 'America/Indianapolis', 'America/Inuvik', 'America/Iqaluit', 'America/Jamaica', 'America/Jujuy', 'America/Juneau', 'America/Kentucky/Monticello', 'America/Kralendijk', 'America/La_Paz', 'America/Lima', 'America/Los_Angeles', 'America/Louisville', 'America/Lower_Princes', 'America/Maceio', 'America/Managua', 'America/Manaus', 'America/Marigot', 'America/Martinique', 'America/Matamoros', 'America/Mazatlan', 'America/Mendoza', 'America/Menominee', 'America/Merida', 'America/Metlakatla', 'America/Mexico_City', 'America/Miquelon', 'America/Moncton', 'America/Monterrey', 'America/Montevideo', 'America/Montserrat', 'America/Nassau', 'America/New_York', 'America/Nome', 'America/Noronha', 'America/North_Dakota/Beulah', 'America/North_Dakota/Center', 'America/North_Dakota/New_Salem', 'America/Ojinaga', 'America/Panama', 'America/Paramaribo', 'America/Phoenix', 'America/Port-au-Prince', 'America/Port_of_Spain', 'America/Porto_Velho', 'America/Puerto_Rico', 'America/Punta_Arenas', 'America/Rankin_Inlet', 'America/Recife', 'America/Regina', 'America/Resolute', 'America/Rio_Branco', 'America/Santarem', 'America/Santiago', 'America/Santo_Domingo', 'America/Sao_Paulo', 'America/Scoresbysund', 'America/Sitka', 'America/St_Barthelemy', 'America/St_Johns', 'America/St_Kitts', 'America/St_Lucia', 'America/St_Thomas', 'America/St_Vincent', 'America/Swift_Current', 'America/Tegucigalpa', 'America/Thule', 'America/Tijuana', 'America/Toronto', 'America/Tortola', 'America/Vancouver', 'America/Whitehorse', 'America/Winnipeg', 'America/Yakutat', 'Antarctica/Casey', 'Antarctica/Davis', 'Antarctica/DumontDUrville', 'Antarctica/Macquarie', 'Antarctica/Mawson', 'Antarctica/McMurdo', 'Antarctica/Palmer', 'Antarctica/Rothera', 'Antarctica/Syowa', 'Antarctica/Troll', 'Antarctica/Vostok', 'Arctic/Longyearbyen', 'Asia/Aden', 'Asia/Almaty', 'Asia/Amman', 'Asia/Anadyr', 'Asia/Aqtau', 'Asia/Aqtobe', 'Asia/Ashgabat', 'Asia/Atyrau', 'Asia/Baghdad', 'Asia/Bahrain', 'Asia/Baku', 'Asia/Bangkok', 'Asia/Barnaul', 'Asia/Beirut', 'Asia/Bishkek', 'Asia/Brunei', 'Asia/Calcutta', 'Asia/Chita', 'Asia/Colombo', 'Asia/Damascus', 'Asia/Dhaka', 'Asia/Dili', 'Asia/Dubai', 'Asia/Dushanbe', 'Asia/Famagusta', 'Asia/Gaza', 'Asia/Hebron', 'Asia/Hong_Kong', 'Asia/Hovd', 'Asia/Irkutsk', 'Asia/Jakarta', 'Asia/Jayapura', 'Asia/Jerusalem', 'Asia/Kabul', 'Asia/Kamchatka', 'Asia/Karachi', 'Asia/Katmandu', 'Asia/Khandyga', 'Asia/Krasnoyarsk', 'Asia/Kuala_Lumpur', 'Asia/Kuching', 'Asia/Kuwait', 'Asia/Macau', 'Asia/Magadan', 'Asia/Makassar', 'Asia/Manila', 'Asia/Muscat', 'Asia/Nicosia', 'Asia/Novokuznetsk', 'Asia/Novosibirsk', 'Asia/Omsk', 'Asia/Oral', 'Asia/Phnom_Penh', 'Asia/Pontianak', 'Asia/Pyongyang', 'Asia/Qatar', 'Asia/Qostanay', 'Asia/Qyzylorda', 'Asia/Rangoon', 'Asia/Riyadh', 'Asia/Saigon', 'Asia/Sakhalin', 'Asia/Samarkand', 'Asia/Seoul', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Srednekolymsk', 'Asia/Taipei', 'Asia/Tashkent', 'Asia/Tbilisi', 'Asia/Tehran', 'Asia/Thimphu', 'Asia/Tokyo', 'Asia/Tomsk', 'Asia/Ulaanbaatar', 'Asia/Urumqi', 'Asia/Ust-Nera', 'Asia/Vientiane', 'Asia/Vladivostok', 'Asia/Yakutsk', 'Asia/Yekaterinburg', 'Asia/Yerevan', 'Atlantic/Azores', 'Atlantic/Bermuda', 'Atlantic/Canary', 'Atlantic/Cape_Verde', 'Atlantic/Faeroe', 'Atlantic/Madeira', 'Atlantic/Reykjavik', 'Atlantic/South_Georgia', 'Atlantic/St_Helena', 'Atlantic/Stanley', 'Australia/Adelaide', 'Australia/Brisbane', 'Australia/Broken_Hill', 'Australia/Darwin', 'Australia/Eucla', 'Australia/Hobart', 'Australia/Lindeman', 'Australia/Lord_Howe', 'Australia/Melbourne', 'Australia/Perth', 'Australia/Sydney', 'Europe/Amsterdam', 'Europe/Andorra', 'Europe/Astrakhan', 'Europe/Athens', 'Europe/Belgrade', 'Europe/Berlin', 'Europe/Bratislava', 'Europe/Brussels', 'Europe/Bucharest', 'Europe/Budapest', 'Europe/Busingen', 'Europe/Chisinau', 'Europe/Copenhagen', 'Europe/Dublin', 'Europe/Gibraltar', 'Europe/Guernsey', 'Europe/Helsinki', 'Europe/Isle_of_Man', 'Europe/Istanbul', 'Europe/Jersey', 'Europe/Kaliningrad', 'Europe/Kiev', 'Europe/Kirov', 'Europe/Lisbon', 'Europe/Ljubljana', 'Europe/London', 'Europe/Luxembourg', 'Europe/Madrid', 'Europe/Malta', 'Europe/Mariehamn', 'Europe/Minsk', 'Europe/Monaco', 'Europe/Moscow', 'Europe/Oslo', 'Europe/Paris', 'Europe/Podgorica', 'Europe/Prague', 'Europe/Riga', 'Europe/Rome', 'Europe/Samara', 'Europe/San_Marino', 'Europe/Sarajevo', 'Europe/Saratov', 'Europe/Simferopol', 'Europe/Skopje', 'Europe/Sofia', 'Europe/Stockholm', 'Europe/Tallinn', 'Europe/Tirane', 'Europe/Ulyanovsk', 'Europe/Vaduz', 'Europe/Vatican', 'Europe/Vienna', 'Europe/Vilnius', 'Europe/Volgograd', 'Europe/Warsaw', 'Europe/Zagreb', 'Europe/Zurich', 'Indian/Antananarivo', 'Indian/Chagos', 'Indian/Christmas', 'Indian/Cocos', 'Indian/Comoro', 'Indian/Kerguelen', 'Indian/Mahe', 'Indian/Maldives', 'Indian/Mauritius', 'Indian/Mayotte', 'Indian/Reunion', 'Pacific/Apia', 'Pacific/Auckland', 'Pacific/Bougainville', 'Pacific/Chatham', 'Pacific/Easter', 'Pacific/Efate', 'Pacific/Enderbury', 'Pacific/Fakaofo', 'Pacific/Fiji', 'Pacific/Funafuti', 'Pacific/Galapagos', 'Pacific/Gambier', 'Pacific/Guadalcanal', 'Pacific/Guam', 'Pacific/Honolulu', 'Pacific/Kiritimati', 'Pacific/Kosrae', 'Pacific/Kwajalein', 'Pacific/Majuro', 'Pacific/Marquesas', 'Pacific/Midway', 'Pacific/Nauru', 'Pacific/Niue', 'Pacific/Norfolk', 'Pacific/Noumea', 'Pacific/Pago_Pago', 'Pacific/Palau', 'Pacific/Pitcairn', 'Pacific/Ponape', 'Pacific/Port_Moresby', 'Pacific/Rarotonga', 'Pacific/Saipan', 'Pacific/Tahiti', 'Pacific/Tarawa', 'Pacific/Tongatapu', 'Pacific/Truk', 'Pacific/Wake', 'Pacific/Wallis');
  CREATE TYPE "public"."enum__funding_actions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__funding_actions_v_published_locale" AS ENUM('en', 'fr', 'es', 'pt');
  CREATE TYPE "public"."enum_organisations_type" AS ENUM('funder', 'agency', 'development_bank', 'government', 'eu_institution', 'foundation', 'network', 'partner');
  CREATE TABLE "funding_actions_instruments" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_funding_actions_instruments",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "funding_actions_eligibility_regions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_funding_actions_eligibility_regions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "funding_actions_eligibility_applicant_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_funding_actions_eligibility_applicant_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "funding_actions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"level" "enum_funding_actions_level",
  	"direction" "enum_funding_actions_direction",
  	"provider_country_id" integer,
  	"eligibility_country_scope" "enum_funding_actions_eligibility_country_scope" DEFAULT 'any',
  	"eligibility_min_population" numeric,
  	"ticket_min" numeric,
  	"ticket_max" numeric,
  	"ticket_currency" varchar DEFAULT 'EUR',
  	"ticket_is_total_budget" boolean DEFAULT false,
  	"ticket_funding_rate" numeric,
  	"ticket_co_financing_required" boolean DEFAULT false,
  	"ticket_consortium_required" boolean DEFAULT false,
  	"dates_rolling" boolean DEFAULT false,
  	"dates_opens_at" timestamp(3) with time zone,
  	"dates_opensat_tz" "enum_funding_actions_dates_opensat_tz" DEFAULT 'Europe/Brussels',
  	"dates_closes_at" timestamp(3) with time zone,
  	"dates_closesat_tz" "enum_funding_actions_dates_closesat_tz" DEFAULT 'Europe/Brussels',
  	"apply_url" varchar,
  	"apply_contact" varchar,
  	"source_label" varchar,
  	"source_url" varchar,
  	"meta_image_id" integer,
  	"meta_no_index" boolean DEFAULT false,
  	"slug" varchar,
  	"external_id" varchar,
  	"last_verified_at" timestamp(3) with time zone,
  	"last_verified_by_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"is_demo" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_funding_actions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "funding_actions_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"eligibility_notes" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "funding_actions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organisations_id" integer,
  	"themes_id" integer,
  	"countries_id" integer
  );
  
  CREATE TABLE "_funding_actions_v_version_instruments" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__funding_actions_v_version_instruments",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_funding_actions_v_version_eligibility_regions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__funding_actions_v_version_eligibility_regions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_funding_actions_v_version_eligibility_applicant_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__funding_actions_v_version_eligibility_applicant_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_funding_actions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_level" "enum__funding_actions_v_version_level",
  	"version_direction" "enum__funding_actions_v_version_direction",
  	"version_provider_country_id" integer,
  	"version_eligibility_country_scope" "enum__funding_actions_v_version_eligibility_country_scope" DEFAULT 'any',
  	"version_eligibility_min_population" numeric,
  	"version_ticket_min" numeric,
  	"version_ticket_max" numeric,
  	"version_ticket_currency" varchar DEFAULT 'EUR',
  	"version_ticket_is_total_budget" boolean DEFAULT false,
  	"version_ticket_funding_rate" numeric,
  	"version_ticket_co_financing_required" boolean DEFAULT false,
  	"version_ticket_consortium_required" boolean DEFAULT false,
  	"version_dates_rolling" boolean DEFAULT false,
  	"version_dates_opens_at" timestamp(3) with time zone,
  	"version_dates_opensat_tz" "enum__funding_actions_v_version_dates_opensat_tz" DEFAULT 'Europe/Brussels',
  	"version_dates_closes_at" timestamp(3) with time zone,
  	"version_dates_closesat_tz" "enum__funding_actions_v_version_dates_closesat_tz" DEFAULT 'Europe/Brussels',
  	"version_apply_url" varchar,
  	"version_apply_contact" varchar,
  	"version_source_label" varchar,
  	"version_source_url" varchar,
  	"version_meta_image_id" integer,
  	"version_meta_no_index" boolean DEFAULT false,
  	"version_slug" varchar,
  	"version_external_id" varchar,
  	"version_last_verified_at" timestamp(3) with time zone,
  	"version_last_verified_by_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_is_demo" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__funding_actions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__funding_actions_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_funding_actions_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_eligibility_notes" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_funding_actions_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organisations_id" integer,
  	"themes_id" integer,
  	"countries_id" integer
  );
  
  CREATE TABLE "organisations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"acronym" varchar,
  	"type" "enum_organisations_type" NOT NULL,
  	"country_id" integer,
  	"website" varchar,
  	"logo_id" integer,
  	"slug" varchar NOT NULL,
  	"is_demo" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "organisations_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "practices_partners" ADD COLUMN "organisation_id" integer;
  ALTER TABLE "practices_rels" ADD COLUMN "funding_actions_id" integer;
  ALTER TABLE "_practices_v_version_partners" ADD COLUMN "organisation_id" integer;
  ALTER TABLE "_practices_v_rels" ADD COLUMN "funding_actions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "funding_actions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "organisations_id" integer;
  ALTER TABLE "funding_actions_instruments" ADD CONSTRAINT "funding_actions_instruments_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."funding_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "funding_actions_eligibility_regions" ADD CONSTRAINT "funding_actions_eligibility_regions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."funding_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "funding_actions_eligibility_applicant_types" ADD CONSTRAINT "funding_actions_eligibility_applicant_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."funding_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "funding_actions" ADD CONSTRAINT "funding_actions_provider_country_id_countries_id_fk" FOREIGN KEY ("provider_country_id") REFERENCES "public"."countries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "funding_actions" ADD CONSTRAINT "funding_actions_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "funding_actions" ADD CONSTRAINT "funding_actions_last_verified_by_id_users_id_fk" FOREIGN KEY ("last_verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "funding_actions_locales" ADD CONSTRAINT "funding_actions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."funding_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "funding_actions_rels" ADD CONSTRAINT "funding_actions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."funding_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "funding_actions_rels" ADD CONSTRAINT "funding_actions_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "funding_actions_rels" ADD CONSTRAINT "funding_actions_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "funding_actions_rels" ADD CONSTRAINT "funding_actions_rels_countries_fk" FOREIGN KEY ("countries_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_funding_actions_v_version_instruments" ADD CONSTRAINT "_funding_actions_v_version_instruments_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_funding_actions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_funding_actions_v_version_eligibility_regions" ADD CONSTRAINT "_funding_actions_v_version_eligibility_regions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_funding_actions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_funding_actions_v_version_eligibility_applicant_types" ADD CONSTRAINT "_funding_actions_v_version_eligibility_applicant_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_funding_actions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_funding_actions_v" ADD CONSTRAINT "_funding_actions_v_parent_id_funding_actions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."funding_actions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_funding_actions_v" ADD CONSTRAINT "_funding_actions_v_version_provider_country_id_countries_id_fk" FOREIGN KEY ("version_provider_country_id") REFERENCES "public"."countries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_funding_actions_v" ADD CONSTRAINT "_funding_actions_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_funding_actions_v" ADD CONSTRAINT "_funding_actions_v_version_last_verified_by_id_users_id_fk" FOREIGN KEY ("version_last_verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_funding_actions_v_locales" ADD CONSTRAINT "_funding_actions_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_funding_actions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_funding_actions_v_rels" ADD CONSTRAINT "_funding_actions_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_funding_actions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_funding_actions_v_rels" ADD CONSTRAINT "_funding_actions_v_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_funding_actions_v_rels" ADD CONSTRAINT "_funding_actions_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_funding_actions_v_rels" ADD CONSTRAINT "_funding_actions_v_rels_countries_fk" FOREIGN KEY ("countries_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisations" ADD CONSTRAINT "organisations_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organisations" ADD CONSTRAINT "organisations_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organisations_locales" ADD CONSTRAINT "organisations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "funding_actions_instruments_order_idx" ON "funding_actions_instruments" USING btree ("order");
  CREATE INDEX "funding_actions_instruments_parent_idx" ON "funding_actions_instruments" USING btree ("parent_id");
  CREATE INDEX "funding_actions_eligibility_regions_order_idx" ON "funding_actions_eligibility_regions" USING btree ("order");
  CREATE INDEX "funding_actions_eligibility_regions_parent_idx" ON "funding_actions_eligibility_regions" USING btree ("parent_id");
  CREATE INDEX "funding_actions_eligibility_applicant_types_order_idx" ON "funding_actions_eligibility_applicant_types" USING btree ("order");
  CREATE INDEX "funding_actions_eligibility_applicant_types_parent_idx" ON "funding_actions_eligibility_applicant_types" USING btree ("parent_id");
  CREATE INDEX "funding_actions_level_idx" ON "funding_actions" USING btree ("level");
  CREATE INDEX "funding_actions_direction_idx" ON "funding_actions" USING btree ("direction");
  CREATE INDEX "funding_actions_provider_country_idx" ON "funding_actions" USING btree ("provider_country_id");
  CREATE INDEX "funding_actions_meta_meta_image_idx" ON "funding_actions" USING btree ("meta_image_id");
  CREATE UNIQUE INDEX "funding_actions_slug_idx" ON "funding_actions" USING btree ("slug");
  CREATE UNIQUE INDEX "funding_actions_external_id_idx" ON "funding_actions" USING btree ("external_id");
  CREATE INDEX "funding_actions_last_verified_at_idx" ON "funding_actions" USING btree ("last_verified_at");
  CREATE INDEX "funding_actions_last_verified_by_idx" ON "funding_actions" USING btree ("last_verified_by_id");
  CREATE INDEX "funding_actions_published_at_idx" ON "funding_actions" USING btree ("published_at");
  CREATE INDEX "funding_actions_is_demo_idx" ON "funding_actions" USING btree ("is_demo");
  CREATE INDEX "funding_actions_updated_at_idx" ON "funding_actions" USING btree ("updated_at");
  CREATE INDEX "funding_actions_created_at_idx" ON "funding_actions" USING btree ("created_at");
  CREATE INDEX "funding_actions__status_idx" ON "funding_actions" USING btree ("_status");
  CREATE UNIQUE INDEX "funding_actions_locales_locale_parent_id_unique" ON "funding_actions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "funding_actions_rels_order_idx" ON "funding_actions_rels" USING btree ("order");
  CREATE INDEX "funding_actions_rels_parent_idx" ON "funding_actions_rels" USING btree ("parent_id");
  CREATE INDEX "funding_actions_rels_path_idx" ON "funding_actions_rels" USING btree ("path");
  CREATE INDEX "funding_actions_rels_organisations_id_idx" ON "funding_actions_rels" USING btree ("organisations_id");
  CREATE INDEX "funding_actions_rels_themes_id_idx" ON "funding_actions_rels" USING btree ("themes_id");
  CREATE INDEX "funding_actions_rels_countries_id_idx" ON "funding_actions_rels" USING btree ("countries_id");
  CREATE INDEX "_funding_actions_v_version_instruments_order_idx" ON "_funding_actions_v_version_instruments" USING btree ("order");
  CREATE INDEX "_funding_actions_v_version_instruments_parent_idx" ON "_funding_actions_v_version_instruments" USING btree ("parent_id");
  CREATE INDEX "_funding_actions_v_version_eligibility_regions_order_idx" ON "_funding_actions_v_version_eligibility_regions" USING btree ("order");
  CREATE INDEX "_funding_actions_v_version_eligibility_regions_parent_idx" ON "_funding_actions_v_version_eligibility_regions" USING btree ("parent_id");
  CREATE INDEX "_funding_actions_v_version_eligibility_applicant_types_order_idx" ON "_funding_actions_v_version_eligibility_applicant_types" USING btree ("order");
  CREATE INDEX "_funding_actions_v_version_eligibility_applicant_types_parent_idx" ON "_funding_actions_v_version_eligibility_applicant_types" USING btree ("parent_id");
  CREATE INDEX "_funding_actions_v_parent_idx" ON "_funding_actions_v" USING btree ("parent_id");
  CREATE INDEX "_funding_actions_v_version_version_level_idx" ON "_funding_actions_v" USING btree ("version_level");
  CREATE INDEX "_funding_actions_v_version_version_direction_idx" ON "_funding_actions_v" USING btree ("version_direction");
  CREATE INDEX "_funding_actions_v_version_version_provider_country_idx" ON "_funding_actions_v" USING btree ("version_provider_country_id");
  CREATE INDEX "_funding_actions_v_version_meta_version_meta_image_idx" ON "_funding_actions_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_funding_actions_v_version_version_slug_idx" ON "_funding_actions_v" USING btree ("version_slug");
  CREATE INDEX "_funding_actions_v_version_version_external_id_idx" ON "_funding_actions_v" USING btree ("version_external_id");
  CREATE INDEX "_funding_actions_v_version_version_last_verified_at_idx" ON "_funding_actions_v" USING btree ("version_last_verified_at");
  CREATE INDEX "_funding_actions_v_version_version_last_verified_by_idx" ON "_funding_actions_v" USING btree ("version_last_verified_by_id");
  CREATE INDEX "_funding_actions_v_version_version_published_at_idx" ON "_funding_actions_v" USING btree ("version_published_at");
  CREATE INDEX "_funding_actions_v_version_version_is_demo_idx" ON "_funding_actions_v" USING btree ("version_is_demo");
  CREATE INDEX "_funding_actions_v_version_version_updated_at_idx" ON "_funding_actions_v" USING btree ("version_updated_at");
  CREATE INDEX "_funding_actions_v_version_version_created_at_idx" ON "_funding_actions_v" USING btree ("version_created_at");
  CREATE INDEX "_funding_actions_v_version_version__status_idx" ON "_funding_actions_v" USING btree ("version__status");
  CREATE INDEX "_funding_actions_v_created_at_idx" ON "_funding_actions_v" USING btree ("created_at");
  CREATE INDEX "_funding_actions_v_updated_at_idx" ON "_funding_actions_v" USING btree ("updated_at");
  CREATE INDEX "_funding_actions_v_snapshot_idx" ON "_funding_actions_v" USING btree ("snapshot");
  CREATE INDEX "_funding_actions_v_published_locale_idx" ON "_funding_actions_v" USING btree ("published_locale");
  CREATE INDEX "_funding_actions_v_latest_idx" ON "_funding_actions_v" USING btree ("latest");
  CREATE INDEX "_funding_actions_v_autosave_idx" ON "_funding_actions_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_funding_actions_v_locales_locale_parent_id_unique" ON "_funding_actions_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_funding_actions_v_rels_order_idx" ON "_funding_actions_v_rels" USING btree ("order");
  CREATE INDEX "_funding_actions_v_rels_parent_idx" ON "_funding_actions_v_rels" USING btree ("parent_id");
  CREATE INDEX "_funding_actions_v_rels_path_idx" ON "_funding_actions_v_rels" USING btree ("path");
  CREATE INDEX "_funding_actions_v_rels_organisations_id_idx" ON "_funding_actions_v_rels" USING btree ("organisations_id");
  CREATE INDEX "_funding_actions_v_rels_themes_id_idx" ON "_funding_actions_v_rels" USING btree ("themes_id");
  CREATE INDEX "_funding_actions_v_rels_countries_id_idx" ON "_funding_actions_v_rels" USING btree ("countries_id");
  CREATE INDEX "organisations_type_idx" ON "organisations" USING btree ("type");
  CREATE INDEX "organisations_country_idx" ON "organisations" USING btree ("country_id");
  CREATE INDEX "organisations_logo_idx" ON "organisations" USING btree ("logo_id");
  CREATE UNIQUE INDEX "organisations_slug_idx" ON "organisations" USING btree ("slug");
  CREATE INDEX "organisations_updated_at_idx" ON "organisations" USING btree ("updated_at");
  CREATE INDEX "organisations_created_at_idx" ON "organisations" USING btree ("created_at");
  CREATE UNIQUE INDEX "organisations_locales_locale_parent_id_unique" ON "organisations_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "practices_partners" ADD CONSTRAINT "practices_partners_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practices_rels" ADD CONSTRAINT "practices_rels_funding_actions_fk" FOREIGN KEY ("funding_actions_id") REFERENCES "public"."funding_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_partners" ADD CONSTRAINT "_practices_v_version_partners_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v_rels" ADD CONSTRAINT "_practices_v_rels_funding_actions_fk" FOREIGN KEY ("funding_actions_id") REFERENCES "public"."funding_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_funding_actions_fk" FOREIGN KEY ("funding_actions_id") REFERENCES "public"."funding_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "practices_partners_organisation_idx" ON "practices_partners" USING btree ("organisation_id");
  CREATE INDEX "practices_rels_funding_actions_id_idx" ON "practices_rels" USING btree ("funding_actions_id");
  CREATE INDEX "_practices_v_version_partners_organisation_idx" ON "_practices_v_version_partners" USING btree ("organisation_id");
  CREATE INDEX "_practices_v_rels_funding_actions_id_idx" ON "_practices_v_rels" USING btree ("funding_actions_id");
  CREATE INDEX "payload_locked_documents_rels_funding_actions_id_idx" ON "payload_locked_documents_rels" USING btree ("funding_actions_id");
  CREATE INDEX "payload_locked_documents_rels_organisations_id_idx" ON "payload_locked_documents_rels" USING btree ("organisations_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "funding_actions_instruments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "funding_actions_eligibility_regions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "funding_actions_eligibility_applicant_types" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "funding_actions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "funding_actions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "funding_actions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_funding_actions_v_version_instruments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_funding_actions_v_version_eligibility_regions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_funding_actions_v_version_eligibility_applicant_types" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_funding_actions_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_funding_actions_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_funding_actions_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "organisations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "organisations_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "funding_actions_instruments" CASCADE;
  DROP TABLE "funding_actions_eligibility_regions" CASCADE;
  DROP TABLE "funding_actions_eligibility_applicant_types" CASCADE;
  DROP TABLE "funding_actions" CASCADE;
  DROP TABLE "funding_actions_locales" CASCADE;
  DROP TABLE "funding_actions_rels" CASCADE;
  DROP TABLE "_funding_actions_v_version_instruments" CASCADE;
  DROP TABLE "_funding_actions_v_version_eligibility_regions" CASCADE;
  DROP TABLE "_funding_actions_v_version_eligibility_applicant_types" CASCADE;
  DROP TABLE "_funding_actions_v" CASCADE;
  DROP TABLE "_funding_actions_v_locales" CASCADE;
  DROP TABLE "_funding_actions_v_rels" CASCADE;
  DROP TABLE "organisations" CASCADE;
  DROP TABLE "organisations_locales" CASCADE;
  ALTER TABLE "practices_partners" DROP CONSTRAINT "practices_partners_organisation_id_organisations_id_fk";
  
  ALTER TABLE "practices_rels" DROP CONSTRAINT "practices_rels_funding_actions_fk";
  
  ALTER TABLE "_practices_v_version_partners" DROP CONSTRAINT "_practices_v_version_partners_organisation_id_organisations_id_fk";
  
  ALTER TABLE "_practices_v_rels" DROP CONSTRAINT "_practices_v_rels_funding_actions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_funding_actions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_organisations_fk";
  
  DROP INDEX "practices_partners_organisation_idx";
  DROP INDEX "practices_rels_funding_actions_id_idx";
  DROP INDEX "_practices_v_version_partners_organisation_idx";
  DROP INDEX "_practices_v_rels_funding_actions_id_idx";
  DROP INDEX "payload_locked_documents_rels_funding_actions_id_idx";
  DROP INDEX "payload_locked_documents_rels_organisations_id_idx";
  ALTER TABLE "practices_partners" DROP COLUMN "organisation_id";
  ALTER TABLE "practices_rels" DROP COLUMN "funding_actions_id";
  ALTER TABLE "_practices_v_version_partners" DROP COLUMN "organisation_id";
  ALTER TABLE "_practices_v_rels" DROP COLUMN "funding_actions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "funding_actions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "organisations_id";
  DROP TYPE "public"."enum_funding_actions_instruments";
  DROP TYPE "public"."enum_funding_actions_eligibility_regions";
  DROP TYPE "public"."enum_funding_actions_eligibility_applicant_types";
  DROP TYPE "public"."enum_funding_actions_level";
  DROP TYPE "public"."enum_funding_actions_direction";
  DROP TYPE "public"."enum_funding_actions_eligibility_country_scope";
  DROP TYPE "public"."enum_funding_actions_dates_opensat_tz";
  DROP TYPE "public"."enum_funding_actions_dates_closesat_tz";
  DROP TYPE "public"."enum_funding_actions_status";
  DROP TYPE "public"."enum__funding_actions_v_version_instruments";
  DROP TYPE "public"."enum__funding_actions_v_version_eligibility_regions";
  DROP TYPE "public"."enum__funding_actions_v_version_eligibility_applicant_types";
  DROP TYPE "public"."enum__funding_actions_v_version_level";
  DROP TYPE "public"."enum__funding_actions_v_version_direction";
  DROP TYPE "public"."enum__funding_actions_v_version_eligibility_country_scope";
  DROP TYPE "public"."enum__funding_actions_v_version_dates_opensat_tz";
  DROP TYPE "public"."enum__funding_actions_v_version_dates_closesat_tz";
  DROP TYPE "public"."enum__funding_actions_v_version_status";
  DROP TYPE "public"."enum__funding_actions_v_published_locale";
  DROP TYPE "public"."enum_organisations_type";`)
}
