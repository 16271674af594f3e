"""Generator for the seventy-sixth labelled corpus (tests/corpus_seventysixth).

The messages themselves are written by hand in the msgs76_*.py data modules, one dict per
message; this script only turns each dict into an RFC 5322 file (the MIME structure, charset,
transfer encoding, threading headers, optional calendar part) and writes labels.csv.
It creates and deletes files only inside its own folder. Run: python make_seventysixth.py
"""

from __future__ import annotations

import csv
import hashlib
import re
import sys
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs76_ack  # noqa: E402
import msgs76_inv  # noqa: E402
import msgs76_offer_missed  # noqa: E402
import msgs76_other_a  # noqa: E402
import msgs76_other_b  # noqa: E402
import msgs76_rej  # noqa: E402
import msgs76_res  # noqa: E402

CANDIDATE = "Camille Diallo-Lefèvre <camille.dl@example.be>"
CANDIDATE_ADDR = "camille.dl@example.be"
KINDS = {
    "rej": "rejection",
    "inv": "interview_invitation",
    "res": "interview_reschedule_or_cancel",
    "mis": "missed_interview_notice",
    "ack": "application_received",
    "off": "offer",
    "oth": "other",
}
START = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
# Dates for messages whose text refers to a day, so the Date header agrees with the story.
DATES = {
    "ngo_soft_after_interview": "06-08 16:40",
    "terse_manager_mobile": "02-19 07:55",
    "commune_jury_result": "03-10 11:02",
    "after_take_home_writing_test": "03-24 09:15",
    "short_personal_de_du": "05-07 18:20",
    "es_universidad_con_feedback": "04-17 13:05",
    "role_on_hold_consultancy": "06-23 10:30",
    "fr_entretien_visio_ics": "02-13 10:12",
    "agency_exclamation_en": "02-26 12:47",
    "goodtime_self_schedule": "03-27 15:00",
    "fr_phone_screen_short": "03-05 09:41",
    "de_vorstellungsgespraech_bonn": "03-04 14:10",
    "es_entrevista_madrid_quedada": "03-03 17:55",
    "un_competency_based_interview": "04-06 08:30",
    "fr_test_ecrit_convocation": "03-12 10:00",
    "lever_next_round_en": "04-03 09:20",
    "fr_recruteur_dakar_tu": "05-25 11:30",
    "smartrecruiters_panel_ics_fr": "04-08 16:00",
    "canadian_owned_en_montreal": "04-14 19:12",
    "fr_lyon_cabinet_oral_presentation": "04-24 17:31",
    "teams_invite_only_ics_en": "04-29 03:14",
    "es_barcelona_coop_informal": "05-05 10:44",
    "workday_self_schedule_fr": "05-08 07:00",
    "de_telefoninterview_personio": "05-18 15:22",
    "fr_fwd_from_manager_geneva": "05-20 14:48",
    "moroccan_owned_en_case": "06-01 09:05",
    "fr_forem_employeur_direct": "06-04 11:11",
    "es_agencia_recruiter_whatsapp_style": "06-19 12:30",
    "fr_interim_mission_rendezvous": "07-01 16:02",
    "en_terse_phone_screen_mobile": "08-27 21:48",
    "fr_linkedin_inmail_entretien_explicite": "09-01 13:37",
    "fr_report_entretien_imprevu": "02-20 17:02",
    "en_cancel_ics_method_cancel": "05-05 02:40",
    "de_terminverschiebung": "03-16 08:12",
    "agency_client_moved_date": "03-03 10:05",
    "fr_commune_jury_postpone_html": "03-25 15:30",
    "es_cambio_hora": "03-05 09:58",
    "goodtime_reschedule_notice": "04-10 14:00",
    "fr_visio_to_presentiel": "04-16 12:20",
    "un_interview_postponed_sine_die": "04-15 09:00",
    "outlook_block_moved_en": "05-12 18:40",
    "fr_agence_decalage_client": "06-08 17:45",
    "es_cancel_proceso_cancelado_entrevista": "05-11 08:50",
    "de_personio_absage_termin_neu": "05-22 16:15",
    "fr_promesse_embauche_pdf": "06-15 11:00",
    "en_verbal_offer_followup": "04-30 17:20",
    "de_vertragsangebot_bonn": "03-30 10:40",
    "es_oferta_condicional": "03-27 13:15",
    "un_offer_of_appointment": "07-14 09:30",
    "fr_tu_bonne_nouvelle_cooperative": "03-12 19:02",
    "agency_offer_relay_en": "03-18 14:25",
    "fr_swiss_lettre_engagement_permis": "06-24 10:10",
    "greenhouse_offer_portal_en": "09-15 16:00",
    "fr_interim_contrat_a_signer": "07-09 15:35",
    "fr_on_a_essaye_appeler": "03-12 14:22",
    "en_did_not_join_teams": "09-07 10:52",
    "de_nicht_erschienen": "05-28 09:51",
    "es_no_te_conectaste": "06-24 12:25",
    "fr_jury_absence_convocation": "03-27 13:00",
    "en_missed_you_sg_timezone": "05-19 10:30",
    "fr_dakar_visio_manquee": "05-29 11:40",
    "fr_cabinet_absente_rdv": "05-06 11:15",
    "workday_ack_fr_volume": "04-27 22:10",
    "greenhouse_ack_en": "01-12 08:03",
    "teamtailor_ack_tu": "01-20 20:41",
    "un_erecruit_ack_no_feedback": "02-02 06:00",
    "de_eingangsbestaetigung": "01-14 10:00",
    "commune_accuse_reception_courrier": "01-22 09:30",
    "es_acuse_recibo_fundacion": "01-27 11:45",
    "smartrecruiters_ack_fr": "03-19 18:02",
    "fr_asbl_accuse_humain": "02-03 08:47",
    "lever_ack_remote": "02-09 14:30",
    "recruitee_ack_wien_en": "02-11 07:58",
    "fr_spw_recevabilite": "02-16 10:00",
    "es_smartrecruiters_gracias": "02-18 23:05",
    "hug_successfactors_ack": "02-24 05:12",
    "fr_personio_ack_paris": "06-29 13:20",
    "ooo_recruiter_fr": "04-02 10:01",
    "ooo_recruiter_de": "05-25 08:03",
    "own_sent_thank_you_fr": "02-25 18:05",
    "own_sent_follow_up_en": "06-17 09:10",
    "calendar_standup_notification": "03-09 08:20",
    "alumni_newsletter_entretien": "03-02 07:30",
    "radio_interview_request_fr": "03-11 15:40",
    "podcast_interview_en": "03-25 21:10",
    "stib_perturbation_abonnement": "04-28 06:15",
    "sncb_retard_compensation": "03-02 10:22",
    "engie_facture_regularisation": "03-06 04:30",
    "bpost_colis_retarde": "04-14 07:45",
    "proximus_facture": "05-08 05:00",
    "brussels_airlines_vol_modifie": "06-02 16:20",
    "cff_billet_de": "04-18 19:40",
    "swisscom_rechnung_de": "07-03 04:12",
    "zalando_lieferung_verzoegert": "09-19 08:30",
    "dentista_cita_perdida": "07-14 12:00",
    "amiga_oferta_propia": "07-22 19:48",
    "renfe_tren_cancelado": "07-10 14:05",
    "cours_espagnol_prueba_nivel": "06-16 17:00",
    "lamal_prime_2027_ch": "09-29 09:00",
    "unige_admission_master": "05-20 16:30",
    "taxonweb_avertissement": "07-06 03:10",
}
ZONES = [timezone(timedelta(hours=1)), timezone(timedelta(hours=2)), UTC,
         timezone(timedelta(hours=-4)), timezone(timedelta(hours=8))]


