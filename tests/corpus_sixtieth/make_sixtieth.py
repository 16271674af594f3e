"""Write the sixtieth corpus: <kind>/<nnn>_<slug>.eml and labels.csv, from the msgs60_* modules.

Run `python tests/corpus_sixtieth/make_sixtieth.py`. It creates and deletes files only inside
tests/corpus_sixtieth/ (the kind folders and labels.csv); the data lives in msgs60_*.py.
"""

from __future__ import annotations

import csv
import email.utils
import logging
import sys
import zlib
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

import msgs60_ackoffer  # noqa: E402
import msgs60_followups  # noqa: E402
import msgs60_interview  # noqa: E402
import msgs60_other  # noqa: E402
import msgs60_other2  # noqa: E402
import msgs60_reject  # noqa: E402
from msgs60_base import CANDIDATE_ADDR, Msg, message_id, render  # noqa: E402

logger = logging.getLogger(__name__)

KINDS = (
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
)


# Dates the text depends on: the messages of one application, so each story reads in order
# (acknowledgement, invitation, reschedule, outcome), and mail that names its own dates.
# The rest are spread Jan-Oct by slug.
FIXED_DATES = {
    "videointerview_teams_ics": "2026-02-26 10:20",
    "zweitgespraech_gf": "2026-03-12 11:02", "eigene_antwort_auf_einladung": "2026-03-12 19:05",
    "termin_abgesagt_gf_ausland": "2026-03-17 08:31", "angebot_dienstvertrag": "2026-05-05 14:10",
    "aw_chain_termin_bestaetigt": "2026-04-09 12:44", "gf_handy_spaeter": "2026-04-11 18:02",
    "zusage_muendlich_nachtrag": "2026-04-24 17:15",
    "outlook_abgesagt": "2026-06-15 09:40", "teams_nicht_erschienen": "2026-06-25 09:32",
    "personalberater_du_chat": "2026-05-04 09:03", "berater_neuer_termin_du": "2026-05-06 15:47",
    "berater_wo_warst_du": "2026-05-14 10:16", "berater_angebot_du": "2026-07-02 16:55",
    "bund_hearing": "2026-04-02 13:20", "bund_hearing_verlegt": "2026-04-15 10:05",
    "grazer_uni_gespraech": "2026-05-20 09:12", "uni_webex_statt_praesenz": "2026-05-28 14:30",
    "goodtime_scheduling": "2026-03-09 17:02", "goodtime_rescheduled": "2026-03-16 12:48",
    "en_offer_letter_saas": "2026-03-31 16:20", "ooo_recruiter_en": "2026-04-02 08:01",
    "workday_uk_received": "2026-02-16 22:10", "uk_postpone": "2026-03-02 09:15",
    "uk_shant_progress": "2026-03-13 15:02",
    "agency_uk_exclaim": "2026-06-08 11:30", "agency_cancel_client_paused": "2026-06-12 08:50",
    "en_verbal_followup_uk": "2026-07-10 17:40",
    "polish_owned_panel": "2026-04-28 10:00", "polish_moved_online": "2026-05-06 13:33",
    "en_polish_offer": "2026-05-26 11:11",
    "india_do_revert": "2026-06-01 07:45", "en_tried_calling": "2026-06-04 12:10",
    "ashby_short_hm": "2026-07-06 22:14", "en_missed_you_casual": "2026-07-10 16:12",
    "google_cal_invite_onsite": "2026-05-18 14:00",
    "fr_entretien_tel": "2026-02-12 10:30", "fr_report_entretien": "2026-02-17 17:05",
    "fr_promesse_embauche": "2026-03-20 11:45",
    "fr_cabinet_entretien_client": "2026-06-02 15:10", "fr_absent_visio": "2026-06-09 11:10",
    "es_entrevista_presencial": "2026-04-08 09:30", "es_cambio_hora": "2026-04-13 12:02",
    "es_oferta_formal": "2026-05-04 10:40",
    "es_chile_recepcion": "2026-03-02 03:12", "es_cancelada_chile": "2026-03-18 20:05",
    "es_chile_en_espanol": "2026-03-31 21:30",
    "es_casual_llamada": "2026-09-01 10:05", "es_no_se_presento": "2026-09-02 17:40",
    "ch_dossier_erhalten": "2026-03-09 07:58", "ch_assessment": "2026-03-30 14:15",
    "volumen_kein_individuelles_feedback": "2026-01-12 20:31", "workday_autozulieferer": "2026-02-20 06:02",
    "greenhouse_thanks": "2026-01-26 13:07", "greenhouse_saas_soft": "2026-02-23 18:44",
    "fr_accuse_reception": "2026-02-03 09:02", "fr_taleo_lyon": "2026-03-05 09:03",
    "fr_ch_bien_recu": "2026-04-20 10:21", "fr_ch_poste_pourvu": "2026-05-19 14:40",
    "es_infojobs_recibida": "2026-08-03 12:00", "es_madrid_descartado": "2026-08-28 13:13",
    "indian_acknowledge": "2026-02-09 06:40", "india_regret_inform": "2026-03-10 07:02",
    "rexx_eingang_hamburg": "2026-06-01 19:20", "rexx_konzern_lang": "2026-06-29 10:00",
    "stadt_wien_eingang": "2026-02-02 10:14", "stadt_magistrat_aufnahme": "2026-04-08 11:26",
    "persoenlich_danke_hr": "2026-04-27 08:12", "absage_nach_zweitgespraech_gf": "2026-06-22 17:48",
    "linkedin_easy_apply_sent": "2026-04-02 21:05", "smartrecruiters_video_next_round": "2026-04-20 09:00",
    "ch_interview_annulliert": "2026-07-06 11:00", "ch_offerte": "2026-07-27 15:30",
    "probearbeitstag": "2026-01-23 14:20", "probetag_nicht_gekommen": "2026-01-28 10:40",
    "abwesenheit_recruiterin": "2026-08-03 09:14", "finanzonline_databox": "2026-06-17 05:02",
    "fh_zulassung_master": "2026-05-22 13:00", "alumni_karriereabend": "2026-08-20 18:30",
    "standup_kalender": "2026-02-26 16:40", "standup_teams_en": "2026-03-04 12:12",
    "order_delayed": "2026-10-02 07:31", "uni_admission_decline": "2026-05-12 16:00",
    "oegk_bescheid": "2026-03-20 10:45", "kfz_versicherung_polizze": "2026-03-24 09:20",
    "sprachkurs_einstufung": "2026-02-27 11:05", "fr_alliance_cours": "2026-08-25 10:00",
    "colleague_forwards_posting": "2026-09-08 20:14",
}

