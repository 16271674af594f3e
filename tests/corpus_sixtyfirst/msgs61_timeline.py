"""Send dates for messages that belong to one thread or one employer, so each story runs forward.

Messages not listed here get a deterministic date spread over January-October 2026.
"""

TIMELINE = {
    # Solvane
    "entretien_daf_ics": "2026-02-24 10:12", "report_entretien_daf": "2026-03-03 16:40",
    # AssurLux
    "teams_video_fr": "2026-03-10 09:05", "annulation_entretien_video": "2026-03-19 17:21",
    "teams_absente": "2026-03-30 11:02",
    # Greenbox Energie
    "next_round_tu": "2026-03-12 18:30", "decalage_tu_startup": "2026-03-16 08:12",
    "offre_tu_startup": "2026-04-20 19:45",
    # Commune d'Ixelles
    "commune_jury_oral": "2026-04-14 10:00", "nouvel_horaire_commune": "2026-04-21 14:30",
    "jury_absence_commune": "2026-04-28 15:10",
    # Dewaele Executive
    "calendly_chasseur": "2026-05-04 12:02", "chasseur_client_annule": "2026-05-12 19:55",
    # Vanhove & Associes
    "big4_goodtime_fr": "2026-04-02 08:30", "big4_goodtime_update": "2026-04-10 13:14",
    "ooo_recruteuse_fr": "2026-04-13 07:01",
    # Mutualia
    "reply_chain_2e_entretien": "2026-05-06 09:20", "mutuelle_report_entretien": "2026-05-12 11:45",
    "docusign_contrat": "2026-05-29 16:00",
    # Harbourline Bank
    "panel_onsite_uk": "2026-04-08 10:30", "en_reschedule_outlook": "2026-04-14 09:15",
    # Oakridge Retail
    "smartrecruiters_en": "2026-05-28 13:00", "en_cancel_ics": "2026-06-09 17:30",
    # Brightwater Payments
    "quick_chat_en": "2026-02-02 11:20", "en_push_back_mobile": "2026-02-04 07:48",
    "verbal_offer_followup_en": "2026-03-05 15:32",
    # Sundaram Infotech
    "indian_regret_inform": "2026-01-20 06:30", "en_indian_postpone": "2026-09-15 05:40",
    "indian_offer_letter": "2026-10-02 07:10",
    # Domstadt Bank
    "de_einladung_formal": "2026-03-12 10:05", "de_terminverschiebung": "2026-03-20 08:50",
    "de_abwesenheit_recruiter": "2026-03-30 12:00",
    # Aguas del Mediterraneo
    "es_entrevista_formal": "2026-05-08 10:40", "es_cambio_fecha": "2026-05-15 12:25",
    "es_no_se_conecto": "2026-05-21 08:35",
    # NubeConta
    "es_charla_casual": "2026-02-09 17:10", "es_cancelada_casual": "2026-02-11 09:02",
    # Banque de la Meuse
    "ing_like_phone_screen": "2026-02-03 14:00", "appel_sans_reponse": "2026-02-10 09:22",
    # Optima
    "interim_tu_entretien_client": "2026-06-15 16:20", "interim_tu_pas_venue": "2026-06-18 10:14",
    # Hexa Conseil
    "recruitee_visio_paris": "2026-06-01 09:00", "visio_on_vous_attendait": "2026-06-08 12:20",
    # Southern Cross Insurance
    "we_tried_calling": "2026-01-27 08:25", "australian_en": "2026-02-19 23:10",
    # Meridian Audit
    "hm_terse_en": "2026-07-06 20:47", "did_not_join_teams": "2026-07-07 13:31",
    # Prospero
    "agency_en_exclaim": "2026-09-07 15:55", "no_show_agency_uk": "2026-09-14 15:20",
    # Gruenfeld Energie
    "de_zweite_runde_ics": "2026-04-28 11:00", "de_nicht_erschienen": "2026-05-07 12:40",
    # Groupe Verlaine, NovaMed Pharma
    "after_case_study": "2026-02-20 17:05", "proposition_contrat_fr": "2026-04-08 11:30",
    "role_on_hold_fr": "2026-03-10 18:00", "offre_verbale_suivi": "2026-06-22 17:50",
    # Atlas Phosphates Europe, Northwind Analytics
    "moroccan_owned_en": "2026-06-10 10:10", "own_followup_sent": "2026-06-23 08:05",
    "ooo_recruiter_en": "2026-02-03 10:00", "greenhouse_en_soft": "2026-02-12 14:22",
    # replies whose quoted parent carries a date
    "korean_owned_en": "2026-03-11 02:15", "hm_mobile_no": "2026-02-20 07:58",
    "de_hm_kurz": "2026-03-27 16:03", "es_casual_madrid": "2026-04-16 13:37",
    "own_reply_quoting_rejection": "2026-04-10 07:30", "es_amiga_rechazo": "2026-05-11 22:05",
}

# Conversations: a reply in one of these cites the group's first message as its thread root.
THREADS = [
    ["next_round_tu", "decalage_tu_startup", "offre_tu_startup"],
    ["quick_chat_en", "en_push_back_mobile", "verbal_offer_followup_en"],
    ["panel_onsite_uk", "en_reschedule_outlook"],
    ["reply_chain_2e_entretien", "mutuelle_report_entretien"],
    ["es_charla_casual", "es_cancelada_casual"],
    ["entretien_daf_ics", "report_entretien_daf"],
    ["big4_goodtime_fr", "big4_goodtime_update", "ooo_recruteuse_fr"],
    ["moroccan_owned_en", "own_followup_sent"],
    ["de_einladung_formal", "de_terminverschiebung", "de_abwesenheit_recruiter"],
    ["greenhouse_en_soft", "ooo_recruiter_en"],
]