def _addr(value: str) -> str:
    return getaddresses([value])[0][1].lower()


def _html(text: str, brand: str, track: str) -> str:
    """A bulk-mailer style HTML rendering: table layout, inline styles, tracked links."""
    paras = [p.strip() for p in text.split("\n\n") if p.strip()]
    cells = "".join(
        '<tr><td style="padding:6px 24px;font-family:Arial,Helvetica,sans-serif;'
        'font-size:14px;color:#333333;line-height:20px">'
        + p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
        + "</td></tr>"
        for p in paras
    )
    logo = (f'<tr><td style="padding:18px 24px"><img src="https://{track}/img/logo.png" '
            f'alt="{brand}" width="140" height="40" style="display:block;border:0"></td></tr>')
    mark = hashlib.md5(text.encode()).hexdigest()[:10]
    pixel = f'<img src="https://{track}/o/{mark}.gif" width="1" height="1" alt="">'
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
            '<body style="margin:0;background:#f4f4f4"><center>'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
            'style="background:#ffffff;border-collapse:collapse">'
            f"{logo}{cells}</table>{pixel}</center></body></html>")


def _ics(spec: dict, uid: str, stamp: datetime) -> str:
    method = spec.get("method", "REQUEST")
    start = datetime.strptime(spec["start"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    end = start + timedelta(minutes=spec.get("dur", 45))
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Example Corp//Scheduler 4.2//EN", "VERSION:2.0",
        f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}",
        f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART:{start.strftime('%Y%m%dT%H%M%SZ')}", f"DTEND:{end.strftime('%Y%m%dT%H%M%SZ')}",
        f"SUMMARY:{spec['summary']}", f"ORGANIZER;CN={spec.get('cn', 'Organizer')}:mailto:{spec['org']}",
        f"ATTENDEE;CN=Camille Diallo-Lefèvre;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{CANDIDATE_ADDR}",
        f"LOCATION:{spec.get('loc', '')}",
        f"SEQUENCE:{spec.get('seq', 0)}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        "END:VEVENT", "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def build(spec: dict, index: int) -> tuple[bytes, dict[str, str]]:
    """One message's bytes and its label row."""
    kind = KINDS[spec["k"]]
    sender = spec["frm"]
    domain = _addr(sender).split("@")[1]
    if spec["s"] in DATES:
        local = datetime.strptime("2026-" + DATES[spec["s"]], "%Y-%m-%d %H:%M")
        zone = timezone(timedelta(hours=2 if 4 <= local.month <= 10 else 1))
        when = local.replace(tzinfo=zone)
    else:
        when = START + timedelta(days=index * 1.77, minutes=(index * 137) % 600)
        when = when.astimezone(ZONES[index % len(ZONES)])
    digest = hashlib.sha1(f"76-{index}-{spec['s']}".encode()).hexdigest()
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = spec.get("to", CANDIDATE)
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    if spec.get("rt"):
        msg["Reply-To"] = spec["rt"]
    msg["Subject"] = spec["subj"]
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{digest[:20]}.{index}@{domain}>"
    if spec.get("quote") or spec["subj"].lower().startswith(("re:", "aw:", "r:", "tr:", "fwd:", "wg:", "rv:")):
        parent = f"<{digest[20:]}@{spec.get('parent_domain', 'example.be')}>"
        root = f"<{hashlib.sha1(parent.encode()).hexdigest()[:16]}@{domain}>"
        msg["In-Reply-To"] = parent
        msg["References"] = f"{root} {parent}"
    msg["MIME-Version"] = "1.0"
    for name, value in spec.get("hdr", {}).items():
        msg[name] = value

    text = spec["body"].strip("\n") + "\n"
    if spec.get("quote"):
        text += "\n" + spec["quote"].strip("\n") + "\n"
    charset = spec.get("cs", "utf-8")
    # Vary the transfer encoding as real senders do, unless the message names one.
    default_cte = ("quoted-printable", "base64", "8bit", "quoted-printable", "8bit")[index % 5]
    cte = spec.get("cte", "quoted-printable" if charset != "utf-8" else default_cte)
    fmt = spec.get("fmt", "plain")
    track = spec.get("track", f"click.{domain}")
    if fmt == "html":
        msg.set_content(_html(text, spec.get("brand", spec.get("co") or domain), track),
                        subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(text, charset=charset, cte=cte)
        if fmt == "alt":
            msg.add_alternative(_html(text, spec.get("brand", spec.get("co") or domain), track),
                                subtype="html", charset=charset, cte=cte)
    if spec.get("ics"):
        ics = _ics(spec["ics"], f"{digest[:12]}@{domain}", when.astimezone(UTC))
        if msg.get_content_type() != "multipart/alternative":
            msg.make_alternative()
        msg.add_alternative(ics.encode("utf-8"), maintype="text", subtype="calendar",
                            params={"method": spec["ics"].get("method", "REQUEST")}, cte="base64")
    if spec.get("att"):
        msg.add_attachment(b"%PDF-1.4\n% placeholder document for a test corpus\n%%EOF\n",
                           maintype="application", subtype="pdf", filename=spec["att"])
    # Fixed boundaries, so regenerating the corpus gives the same bytes.
    for depth, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"----=_Part_{depth}_{digest[:16]}")
    raw = msg.as_bytes(policy=SMTP)
    if spec.get("raw_from"):
        raw = re.sub(rb"(?m)^From:.*\r\n(?:[ \t].*\r\n)*",
                     b"From: " + spec["raw_from"].encode("ascii") + b"\r\n", raw, count=1)
    if spec.get("raw_subj"):
        raw = re.sub(rb"(?m)^Subject:.*\r\n(?:[ \t].*\r\n)*",
                     b"Subject: " + spec["raw_subj"].encode("ascii") + b"\r\n", raw, count=1)
    contact = spec.get("contact")
    if contact is None:
        if spec.get("rt"):
            contact = _addr(spec["rt"])
        elif not spec.get("sys"):
            contact = _addr(sender)
        else:
            contact = ""
    if contact == CANDIDATE_ADDR:
        contact = ""
    company = spec.get("co", "") if kind != "other" else ""
    slug = re.sub(r"[^a-z0-9]+", "_", spec["s"].lower()).strip("_")
    rel = f"{kind}/{index:03d}_{slug}.eml"
    return raw, {"file": rel, "kind": kind, "company": company, "contact": contact,
                 "language": spec["lang"]}


def main() -> None:
    specs = (msgs76_rej.MSGS + msgs76_inv.MSGS + msgs76_res.MSGS + msgs76_offer_missed.MSGS
             + msgs76_ack.MSGS + msgs76_other_a.MSGS + msgs76_other_b.MSGS)
    # Interleave as an inbox would, deterministically: sort by a hash of the scenario.
    specs = sorted(specs, key=lambda s: hashlib.md5(s["s"].encode()).hexdigest())
    for kind in KINDS.values():
        folder = HERE / kind
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
        folder.mkdir(exist_ok=True)
    rows = []
    for index, spec in enumerate(specs, start=1):
        raw, row = build(spec, index)
        (HERE / row["file"]).write_bytes(raw)
        rows.append(row)
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "kind", "company", "contact", "language"])
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} messages written")


if __name__ == "__main__":
    main()
