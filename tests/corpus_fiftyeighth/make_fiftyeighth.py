"""Writes corpus 58 (tests/corpus_fiftyeighth): every .eml file and labels.csv.

Run from anywhere: `python tests/corpus_fiftyeighth/make_fiftyeighth.py`. It only creates and
deletes files inside this folder. The messages themselves live in the msgs58_*.py data modules;
this script decides file names, dates, Message-IDs and threading headers.
"""

from __future__ import annotations

import csv
import random
import sys
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs58_ack  # noqa: E402
import msgs58_inv  # noqa: E402
import msgs58_other_fr  # noqa: E402
import msgs58_other_intl  # noqa: E402
import msgs58_rej  # noqa: E402
import msgs58_steps  # noqa: E402
from msgs58_build import Msg, build  # noqa: E402

# Window (months of 2026) in which each kind tends to arrive, so a thread's acknowledgement
# comes before its interview and its verdict.
WINDOWS = {
    "application_received": (1, 4),
    "interview_invitation": (2, 7),
    "interview_reschedule_or_cancel": (3, 8),
    "missed_interview_notice": (3, 8),
    "offer": (4, 9),
    "rejection": (2, 10),
    "other": (1, 10),
}
# Day (month, day) for messages whose text names dates, so the Date header fits the story.
DAYS = {
    "northvale_blunt_mobile": (3, 6), "british_shant_progress": (2, 17), "cabinet_audit_tu": (3, 27),
    "universite_apres_entrevue": (4, 21), "smartrecruiters_outlook_chain": (5, 19),
    "barcelona_casual": (4, 29), "de_absage_nach_gespraech": (4, 22), "gc_jobs_screened_out": (3, 10),
    "ashby_after_cfo": (6, 2), "entrevue_video_teams_ics": (2, 20), "gouv_qc_examen_entrevue": (5, 4),
    "greenhouse_technical_ics": (4, 9), "vietnamese_owned_en": (5, 5), "moroccan_owned_en": (5, 20),
    "bilingual_municipal_panel": (5, 28), "case_test_excel_fr": (5, 26), "lever_hm_outlook": (6, 4),
    "es_entrevista_cdmx": (6, 12), "es_ats_seleccion": (6, 25), "de_einladung_vorstellung": (6, 12),
    "boston_second_round": (7, 2), "security_screening_interview": (7, 22), "geneve_fr_formel": (8, 27),
    "calendly_phone_screen": (3, 2), "workday_self_schedule": (3, 20), "agency_next_stage_exclaim": (4, 20),
    "fr_tu_cafe_entrevue": (3, 13), "quick_chat_hm": (3, 23), "goodtime_onsite_panel": (4, 27),
    "chicago_audit_onsite": (7, 8), "de_du_kennenlernen": (5, 11), "ca_bigfour_style": (6, 1),
    "cfo_conflict_move": (3, 11), "ics_cancel_method": (2, 27), "agency_pushed_back": (4, 23),
    "workday_rescheduled_notice": (3, 30), "fr_report_tu": (3, 17), "de_termin_verschieben": (6, 19),
    "goodtime_updated_ics": (5, 5), "es_reprogramar": (6, 16), "fr_gouv_report_convocation": (5, 14),
    "mobile_running_late_move": (3, 26), "whitfield_cancel_rebook": (7, 21), "es_cambio_horario": (7, 2),
    "fr_cabinet_annule_reprise": (6, 4), "de_absage_termin_neu": (5, 13), "teams_no_join": (7, 14),
    "fr_absence_entrevue": (6, 2), "fr_tu_on_ta_manque": (3, 20), "no_show_ats_template": (6, 9),
    "de_nicht_erschienen": (4, 7), "es_no_se_presento": (6, 22), "hm_mobile_wheres": (4, 14),
    "gov_absent_interview": (8, 5), "agency_client_waited": (4, 27), "pleased_to_offer_pdf": (6, 19),
    "verbal_offer_followup_fr": (4, 3), "conditional_gov_offer": (9, 15), "fr_lettre_offre_formelle": (4, 2),
    "agency_offer_exclaim": (5, 15), "de_vertragsangebot": (7, 3), "es_oferta_carta": (7, 3),
    "caisse_offer_esign": (5, 20), "startup_offer_casual": (4, 10), "workday_volume_no_reply": (3, 5),
    "desjardins_accuse_reception": (1, 20), "greenhouse_thanks": (2, 2), "taleo_bilingue": (1, 28),
    "gc_jobs_submitted": (1, 19), "small_firm_personal_ack": (3, 3), "smartrecruiters_no_feedback": (3, 16),
    "es_recibido_cv": (3, 25), "de_eingangsbestaetigung": (1, 30), "de_personio_danke": (2, 4),
    "saaq_rendez_vous": (3, 30), "hydro_facture": (1, 29), "videotron_commande_retard": (2, 26),
    "postes_canada_colis": (2, 3), "via_rail_retard": (5, 20), "standup_paie_calendrier": (2, 8),
    "gym_abonnement": (4, 15), "cpa_formation_continue": (3, 1), "ramq_renouvellement": (5, 10),
    "propre_courriel_remerciement": (6, 9), "absence_bureau_recruteuse": (3, 30),
    "admission_universite_refus": (5, 1), "association_diplomes": (3, 2), "standup_calendar_en": (2, 9),
    "air_canada_checkin": (6, 15), "order_delayed_en": (3, 24), "own_sent_thank_you_en": (6, 16),
    "ooo_recruiter_en": (4, 28), "process_cancelled_interview": (4, 27), "friend_own_rejection_en": (5, 14),
    "db_verspaetung": (9, 18), "pedido_retrasado_es": (9, 22),
}