# Replies whose parent is itself in the corpus (In-Reply-To names it).
PARENTS = {
    "eigene_antwort_auf_einladung": "zweitgespraech_gf",
    "termin_abgesagt_gf_ausland": "eigene_antwort_auf_einladung",
    "verschiebung_krank": "videointerview_teams_ics",
    "goodtime_rescheduled": "goodtime_scheduling",
    "bund_hearing_verlegt": "bund_hearing",
    "uni_webex_statt_praesenz": "grazer_uni_gespraech",
    "agency_cancel_client_paused": "agency_uk_exclaim",
    "polish_moved_online": "polish_owned_panel",
    "es_cambio_hora": "es_entrevista_presencial",
    "nicht_erreicht_telefon": "telefoninterview_sie",
    "en_no_show_corporate": "google_cal_invite_onsite",
    "gf_handy_spaeter": "aw_chain_termin_bestaetigt",
}


def all_messages() -> list[Msg]:
    """Every message with its thread date and parent, numbered in a stable shuffled order."""
    msgs = [
        replace(m, when=FIXED_DATES.get(m.slug, m.when), parent=PARENTS.get(m.slug, m.parent))
        for m in (
            msgs60_reject.MESSAGES + msgs60_interview.MESSAGES + msgs60_followups.MESSAGES
            + msgs60_ackoffer.MESSAGES
            + msgs60_other.MESSAGES + msgs60_other2.MESSAGES
        )
    ]
    when = {m.slug: m.when for m in msgs}
    msgs = [replace(m, quoted_when=when[m.parent]) if m.parent and m.quote[0] else m for m in msgs]
    return sorted(msgs, key=lambda m: (hash_key(m.slug), m.slug))


def hash_key(slug: str) -> int:
    """A stable shuffle key (Python's hash() is salted per process)."""
    return zlib.crc32(slug.encode())


def check(msg: Msg) -> None:
    """Label rules a typo in the data would break; fail loudly while generating."""
    assert msg.kind in KINDS, msg.slug
    assert msg.lang in ("de", "en", "fr", "es"), msg.slug
    heads = [email.utils.parseaddr(v)[1] for v in (msg.frm, msg.reply_to) if v]
    if msg.contact:
        assert msg.contact in heads, f"{msg.slug}: contact not in From/Reply-To"
        assert msg.contact != CANDIDATE_ADDR, msg.slug
    if msg.kind == "other":
        assert not msg.company, f"{msg.slug}: company only on job mail"
    else:
        assert msg.company, f"{msg.slug}: job mail needs a company"


def main() -> None:
    """Regenerate from scratch so a removed or renamed message leaves no stale file behind."""
    msgs = all_messages()
    slugs = [m.slug for m in msgs]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    for kind in KINDS:
        folder = ROOT / kind
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    ids = {m.slug: message_id(m) for m in msgs}
    rows = []
    for number, msg in enumerate(msgs, start=1):
        check(msg)
        rel = f"{msg.kind}/{number:03d}_{msg.slug}.eml"
        (ROOT / rel).write_bytes(render(msg, ids))
        rows.append([rel, msg.kind, msg.company, msg.contact, msg.lang])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    logger.info("wrote %d messages", len(rows))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
