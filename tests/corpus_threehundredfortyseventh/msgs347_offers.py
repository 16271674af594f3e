"""Corpus 347, offers outside the main threads: the HVAC installer and the municipal utility."""

from __future__ import annotations

from msgs347_common import spec

PRIYA = ("Priya Wenger", "priya.wenger@vektor-search.example.ch")
DONAU = ("Claudia Leitgeb", "claudia.leitgeb@stadtwerke-donaustein.example.at")
SATTLER = ("Daniela Prettenthaler", "daniela.prettenthaler@sattler-haustechnik.example.at")

MESSAGES = [
    spec(
        id="priya_donaustein_offer", kind="offer", lang="en", company="Stadtwerke Donaustein",
        contact=PRIYA[1], frm=PRIYA,
        subject="Offer from Stadtwerke Donaustein!", date="2026-04-08 08:40 +0200",
        body="""Hi Tobias,

Congratulations! Stadtwerke Donaustein have confirmed to me that they are offering you the
position of Building Automation and Energy Monitoring Technician in Linz.

Headline terms as relayed by their HR team:
- Start date 1 June 2026, permanent, full time
- EUR 3,720 gross per month (14 salaries), on-call duty paid separately
- Company pension scheme and annual public transport pass

Their formal written offer will follow from Claudia Leitgeb. Happy to talk through the
numbers before you reply - call me any time today.

Best,
Priya Wenger
Senior Consultant, Vektor Technical Search
+41 44 555 71 36""",
    ),
    spec(
        id="donaustein_sf_offer_letter", kind="offer", lang="en",
        company="Stadtwerke Donaustein", contact="",
        frm=("Stadtwerke Donaustein Karriere", "donaustein-karriere@successfactors.eu"),
        subject="Your offer letter is ready for review", date="2026-04-10 07:15 +0000",
        layout="alt", brand="Stadtwerke Donaustein",
        body="""Dear Tobias Oberhuber-Mensah,

Stadtwerke Donaustein has extended an offer to you for the position Techniker/in
Gebäudeautomation und Energiemonitoring (Req. 4471).

Please log in to the candidate portal to review the offer letter and accept or decline it
online. The offer expires on 20 April 2026.

Best regards,
Stadtwerke Donaustein Recruiting

This is an automated message. Please do not reply to this email.""",
    ),
    spec(
        id="sattler_nachgebessert", kind="offer", lang="de", company="Sattler Haustechnik",
        contact=SATTLER[1], frm=SATTLER,
        subject="AW: AW: Schriftliches Angebot – Servicetechniker GLT/MSR",
        date="2026-04-10 11:26 +0200", charset="windows-1252", cte="quoted-printable",
        body="""Lieber Herr Oberhuber-Mensah,

schade, aber danke für Ihre offene Antwort! Herr Sattler hat mich gebeten, Ihnen noch ein
nachgebessertes Angebot zu machen, bevor Sie endgültig entscheiden:

- 3.750 € brutto monatlich statt 3.450 €
- Sie übernehmen ab Herbst die Inbetriebnahme unserer Gebäudeleittechnik-Projekte
- Bezahlte Weiterbildung zum Gebäudeautomations-Techniker (WIFI) inkl. Freistellung

Das Angebot halten wir bis 17. April für Sie offen. Ein neues Vertragsangebot schicke ich
Ihnen gerne, sobald Sie Interesse signalisieren.

Herzliche Grüße
Daniela Prettenthaler
Sattler Haustechnik GmbH""",
    ),
    spec(
        id="donaustein_angebot_neu", kind="offer", lang="de", company="Stadtwerke Donaustein",
        contact=DONAU[1], frm=DONAU,
        subject="Überarbeitetes Dienstvertragsangebot", subj_enc=("utf-8", "q"),
        date="2026-04-15 14:05 +0200", layout="alt", cte="quoted-printable",
        attach=[("pdf", "Dienstvertragsangebot_v2.pdf",
                 ["Stadtwerke Donaustein GmbH", "Dienstvertragsangebot (Fassung 2)",
                  "Entgelt: EUR 3.850,- brutto, 14 x",
                  "Rufbereitschaftspauschale EUR 280,- monatlich"])],
        body="""Sehr geehrter Herr Oberhuber-Mensah,

nach unserem Gespräch von gestern übermitteln wir Ihnen anbei das überarbeitete
Dienstvertragsangebot: Wir heben das Monatsentgelt auf 3.850 € brutto an und vergüten die
Rufbereitschaft zusätzlich mit einer monatlichen Pauschale von 280 €.

Alle übrigen Bedingungen bleiben unverändert. Wir würden uns über Ihre Zusage bis 20. April
sehr freuen.

Mit freundlichen Grüßen
Mag. Claudia Leitgeb
Stadtwerke Donaustein GmbH""",
    ),
    spec(
        id="priya_revised_offer", kind="offer", lang="en", company="Stadtwerke Donaustein",
        contact=PRIYA[1], frm=PRIYA,
        subject="RE: Offer from Stadtwerke Donaustein!", date="2026-04-16 09:12 +0200",
        parent="priya_donaustein_offer", quote="en",
        body="""Hi Tobias,

Quick follow-up: I gather Claudia has sent the revised offer - EUR 3,850 gross plus a flat
EUR 280 monthly on-call allowance. That is a strong improvement and, in my view, the best
they can do within the collective agreement.

They'd love an answer by Monday. Shall we speak tonight?

Best,
Priya""",
    ),
]