def _date(msg: Msg, rng: random.Random) -> str:
    first, last = WINDOWS[msg.kind]
    start = datetime(2026, first, 1, tzinfo=UTC)
    end = datetime(2026, last, 28, tzinfo=UTC)
    moment = start + timedelta(seconds=rng.randrange(int((end - start).total_seconds())))
    if msg.slug in DAYS:
        month, day = DAYS[msg.slug]
        moment = moment.replace(month=month, day=day)
    moment = moment.replace(hour=rng.randrange(12, 23), minute=rng.randrange(60), second=rng.randrange(60))
    # Local offsets roughly: Eastern (standard time until mid-March), Central Europe, Mexico.
    summer = (3, 9) <= (moment.month, moment.day) < (11, 1)
    hours = {"de": 2 if summer else 1, "es": -6}.get(msg.lang, -4 if summer else -5)
    return format_datetime(moment.astimezone(timezone(timedelta(hours=hours))))


def main() -> None:
    messages: list[Msg] = [
        *msgs58_rej.MESSAGES, *msgs58_inv.MESSAGES, *msgs58_steps.MESSAGES,
        *msgs58_ack.MESSAGES, *msgs58_other_fr.MESSAGES, *msgs58_other_intl.MESSAGES,
    ]
    slugs = [m.slug for m in messages]
    assert len(slugs) == len(set(slugs)), "scenario names must be unique"
    rng = random.Random(58)
    rng.shuffle(messages)  # inbox order, not grouped by kind
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows = []
    for index, msg in enumerate(messages, start=1):
        if msg.in_reply_to is None and msg.subject.split(":")[0].strip().lower() in {"re", "aw", "automatic reply", "réponse automatique"}:
            msg.in_reply_to = f"<prev.{msg.slug}@example.ca>"
        rel = f"{msg.kind}/{index:03d}_{msg.slug}.eml"
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(build(msg, index, _date(msg, rng), f"c58.{msg.slug}"))
        rows.append([rel, msg.kind, msg.company, msg.contact, msg.lang])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))


if __name__ == "__main__":
    main()
