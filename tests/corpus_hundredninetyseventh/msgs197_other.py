"""Corpus 197: 52 messages of kind `other` (the candidate's own mail, digests, notifications,
private mail that borrows job words), each written by hand."""

from __future__ import annotations

from msgs197_acks import O1_TEXT, O6_TEXT
from msgs197_common import (
    CANDIDATE,
    forwarded,
    mso,
    newsletter,
    newsletter_text,
    outlook_html,
    page,
    paras,
    reply,
    spec,
)
from msgs197_invites import (
    APPLICATION_DONAUWACHT,
    ASK_DONAUWACHT,
    INVITE_DONAUWACHT,
    M1_TEXT,
)
from msgs197_rejections import APOLOGY_URFAHR, REMERCIEMENT_RHONE, THANKS_TRAUNAU

KOFI_SIG = """--
Kofi Ballesteros-Hartmann
Dinghoferstraße 41/7, 4020 Linz
+43 660 418 2273"""

CV_PDF = ("Lebenslauf_Ballesteros-Hartmann.pdf", "Lebenslauf Kofi Ballesteros-Hartmann",
          ["Dinghoferstraße 41/7, 4020 Linz | kofi.bh@example.at | +43 660 418 2273",
           "", "Berufserfahrung",
           "2022 - heute: stv. Schichtleiter Objektschutz, Einkaufszentrum Linz-Süd",
           "2020 - 2022: Sicherheitsmitarbeiter Veranstaltungsdienst, Linz",
           "", "Qualifikationen",
           "Brandschutzwart, Erste-Hilfe-Kurs (16 h), Führerschein B",
           "Sprachen: Deutsch, Spanisch, Englisch, Grundkenntnisse Französisch"])

CV_PDF_EN = ("CV_Kofi_Ballesteros-Hartmann.pdf", "Curriculum Vitae - Kofi Ballesteros-Hartmann",
             ["Linz, Austria | kofi.bh@example.at | +43 660 418 2273",
              "Deputy shift supervisor, property security (2022 - present)",
              "Event security officer (2020 - 2022)",
              "Fire safety warden, first aid (16 h), driving licence B",
              "Languages: German, Spanish, English, basic French"])

LIST_HEADERS = [("Precedence", "bulk")]


def list_headers(name: str, list_id: str, unsubscribe: str) -> list[tuple[str, str]]:
    domain = list_id.split(".", 1)[1]
    return [
        ("List-Id", f"{name} <{list_id}>"),
        ("List-Unsubscribe", f"<{unsubscribe}>, <mailto:unsubscribe@{domain}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        *LIST_HEADERS,
    ]


# ---- the candidate's own mail ----------------------------------------------------------

OWN_ASK_DONAUWACHT = reply(ASK_DONAUWACHT, "de", "Di., 10. Feb. 2026 um 09:35",
                           "Eva Pichler <eva.pichler@donauwacht.example.at>", INVITE_DONAUWACHT)

OWN_APOLOGY_URFAHR = reply(APOLOGY_URFAHR, "de", "17.03.2026 um 09:12",
                           "Mag. Sabine Hochreiter <sabine.hochreiter@klinikum-urfahr.example.at>",
                           M1_TEXT)

OWN_PASSAU = """Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich um die Stelle als Objektleiter / Sicherheitskoordinator (m/w/d) an
Ihrem Standort Passau. Als stellvertretender Schichtleiter im Objektschutz in Linz plane ich
täglich Dienste, weise neue Kolleginnen und Kollegen ein und bin erste Anlaufstelle bei
Alarmen. Passau liegt für mich nahe, ein Umzug wäre kein Hindernis.

Meinen Lebenslauf finden Sie im Anhang. Über eine Einladung zu einem Gespräch würde ich mich
freuen.

Mit freundlichen Grüßen
Kofi Ballesteros-Hartmann
""" + KOFI_SIG + "\n"

OWN_FWD_OFFER = forwarded(
    """Mari, schau mal!!! Die Donauwacht will mich wirklich. Das Gehalt ist mehr als ich
gedacht hab, und Tagdienst! Lass uns heute Abend in Ruhe drüber reden, bevor ich zusage.

Bussi
K.""",
    "de", "Eva Pichler <eva.pichler@donauwacht.example.at>", "Mi., 4. März 2026 um 11:00",
    "Ihr Angebot – Sicherheitskoordinator/in Objektschutz Linz",
    "Kofi Ballesteros-Hartmann <kofi.bh@example.at>", O1_TEXT,
)

OWN_THANKS_NORTHGATE = """Dear Owen,

Thank you for organising yesterday's interview, and please thank Martina for the
conversation and the tour of the control room. I especially enjoyed hearing how your team
handles contractor access across the Vienna portfolio.

I remain very interested in the Facility Security Coordinator role and would be happy to
provide references if that helps.

Best regards,
Kofi Ballesteros-Hartmann
+43 660 418 2273
"""

OWN_ACCEPT_GLATTAL = reply(
    """Dear Priya,

Thank you so much, this is wonderful news! I have read the offer letter and I'm delighted to
accept. I'll sign and send the letter back by Friday.

Could you let me know which documents you need for the work permit application?

Best regards,
Kofi""",
    "en", "Mon, 20 Jul 2026 at 15:00", "Priya Menon <priya.menon@glattal-ags.example.ch>",
    O6_TEXT,
)

OWN_ST_ILONA = """Dear Hiring Team,

I am applying for the Facility Security Coordinator position at St. Ilona Medical Centre,
advertised on your careers page.

I have six years of experience in property and event security in Linz, Austria, most
recently as deputy shift supervisor responsible for rosters, patrol planning and liaison with
police and fire services. I am planning to relocate to Budapest and would welcome the chance
to bring this experience to a hospital environment.

My CV is attached. Thank you for considering my application.

Yours faithfully,
Kofi Ballesteros-Hartmann
"""

OWN_SOLICITUD = """Hola, buenas noches:

Os escribo para presentar mi candidatura al puesto de Coordinador de Seguridad publicado en
vuestra web. Trabajo desde hace seis años en seguridad privada en Linz (Austria), ahora como
jefe de turno adjunto en un centro comercial, y quiero volver a Barcelona, donde vive parte
de mi familia.

Hablo español y alemán como lenguas maternas, además de inglés. Adjunto mi CV.

Muchas gracias por vuestro tiempo.

Un saludo,
Kofi Ballesteros-Hartmann
+43 660 418 2273
"""

# ---- digests and newsletters -----------------------------------------------------------

JOBWELT_ITEMS = [
    ("Sicherheitskoordinator/in Objektschutz – Linz",
     "https://www.jobwelt.example.at/job/881230?utm_source=jobagent",
     "Donauwacht Sicherheitsdienste · Vollzeit · ab € 2.800 brutto · Vorstellungsgespräche ab KW 6"),
    ("Schichtleiter Werkschutz (m/w/d) – Linz-Hafen",
     "https://www.jobwelt.example.at/job/881412?utm_source=jobagent",
     "Industriebetrieb · Schichtdienst · sofortiger Eintritt"),
    ("Koordinator Veranstaltungssicherheit – Wien",
     "https://www.jobwelt.example.at/job/879954?utm_source=jobagent",
     "Eventlocation · Vollzeit · Bewerbungsfrist 31.01."),
    ("Leitung Portierdienst Krankenhaus – Wels",
     "https://www.jobwelt.example.at/job/880001?utm_source=jobagent",
     "Gesundheitswesen · Teilzeit möglich"),
    ("Ratgeber: Keine Antwort nach dem Vorstellungsgespräch – was tun?",
     "https://www.jobwelt.example.at/ratgeber/nachfassen",
     "Wann Sie nachfragen sollten und wie Sie eine Absage richtig deuten."),
]
JOBWELT_INTRO = """Hallo Kofi,

Ihr Jobagent "Sicherheitskoordinator, Linz + 50 km" hat 12 neue Stellen gefunden. Hier die
Top-Treffer der Woche:"""
JOBWELT_FOOTER = """Sie erhalten diese E-Mail, weil Sie einen Jobagenten bei Jobwelt Österreich angelegt
haben. Jobagent bearbeiten oder abmelden: https://www.jobwelt.example.at/jobagent/abmelden
Jobwelt Österreich GmbH, Mariahilfer Straße 99, 1060 Wien"""

SICHERHEIT_ITEMS = [
    ("Absage erhalten? Fünf Schritte, die jetzt helfen",
     "https://news.sicherheitsbranche.example.at/2026/03/absage-fuenf-schritte",
     "Warum eine Absage selten etwas mit Ihnen persönlich zu tun hat – und wie Sie nachfragen."),
    ("So meistern Sie das Vorstellungsgespräch als Objektleiter",
     "https://news.sicherheitsbranche.example.at/2026/03/vorstellungsgespraech-objektleiter",
     "Typische Fallfragen zu Alarmplänen und Dienstplanung."),
    ("Offene Positionen: 40 neue Stellen in Oberösterreich und Salzburg",
     "https://news.sicherheitsbranche.example.at/stellenmarkt",
     "Von der Revierfahrerin bis zum Sicherheitsleiter."),
    ("Termin vormerken: Sicherheitstag Linz am 14. April",
     "https://news.sicherheitsbranche.example.at/events/sicherheitstag-linz",
     "Fachvorträge, Jobwall und Karriereberatung vor Ort."),
]
SICHERHEIT_INTRO = """Liebe Leserinnen und Leser,

in der März-Ausgabe geht es um Karrierewege in der Sicherheitsbranche: vom ersten
Vorstellungsgespräch bis zum Umgang mit Absagen."""
SICHERHEIT_FOOTER = """Sicherheitsbranche aktuell – der Newsletter für private Sicherheitsdienste in Österreich.
Abbestellen: https://news.sicherheitsbranche.example.at/abmelden?u=kbh"""

KARRIERE_TEXT = """KARRIERE-KOMPASS | Neuer Artikel

Die 7 häufigsten Fragen im Vorstellungsgespräch – und wie Sie darauf antworten

Ob Objektschutz, Empfang oder Leitstelle: Im Vorstellungsgespräch kommen immer wieder
dieselben Fragen. Wir haben mit drei Personalverantwortlichen gesprochen.

1. "Erzählen Sie etwas über sich." – Bleiben Sie beruflich, zwei Minuten reichen.
2. "Warum wollen Sie wechseln?" – Sprechen Sie über das, was Sie suchen, nicht über das, was
   Sie stört.
3. "Wie gehen Sie mit Konflikten um?" – Ein konkretes Beispiel wirkt stärker als jede
   Floskel.
4. "Was war Ihr größter Fehler?" – Zeigen Sie, was Sie daraus gelernt haben.
5. "Wo sehen Sie sich in fünf Jahren?"
6. "Welche Gehaltsvorstellung haben Sie?" – Recherchieren Sie den Kollektivvertrag.
7. "Haben Sie noch Fragen?" – Immer Ja sagen.

Und wenn am Ende doch eine Absage kommt: Fragen Sie höflich nach Feedback. Viele Firmen
geben es gern, wenn man sie darum bittet.

Weiterlesen: https://karriere-kompass.example.at/artikel/7-fragen-vorstellungsgespraech

Sie erhalten diese E-Mail, weil Sie den Karriere-Kompass abonniert haben.
Abmelden: https://karriere-kompass.example.at/abo/abmelden
"""

GEWERKSCHAFT_TEXT = """Liebe Kolleginnen und Kollegen,

der KV-Abschluss für das Bewachungsgewerbe 2026 steht: Die Löhne und Gehälter steigen ab
1. Jänner um 3,4 Prozent, die Zulagen für Nachtdienste um 4 Prozent.

Beim dritten Verhandlungstermin haben die Arbeitgeber ihre Position zur Anrechnung von
Vordienstzeiten aufgegeben. Ein wichtiger Erfolg für alle, die den Betrieb wechseln.

Die neue Lohntabelle mit allen Verwendungsgruppen findet ihr hier:
https://gsd.example.at/kv/bewachung-2026

Fragen? Eure Betriebsratskörperschaft oder unser Regionalbüro Linz hilft weiter.

Solidarische Grüße
Gewerkschaft Sicherheit & Dienstleistung, Landesorganisation Oberösterreich

--
Du bekommst diese Nachricht als Mitglied der Liste "kv-bewachung".
Abmelden: https://lists.gsd.example.at/mailman/options/kv-bewachung
"""

SJE_ITEMS = [
    ("Site Security Lead – Logistics hub, Munich",
     "https://securityjobs-europe.example.eu/jobs/55120?ref=weekly",
     "Full-time · German and English · interviews in March"),
    ("Facility Security Coordinator – Hospital group, Budapest",
     "https://securityjobs-europe.example.eu/jobs/55093?ref=weekly",
     "English-speaking team · relocation support"),
    ("Venue Safety Officer – Arena, Zurich",
     "https://securityjobs-europe.example.eu/jobs/55211?ref=weekly",
     "Event season contract · apply by 20 March"),
    ("Reader story: 'I got 30 rejections before my first supervisor role'",
     "https://securityjobs-europe.example.eu/stories/thirty-rejections",
     "What changed in application number 31."),
]
SJE_INTRO = """Hi Kofi,

Here are this week's roles matching "security coordinator" in Austria, Germany, Switzerland
and Hungary."""
SJE_FOOTER = """You are receiving this email because you subscribed to the SecurityJobs Europe weekly
digest. Manage preferences or unsubscribe: https://securityjobs-europe.example.eu/prefs
SecurityJobs Europe, 12 Canal Street, Dublin 2, Ireland"""

SHIFTLEAD_TEXT = """THE SHIFT LEAD
Issue #47: Bouncing back after a final-round rejection

You made it to the last round. You prepared the incident-response scenario, you walked the
site, you wrote the thank-you note. Then the email came: "we've decided to go with another
candidate".

Final-round rejections sting more than any other, because you were close enough to picture
the job. Three things I've learned from readers who went through it:

1. Ask for feedback within a week. Hiring managers remember you and will often give you an
   honest sentence or two.
2. Keep the relationship. One reader was called back four months later when the chosen
   candidate left during probation.
3. Re-use your preparation. The site assessment you built for one interview is a portfolio
   piece for the next.

Next issue: how to negotiate shift allowances in an offer.

Thanks for reading,
Marcus

Unsubscribe: https://theshiftlead.example.com/unsubscribe?id=kbh
The Shift Lead, PO Box 2210, Leeds LS1 4AP, UK
"""

FR_ITEMS = [
    ("Coordinateur sûreté H/F – Lyon 7e",
     "https://emploi-rhone-alpes.example.fr/offre/22871?src=alerte",
     "CDI · site industriel · entretiens dès la semaine prochaine"),
    ("Chef de poste SSIAP 2 – Villeurbanne",
     "https://emploi-rhone-alpes.example.fr/offre/22802?src=alerte",
     "Centre commercial · travail posté"),
    ("Responsable sécurité événementielle – Lyon 2e",
     "https://emploi-rhone-alpes.example.fr/offre/22795?src=alerte",
     "Salle de spectacle · CDD 12 mois"),
    ("Conseil : relancer après un entretien sans réponse",
     "https://emploi-rhone-alpes.example.fr/conseils/relancer",
     "Et comment réagir à un refus sans se décourager."),
]
FR_INTRO = """Bonjour Kofi,

8 nouvelles offres correspondent à votre alerte « coordinateur sécurité – Lyon »."""
FR_FOOTER = """Vous recevez cet e-mail car vous avez créé une alerte sur Emploi Rhône-Alpes.
Se désabonner : https://emploi-rhone-alpes.example.fr/alertes/desabonner"""

ES_ITEMS = [
    ("Coordinador/a de seguridad – Centro logístico, El Prat",
     "https://empleoseguro.example.es/oferta/99120?utm=alerta",
     "Jornada completa · entrevistas en agosto"),
    ("Jefe/a de equipo vigilancia – Hospital, L'Hospitalet",
     "https://empleoseguro.example.es/oferta/99088?utm=alerta",
     "Turnos rotativos · incorporación inmediata"),
    ("Responsable de seguridad de eventos – Barcelona",
     "https://empleoseguro.example.es/oferta/99071?utm=alerta",
     "Temporada de conciertos · contrato por obra"),
    ("Blog: qué hacer cuando te descartan en la última fase",
     "https://empleoseguro.example.es/blog/descartado-ultima-fase",
     "Pide feedback y sigue en contacto con la empresa."),
]
ES_INTRO = """Hola Kofi,

Tenemos 6 ofertas nuevas que encajan con tu alerta «coordinador seguridad Barcelona»."""
ES_FOOTER = """Recibes este correo porque creaste una alerta en Empleo Seguro.
Darte de baja: https://empleoseguro.example.es/alertas/baja"""


MESSAGES = [
    # ---- the candidate's own mail (always `other`, contact empty) -------------------------
    spec(
        key="kofi_application_donauwacht", kind="other", lang="de",
        frm=CANDIDATE, to="Eva Pichler <eva.pichler@donauwacht.example.at>",
        subject="Bewerbung als Sicherheitskoordinator/in Objektschutz Linz",
        date="2026-02-02T20:14:00+01:00",
        text=APPLICATION_DONAUWACHT + "\n", cte="8bit",
        pdfs=[CV_PDF],
        headers=[("User-Agent", "Mozilla Thunderbird")],
    ),
    spec(
        key="kofi_thanks_traunau", kind="other", lang="de",
        frm=CANDIDATE, to="Leitner Markus <markus.leitner@stahlwerk-traunau.example.at>",
        subject="Danke für das Gespräch am Donnerstag",
        date="2026-02-06T18:41:00+01:00",
        refs=["traunau_panel_ics", "traunau_panel_update_seq1"],
        text=THANKS_TRAUNAU + "\n", cte="qp",
    ),
    spec(
        key="kofi_asks_donauwacht_move", kind="other", lang="de",
        frm=CANDIDATE, to="Eva Pichler <eva.pichler@donauwacht.example.at>",
        subject="Terminverschiebung Vorstellungsgespräch",
        date="2026-02-11T07:50:00+01:00",
        refs=["kofi_application_donauwacht", "donauwacht_invite_eva"],
        text=OWN_ASK_DONAUWACHT, cte="8bit",
    ),
    spec(
        key="kofi_fwd_offer_partner", kind="other", lang="de",
        frm=CANDIDATE, to="Mariana Ortega <mariana.ortega@example.at>",
        subject="Fwd: Ihr Angebot – Sicherheitskoordinator/in Objektschutz Linz",
        date="2026-03-04T19:20:00+01:00",
        text=OWN_FWD_OFFER, cte="qp",
    ),
    spec(
        key="kofi_apology_urfahr", kind="other", lang="de",
        frm=CANDIDATE,
        to="Mag. Sabine Hochreiter <sabine.hochreiter@klinikum-urfahr.example.at>",
        subject="Re: Probedienst heute – wir haben Sie vermisst",
        date="2026-03-17T16:52:00+01:00",
        refs=["urfahr_probedienst_invite", "urfahr_probedienst_noshow"],
        text=OWN_APOLOGY_URFAHR, cte="8bit",
    ),
    spec(
        key="kofi_bewerbung_passau_cv", kind="other", lang="de",
        frm=CANDIDATE,
        to="Dreiflüsse Objektschutz Bewerbung <bewerbung@dreifluesse-objektschutz.example.de>",
        subject="Bewerbung Objektleiter / Sicherheitskoordinator (m/w/d) Passau",
        date="2026-04-08T21:12:00+02:00",
        text=OWN_PASSAU, html=page(paras(OWN_PASSAU), "de"),
        pdfs=[CV_PDF],
    ),
    spec(
        key="kofi_thanks_northgate", kind="other", lang="en",
        frm=CANDIDATE, to="Owen Fairley <owen.fairley@northgate-fp.example.com>",
        subject="Thank you - interview on 18 March",
        date="2026-03-19T17:30:00+01:00",
        refs=["northgate_lever_schedule", "northgate_calendar_update"],
        text=OWN_THANKS_NORTHGATE, cte="7bit",
    ),
    spec(
        key="kofi_accepts_glattal", kind="other", lang="en",
        frm=CANDIDATE, to="Priya Menon <priya.menon@glattal-ags.example.ch>",
        subject="Re: Your offer - Security Shift Coordinator, Zurich Airport",
        date="2026-07-21T08:05:00+02:00",
        refs=["glattal_assessment_invite", "glattal_offer_pdf"],
        text=OWN_ACCEPT_GLATTAL, cte="qp",
    ),
    spec(
        key="kofi_application_st_ilona", kind="other", lang="en",
        frm=CANDIDATE, to="St. Ilona HR <careers@st-ilona.example.hu>",
        subject="Application: Facility Security Coordinator",
        date="2026-02-27T21:00:00+01:00",
        text=OWN_ST_ILONA, cte="7bit",
        pdfs=[CV_PDF_EN],
    ),
    spec(
        key="kofi_remerciement_rhone", kind="other", lang="fr",
        frm=CANDIDATE, to="Nathalie Perrin <n.perrin@rhone-gardiennage.example.fr>",
        subject="Remerciements – entretien du 16 juillet",
        date="2026-07-16T19:03:00+02:00",
        refs=["rhone_entretien", "rhone_deplace"],
        text=REMERCIEMENT_RHONE + "\n", cte="qp",
    ),
    spec(
        key="kofi_solicitud_vigilancia", kind="other", lang="es",
        frm=CANDIDATE, to="Vigilancia Litoral <empleo@vigilancialitoral.example.es>",
        subject="Candidatura – Coordinador de Seguridad",
        subj_enc=("utf-8", "B"),
        date="2026-08-03T22:10:00+02:00",
        text=OWN_SOLICITUD, cte="8bit",
        pdfs=[CV_PDF_EN],
    ),
    # ---- German: digests, notifications, private mail -------------------------------------
    spec(
        key="jobwelt_jobagent_digest", kind="other", lang="de",
        frm="Jobwelt Jobagent <noreply-jobagent@mail.jobwelt.example.at>",
        subject="12 neue Jobs für „Sicherheitskoordinator“ in Linz",
        date="2026-01-20T06:00:00+01:00",
        text=newsletter_text("Jobwelt Österreich – Ihr Jobagent", JOBWELT_ITEMS, JOBWELT_INTRO,
                             JOBWELT_FOOTER),
        html=newsletter("Jobwelt Österreich – Ihr Jobagent", "#d9480f", JOBWELT_ITEMS,
                        JOBWELT_INTRO, JOBWELT_FOOTER, "de"),
        headers=list_headers("Jobwelt Jobagent", "jobagent.jobwelt.example.at",
                             "https://www.jobwelt.example.at/jobagent/abmelden?t=kbh"),
    ),
    spec(
        key="sicherheitsbranche_newsletter", kind="other", lang="de",
        frm="Sicherheitsbranche aktuell <newsletter-noreply@sicherheitsbranche.example.at>",
        subject="Absage, Vorstellungsgespräch, neue Stellen: die März-Ausgabe",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-03-03T07:30:00+01:00",
        text=newsletter_text("Sicherheitsbranche aktuell", SICHERHEIT_ITEMS, SICHERHEIT_INTRO,
                             SICHERHEIT_FOOTER),
        html=newsletter("Sicherheitsbranche aktuell", "#374151", SICHERHEIT_ITEMS,
                        SICHERHEIT_INTRO, SICHERHEIT_FOOTER, "de"),
        headers=list_headers("Sicherheitsbranche aktuell", "newsletter.sicherheitsbranche.example.at",
                             "https://news.sicherheitsbranche.example.at/abmelden?u=kbh"),
    ),
    spec(
        key="karrierekompass_artikel", kind="other", lang="de",
        frm="Karriere-Kompass <no-reply@karriere-kompass.example.at>",
        subject="Neu: Die 7 häufigsten Fragen im Vorstellungsgespräch",
        date="2026-05-05T08:00:00+02:00",
        text=KARRIERE_TEXT, cte="qp",
        headers=list_headers("Karriere-Kompass", "artikel.karriere-kompass.example.at",
                             "https://karriere-kompass.example.at/abo/abmelden"),
    ),
    spec(
        key="profinetz_profilaufrufe", kind="other", lang="de",
        frm="ProfiNetz <benachrichtigungen@profinetz.example.com>",
        subject="Kofi, Ihr Profil wurde diese Woche 14-mal angesehen",
        date="2026-02-16T09:10:00+01:00",
        text="""Hallo Kofi,

Ihr Profil wurde in den letzten 7 Tagen 14-mal angesehen.

Wer hat Ihr Profil angesehen?
- Eine Person aus dem Recruiting bei Donauwacht Sicherheitsdienste
- Eine Person mit der Position "Leiter Werkschutz" in der Stahlindustrie
- 12 weitere Personen

Mit ProfiNetz Premium sehen Sie alle Besucher: https://profinetz.example.com/premium

Jobs, die Sie interessieren könnten:
Sicherheitskoordinator (m/w/d) – Linz – https://profinetz.example.com/jobs/448120

Sie erhalten diese E-Mail von ProfiNetz. Benachrichtigungseinstellungen:
https://profinetz.example.com/settings/notifications
""",
        html=None, cte="qp",
        headers=[("X-Auto-Response-Suppress", "All"),
                 ("List-Unsubscribe", "<https://profinetz.example.com/settings/unsub?e=kbh>")],
    ),
    spec(
        key="profinetz_neue_position", kind="other", lang="de",
        frm="ProfiNetz <benachrichtigungen@profinetz.example.com>",
        subject="Gratulieren Sie Martin Ecker zur neuen Position",
        date="2026-06-08T12:30:00+02:00",
        html=page(
            paras("""Hallo Kofi,

Martin Ecker hat eine neue Position: Sicherheitsleiter bei Einkaufszentrum Linz-Süd.

Gratulieren Sie Martin und bleiben Sie in Kontakt.""")
            + '<p><a href="https://profinetz.example.com/feed/update/99120">Gratulieren</a></p>'
            + paras("""Weitere Neuigkeiten aus Ihrem Netzwerk:
Sandra Pühringer hat ein Jubiläum: 5 Jahre bei Donauwacht Sicherheitsdienste.

Abmelden: https://profinetz.example.com/settings/unsub?e=kbh"""),
            "de", "ProfiNetz"),
        html_cte="b64",
        headers=[("List-Unsubscribe", "<https://profinetz.example.com/settings/unsub?e=kbh>")],
    ),
    spec(
        key="bank_beratungstermin", kind="other", lang="de",
        contact="s.leitgeb@muehlkreis-sparbank.example.at",
        frm="Sandra Leitgeb <s.leitgeb@muehlkreis-sparbank.example.at>",
        subject="Ihr Beratungstermin am 12.03. – Wohnbaufinanzierung",
        date="2026-03-05T15:20:00+01:00",
        text="""Sehr geehrter Herr Ballesteros-Hartmann,

wie telefonisch vereinbart bestätige ich Ihnen unseren Beratungstermin:

Donnerstag, 12. März 2026, 16:00 Uhr
Filiale Linz-Urfahr, Hauptstraße 30, Besprechungszimmer 1

Für das Gespräch zur Wohnbaufinanzierung bringen Sie bitte die letzten drei Lohnzettel,
einen Lichtbildausweis und (falls vorhanden) den Kaufvertragsentwurf mit. Sollten Sie
den Termin nicht wahrnehmen können, geben Sie mir bitte einen Tag vorher Bescheid.

Freundliche Grüße
Sandra Leitgeb
Wohnbauberaterin
Mühlkreis Sparbank AG, Hauptstraße 30, 4040 Linz
Tel. +43 732 70 55-216
""",
        html=None, charset="iso-8859-1", cte="qp",
    ),
    spec(
        key="bank_depot_positionen", kind="other", lang="de",
        frm="Mühlkreis Sparbank <noreply@ebanking.muehlkreis-sparbank.example.at>",
        subject="Ihr Depotauszug per 30.06.2026",
        date="2026-07-01T05:00:00+02:00",
        text="""Sehr geehrter Herr Ballesteros-Hartmann,

Ihr Depotauszug zum Stichtag 30.06.2026 steht in Ihrem Online-Banking bereit.

Depot 4471-0093: 3 Positionen
Gesamtwert: EUR 6.412,38
Veränderung seit letztem Auszug: +2,1 %

Die Einzelpositionen und die Wertentwicklung finden Sie unter
Online-Banking > Depot > Auszüge.

Ihre Mühlkreis Sparbank

Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
""",
        cte="qp",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    spec(
        key="vermieterin_besichtigung_abgesagt", kind="other", lang="de",
        contact="g.poeschl@example.at",
        frm="Gertraud Pöschl <g.poeschl@example.at>",
        frm_enc=("iso-8859-1", "Q"),
        subject="Besichtigung Samstag – leider abgesagt",
        date="2026-08-29T10:15:00+02:00",
        text="""Lieber Herr Ballesteros-Hartmann,

es tut mir leid, aber ich muss die Besichtigung am Samstag um 11 Uhr absagen. Die Wohnung
in der Ignaz-Harrer-Straße ist seit gestern vergeben, die Interessenten vor Ihnen haben
gleich zugesagt.

Ich habe im Herbst vielleicht noch eine kleinere Wohnung in Lehen frei. Wenn Sie möchten,
melde ich mich dann wieder.

Viele Grüße
Gertraud Pöschl
""",
        html=None, cte="8bit",
    ),
    spec(
        key="ordination_termin_verschoben", kind="other", lang="de",
        contact="ordination@dr-wallner.example.at",
        frm="Ordination Dr. Wallner <ordination@dr-wallner.example.at>",
        subject="Verschiebung Ihres Termins zur Vorsorgeuntersuchung",
        date="2026-04-08T11:40:00+02:00",
        text="""Sehr geehrter Herr Ballesteros-Hartmann,

leider müssen wir Ihren Termin zur Vorsorgeuntersuchung am Dienstag, 14. April, um 8:30 Uhr
verschieben, da Frau Dr. Wallner an diesem Tag erkrankt ist. Wir können Ihnen als
Ersatztermin Freitag, 17. April, um 7:45 Uhr anbieten.

Bitte kommen Sie nüchtern (ab 22 Uhr am Vorabend nichts mehr essen) und bringen Sie Ihre
e-card mit. Sollte der neue Termin nicht passen, rufen Sie uns bitte an.

Mit freundlichen Grüßen
Katharina Huber
für das Ordinationsteam Dr. Wallner
Allgemeinmedizin, Landstraße 112, 4020 Linz
Tel. 0732 66 12 03
""",
        html=None, cte="qp",
    ),
    spec(
        key="schule_elternsprechtag", kind="other", lang="de",
        contact="c.reiter@vs-poestlingberg.example.at",
        frm="Claudia Reiter <c.reiter@vs-poestlingberg.example.at>",
        subject="Elternsprechtag 23.04. – Terminvergabe 3b",
        date="2026-04-13T19:05:00+02:00",
        text="""Liebe Eltern der 3b,

am Donnerstag, 23. April, findet von 14:00 bis 18:00 Uhr unser Elternsprechtag statt. Die
Gespräche dauern jeweils 10 Minuten. Bitte tragen Sie sich bis Freitag in die Liste ein:
https://termine.vs-poestlingberg.example.at/3b

Für Amira habe ich Ihnen vorläufig 16:20 Uhr reserviert, weil Sie mir geschrieben haben, dass
Sie nachmittags Dienst haben. Bitte melden Sie sich, wenn das nicht passt.

Liebe Grüße
Claudia Reiter
Klassenlehrerin 3b, Volksschule Pöstlingberg
""",
        html=None, cte="8bit",
    ),
    spec(
        key="paket_verspaetet", kind="other", lang="de",
        frm="Alpenpost Paketdienst <noreply@sendung.alpenpost.example.at>",
        subject="Ihre Sendung verspätet sich leider",
        date="2026-05-19T14:02:00+02:00",
        text="""Guten Tag,

Ihre Sendung 1Z 4471 2093 AT verspätet sich leider. Aufgrund eines erhöhten
Sendungsaufkommens im Verteilzentrum Wels kann die Zustellung nicht wie geplant heute
erfolgen.

Neuer voraussichtlicher Zustelltermin: Donnerstag, 21.05.2026, zwischen 9:00 und 13:00 Uhr.

Aktuelle Position Ihrer Sendung: Verteilzentrum Wels, in Bearbeitung.
Sendungsverfolgung: https://sendung.alpenpost.example.at/track/1Z44712093AT

Wir entschuldigen uns für die Unannehmlichkeiten.
Ihr Alpenpost-Team
""",
        html=None, cte="qp",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    spec(
        key="wachtour_standortmeldung", kind="other", lang="de",
        frm="GuardTrack Linz <system@guardtrack.example.at>",
        subject="Standortmeldung Rundgang 3 – Kontrollpunkt 14 nicht erfasst",
        date="2026-01-23T03:17:00+01:00",
        text="""GUARDTRACK – automatische Meldung

Objekt: Einkaufszentrum Linz-Süd
Rundgang: 3 (Nacht)
Mitarbeiter: Ballesteros-Hartmann, Kofi (MA-2291)

Letzte Position: Kontrollpunkt 13, Ladezone Nord, 03:09 Uhr
GPS-Position: 48.2627 N, 14.3021 E (Genauigkeit 8 m)
Kontrollpunkt 14 (Notausgang Parkdeck) wurde im Zeitfenster nicht erfasst.

Bitte den Kontrollpunkt nachscannen oder im Wachbuch eine Begründung eintragen.

Diese Nachricht wurde automatisch vom Wächterkontrollsystem erzeugt.
""",
        html=None, cte="8bit",
        headers=[("Auto-Submitted", "auto-generated"), ("X-Priority", "2")],
    ),
    spec(
        key="abwesenheit_steyr", kind="other", lang="de",
        contact="andrea.wimmer@stadtwerke-steyr.example.at",
        frm="Andrea Wimmer <andrea.wimmer@stadtwerke-steyr.example.at>",
        subject="Automatische Antwort: Bewerbung Sicherheitskoordinator",
        date="2026-03-27T21:04:00+01:00",
        refs=["ext:kofi_bewerbung_steyr"],
        text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 7. April 2026 auf Urlaub und habe keinen Zugriff auf meine
E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Personalangelegenheiten wenden Sie sich bitte an personal@stadtwerke-steyr.example.at
oder telefonisch an +43 7252 899-100.

Mit freundlichen Grüßen
Andrea Wimmer
Personalmanagement, Stadtwerke Steyr
""",
        html=outlook_html(mso("""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 7. April 2026 auf Urlaub und habe keinen Zugriff auf meine
E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Personalangelegenheiten wenden Sie sich bitte an personal@stadtwerke-steyr.example.at
oder telefonisch an +43 7252 899-100.

Mit freundlichen Grüßen
Andrea Wimmer
Personalmanagement, Stadtwerke Steyr"""), "de"),
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    ),
    spec(
        key="freund_jakob_absage", kind="other", lang="de",
        contact="jakob.mayrhofer@example.at",
        frm="Jakob Mayrhofer <jakob.mayrhofer@example.at>",
        subject="na super...",
        date="2026-02-25T22:31:00+01:00",
        text="""Servus Kofi,

hab heute die Absage von der Flughafenfeuerwehr bekommen. Nach drei Runden und dem
Sporttest! "Wir haben uns für andere Bewerber entschieden", mehr steht nicht drin. Ich könnt
mich grün und blau ärgern.

Wie läuft's bei dir mit der Donauwacht? Du hattest doch letzte Woche das Gespräch, oder?
Wenn die dich nehmen, zahlst du das erste Bier beim Urfahraner Markt.

Gehen wir am Samstag laufen? Ich brauch das jetzt.

Jakob
""",
        html=None, cte="8bit",
    ),
    spec(
        key="bildungsforum_kurs_kein_platz", kind="other", lang="de",
        contact="p.lindner@bildungsforum-ooe.example.at",
        frm="Petra Lindner <p.lindner@bildungsforum-ooe.example.at>",
        subject="Ihre Anmeldung: Lehrgang Geprüfte Sicherheitsfachkraft (Herbst 2026)",
        date="2026-06-26T10:30:00+02:00",
        text="""Sehr geehrter Herr Ballesteros-Hartmann,

danke für Ihre Anmeldung zum Lehrgang "Geprüfte Sicherheitsfachkraft" (Kursnummer 26-4410,
Beginn 18. September 2026).

Leider können wir Ihnen keinen Platz in diesem Lehrgang anbieten: Der Kurs ist mit 18
Teilnehmenden ausgebucht, und die Plätze wurden nach Eingang der Anmeldungen vergeben. Wir
haben Sie auf die Warteliste gesetzt (Platz 4) und informieren Sie, falls jemand absagt.

Der nächste Lehrgang startet voraussichtlich im Februar 2027.

Freundliche Grüße
Petra Lindner
Kursbetreuung Sicherheit & Technik
Bildungsforum Oberösterreich, Wiener Straße 150, 4020 Linz
""",
        html=None, charset="windows-1252", cte="qp",
    ),
    spec(
        key="fh_aufnahme_kein_studienplatz", kind="other", lang="de",
        frm="FH Donauraum Aufnahme <noreply-aufnahme@fh-donauraum.example.at>",
        subject="Ergebnis Aufnahmeverfahren – Sicherheitsmanagement (berufsbegleitend)",
        date="2026-07-10T13:00:00+02:00",
        text="""Sehr geehrter Herr Ballesteros-Hartmann,

vielen Dank für Ihre Teilnahme am Aufnahmeverfahren für den Bachelorstudiengang
Sicherheitsmanagement (berufsbegleitend), Studienjahr 2026/27.

Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihnen keinen Studienplatz anbieten
können. Sie haben im Reihungsverfahren Rang 41 erreicht; für den Jahrgang stehen 30 Plätze
zur Verfügung. Sollten Studienplätze frei werden, rücken Bewerberinnen und Bewerber in der
Reihenfolge der Reihung nach.

Eine erneute Bewerbung für das Studienjahr 2027/28 ist jederzeit möglich.

Mit freundlichen Grüßen
Studien- und Aufnahmeservice
FH Donauraum
""",
        html=None, cte="b64",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    spec(
        key="headhunter_kaltakquise", kind="other", lang="de",
        contact="g.straub@straub-executive.example.de",
        frm="Gregor Straub <g.straub@straub-executive.example.de>",
        subject="Diskrete Anfrage: Leitung Sicherheitsdienst Logistik (Raum Regensburg)",
        date="2026-09-22T08:45:00+02:00",
        text="""Sehr geehrter Herr Ballesteros-Hartmann,

ich bin auf Ihr Profil bei ProfiNetz aufmerksam geworden und erlaube mir, Sie direkt
anzusprechen.

Für einen Kunden aus der Logistikbranche suche ich eine Persönlichkeit für die Leitung des
Sicherheitsdienstes an zwei Standorten im Raum Regensburg. Ihre Erfahrung in der
Dienstplanung und Schichtführung passt gut zu dem, was mein Kunde sucht.

Wäre ein Wechsel für Sie grundsätzlich ein Thema? Ich würde mich über eine kurze Rückmeldung
freuen, gerne auch nur ein "nein danke".

Beste Grüße
Gregor Straub
Straub Executive Search
Maximilianstraße 28, 80539 München
+49 89 555 21 70
""",
        html=page(paras("""Sehr geehrter Herr Ballesteros-Hartmann,

ich bin auf Ihr Profil bei ProfiNetz aufmerksam geworden und erlaube mir, Sie direkt
anzusprechen.

Für einen Kunden aus der Logistikbranche suche ich eine Persönlichkeit für die Leitung des
Sicherheitsdienstes an zwei Standorten im Raum Regensburg. Ihre Erfahrung in der
Dienstplanung und Schichtführung passt gut zu dem, was mein Kunde sucht.

Wäre ein Wechsel für Sie grundsätzlich ein Thema? Ich würde mich über eine kurze Rückmeldung
freuen, gerne auch nur ein "nein danke".

Beste Grüße
Gregor Straub
Straub Executive Search
Maximilianstraße 28, 80539 München
+49 89 555 21 70"""), "de"),
    ),
    spec(
        key="presse_interviewanfrage", kind="other", lang="de",
        contact="v.hinterleitner@linzer-rundschau.example.at",
        frm="Verena Hinterleitner <v.hinterleitner@linzer-rundschau.example.at>",
        subject="Interviewanfrage: Sicherheit am Adventmarkt",
        date="2026-10-15T14:12:00+02:00",
        text="""Lieber Herr Ballesteros-Hartmann,

ich bin Redakteurin bei der Linzer Rundschau und arbeite an einem Beitrag für unsere
Adventbeilage: Wer sorgt dafür, dass auf den Linzer Christkindlmärkten alles ruhig bleibt?
Ihr Kollege Martin Ecker hat mir Ihren Namen genannt.

Hätten Sie Lust auf ein Interview von etwa 30 Minuten, gerne bei einem Kaffee am Hauptplatz?
Wir würden Sie auch gern im Dienst fotografieren, sofern Ihr Arbeitgeber einverstanden ist.
Erscheinungstermin wäre der 20. November.

Herzliche Grüße
Verena Hinterleitner
Redaktion Stadtleben
Linzer Rundschau, Promenade 9, 4020 Linz
+43 732 78 05-441
""",
        html=None, cte="qp",
    ),
    spec(
        key="schichtfix_nutzerinterview", kind="other", lang="de",
        contact="lena.vogt@schichtfix.example.de",
        frm="Lena Vogt <lena.vogt@schichtfix.example.de>",
        subject="30 Minuten für ein Nutzerinterview? (25 € Gutschein)",
        subj_enc=("utf-8", "B"),
        date="2026-06-16T10:00:00+02:00",
        text="""Hallo Kofi,

du nutzt SchichtFix seit über einem Jahr für deine Dienstpläne, danke dafür! Wir entwickeln
gerade die Tauschfunktion für Schichten neu und möchten dabei mit Menschen sprechen, die die
App im Alltag verwenden.

Hättest du Zeit für ein Nutzerinterview per Video (ca. 30 Minuten)? Als Dankeschön gibt es
einen Gutschein über 25 €. Termine kannst du hier auswählen:
https://schichtfix.example.de/research/buchen

Es gibt keine richtigen oder falschen Antworten, uns interessiert einfach deine Erfahrung.

Viele Grüße
Lena Vogt
User Research, SchichtFix
""",
        html=None, cte="8bit",
    ),
    spec(
        key="kollege_fwd_stellenanzeige", kind="other", lang="de",
        contact="dragan.petrovic@example.at",
        frm="Dragan Petrović <dragan.petrovic@example.at>",
        frm_enc=("utf-8", "B"),
        subject="Fwd: Stellenausschreibung Sicherheitskoordination Hafenhalle",
        date="2026-04-28T20:40:00+02:00",
        text=forwarded(
            """Servus Kofi, das wär doch was für dich! Hat mir mein Schwager geschickt, der
arbeitet dort in der Technik. Bewirb dich, bevor's wer anderer tut.

Dragan""",
            "de", "Hafenhalle Linz Events <jobs@hafenhalle-linz.example.at>",
            "Mo., 27. Apr. 2026 um 09:00", "Stellenausschreibung Sicherheitskoordination",
            "Verteiler Mitarbeiter <alle@hafenhalle-linz.example.at>",
            """Liebe Kolleginnen und Kollegen,

wir suchen ab Sommer eine/n Koordinator/in Veranstaltungssicherheit (Vollzeit). Aufgaben:
Planung der Ordnerdienste, Abstimmung mit Behörden und Einsatzorganisationen, Leitung der
Sicherheitsbesprechungen vor Veranstaltungen.

Bewerbungen bitte bis 31. Mai an personal@hafenhalle-linz.example.at. Hinweise aus euren
Netzwerken sind herzlich willkommen!

Andreas Kogler, Betriebsleitung"""),
        cte="8bit",
    ),
    spec(
        key="gewerkschaft_kv_abschluss", kind="other", lang="de",
        frm="GSD Oberösterreich <kv-bewachung@lists.gsd.example.at>",
        sender="kv-bewachung-bounces@lists.gsd.example.at",
        subject="[kv-bewachung] KV-Abschluss Bewachungsgewerbe 2026",
        date="2026-01-14T17:00:00+01:00",
        text=GEWERKSCHAFT_TEXT, charset="iso-8859-1", cte="qp",
        headers=[("List-Id", "KV Bewachungsgewerbe <kv-bewachung.lists.gsd.example.at>"),
                 ("List-Unsubscribe",
                  "<https://lists.gsd.example.at/mailman/options/kv-bewachung>"),
                 ("List-Post", "NO"), ("Precedence", "list")],
    ),
    # ---- English ---------------------------------------------------------------------------
    spec(
        key="securityjobs_europe_weekly", kind="other", lang="en",
        frm="SecurityJobs Europe <noreply@securityjobs-europe.example.eu>",
        subject="Your weekly roles: security coordinator (4 new)",
        date="2026-03-09T07:00:00+00:00",
        text=newsletter_text("SecurityJobs Europe – Weekly", SJE_ITEMS, SJE_INTRO, SJE_FOOTER),
        html=newsletter("SecurityJobs Europe – Weekly", "#0b7285", SJE_ITEMS, SJE_INTRO,
                        SJE_FOOTER),
        headers=list_headers("SecurityJobs Europe Weekly", "weekly.securityjobs-europe.example.eu",
                             "https://securityjobs-europe.example.eu/prefs/unsub?u=kbh"),
    ),
    spec(
        key="shiftlead_newsletter_rejection", kind="other", lang="en",
        frm="Marcus from The Shift Lead <no-reply@theshiftlead.example.com>",
        subject="Bouncing back after a final-round rejection",
        date="2026-05-18T06:30:00+01:00",
        text=SHIFTLEAD_TEXT, cte="qp",
        html=page(paras(SHIFTLEAD_TEXT), "en", "The Shift Lead"),
        headers=list_headers("The Shift Lead", "issues.theshiftlead.example.com",
                             "https://theshiftlead.example.com/unsubscribe?id=kbh"),
    ),
    spec(
        key="podcast_guest_request", kind="other", lang="en",
        contact="nina.carlsen@frontline-security-pod.example.com",
        frm="Nina Carlsen <nina.carlsen@frontline-security-pod.example.com>",
        subject="Guest interview on the Frontline Security Podcast?",
        date="2026-04-23T13:45:00+02:00",
        text="""Hi Kofi,

I host the Frontline Security Podcast, where we talk to the people who actually do the
night shifts, the patrols and the door work. A listener sent me your comment on the
ProfiNetz thread about lone-worker safety, and I'd love to have you on the show.

The interview would be a relaxed 40-minute conversation over video, recorded whenever suits
you in May. We'd talk about your path from event security to shift supervision and what you
think makes a good site coordinator. No preparation needed.

Would you be up for it?

Cheers,
Nina Carlsen
Host, Frontline Security Podcast
frontline-security-pod.example.com
""",
        html=None, cte="7bit",
    ),
    spec(
        key="profinetz_search_appearances", kind="other", lang="en",
        frm="ProfiNetz <notifications-noreply@profinetz.example.com>",
        subject="You appeared in 9 searches this week",
        date="2026-06-29T09:00:00+02:00",
        text="""Kofi, you appeared in 9 searches this week.

Your searchers work at:
- Glattal Airport Ground Services
- Meridian Staffing
- a hospital group in Budapest

Top keywords: "security coordinator", "shift supervisor", "event security"

Jobs you may be interested in:
* Security Operations Lead - Vienna - https://profinetz.example.com/jobs/450311
* Facility Security Manager - Munich - https://profinetz.example.com/jobs/450288

Unsubscribe: https://profinetz.example.com/settings/unsub?e=kbh
""",
        html=None, cte="7bit",
        headers=[("List-Unsubscribe", "<https://profinetz.example.com/settings/unsub?e=kbh>")],
    ),
    spec(
        key="ooo_csepel_hr", kind="other", lang="en",
        contact="bence.horvath@csepel-logistics.example.hu",
        frm="Bence Horváth <bence.horvath@csepel-logistics.example.hu>",
        frm_enc=("iso-8859-1", "B"),
        subject="Automatic reply: Documents for the Site Security Coordinator offer",
        date="2026-08-31T09:12:00+02:00",
        refs=["ext:kofi_documents_csepel"],
        text="""Thank you for your email.

I am out of the office until Monday, 7 September, with limited access to email. For
onboarding and contract questions, please contact hr@csepel-logistics.example.hu; for urgent
site matters, call the gatehouse on +36 1 555 7010.

Best regards,
Bence Horváth
HR Generalist | Csepel Logistics Park
""",
        html=None, charset="iso-8859-1", cte="qp",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    ),
    spec(
        key="friend_aisha_rejection", kind="other", lang="en",
        contact="aisha.okafor@example.co.uk",
        frm="Aisha Okafor <aisha.okafor@example.co.uk>",
        subject="well, that's that",
        date="2026-07-22T21:50:00+01:00",
        text="""Hey K,

Didn't get the airport job in Manchester. Three interviews, a fitness test and a vetting
form the size of a phone book, and then a two-line email saying they'd "decided not to
progress my application". Honestly, I'm gutted.

Anyway, enough moping. How did your assessment day in Zurich go? You have to tell me
everything. And if they offer you the job I'm coming to visit, no arguments.

Call me this weekend?

A x
""",
        html=None, cte="7bit",
    ),
    spec(
        key="recruiter_cold_budapest", kind="other", lang="en",
        contact="marek.novak@talentbridge.example.cz",
        frm="Marek Novak <marek.novak@talentbridge.example.cz>",
        subject="Security Manager opportunity - data centre, Budapest",
        date="2026-05-26T11:25:00+02:00",
        text="""Hi Kofi,

I came across your profile and your background in site security caught my eye. I'm
working with a data centre operator that is building a new campus near Budapest and will
need a Security Manager later this year.

Nothing is scheduled yet and the role isn't advertised. I'm simply reaching out to see
whether you'd be open to a conversation at some point. If the timing isn't right, no
problem at all.

Best regards,
Marek Novak
Principal Consultant, TalentBridge CEE
Prague | Budapest | Vienna
""",
        html=None, cte="7bit",
    ),
    spec(
        key="course_admission_unsuccessful", kind="other", lang="en",
        frm="Danube Open University <noreply-admissions@dou.example.hu>",
        subject="Your application: Certificate in Security Management (Autumn 2026)",
        date="2026-08-14T10:00:00+02:00",
        text="""Dear Kofi Ballesteros-Hartmann,

Thank you for applying to the Certificate in Security Management (part-time, online),
Autumn 2026 intake.

We received many more applications than we have places this term. We regret that we are
unable to offer you a place on the programme. Places were allocated to applicants who
already hold a supervisory role for at least two years.

You are welcome to apply again for the Spring 2027 intake, which opens on 1 November.

Admissions Office
Danube Open University
""",
        html=page(paras("""Dear Kofi Ballesteros-Hartmann,

Thank you for applying to the Certificate in Security Management (part-time, online),
Autumn 2026 intake.

We received many more applications than we have places this term. We regret that we are
unable to offer you a place on the programme. Places were allocated to applicants who
already hold a supervisory role for at least two years.

You are welcome to apply again for the Spring 2027 intake, which opens on 1 November.

Admissions Office
Danube Open University"""), "en"),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    spec(
        key="parcel_delayed_en", kind="other", lang="en",
        frm="SwiftParcel <no-reply@track.swiftparcel.example.com>",
        subject="Your parcel is delayed - unfortunately",
        date="2026-09-03T16:20:00+00:00",
        text="""Hello Kofi,

Unfortunately your parcel SP-88120-4471 from Munich is delayed. It missed its connection at
our Salzburg hub because of a vehicle breakdown.

New estimated delivery: Saturday, 5 September, 08:00 - 12:00
Last known position: Salzburg hub, sorted, awaiting dispatch

Track your parcel: https://track.swiftparcel.example.com/SP881204471

We're sorry for the inconvenience.
The SwiftParcel team
""",
        html=None, cte="7bit",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    spec(
        key="webinar_ace_interview", kind="other", lang="en",
        frm="SecurityCareers Events <events-noreply@securitycareers.example.eu>",
        subject="Live webinar Thursday: Ace your next security interview",
        date="2026-04-13T08:00:00+00:00",
        text="""Hi Kofi,

Join us live on Thursday, 16 April at 18:00 CEST for "Ace your next security interview".

Our panel of three hiring managers (airport, hospital, events) will walk through:
- the scenario questions they always ask supervisors,
- how to talk about an incident that went wrong,
- what to do if you get an invitation to an assessment centre,
- and how to follow up after a rejection.

Reserve your free seat: https://securitycareers.example.eu/webinars/ace-interview

Can't make it live? Register anyway and we'll send you the recording.

SecurityCareers.eu
Unsubscribe: https://securitycareers.example.eu/unsubscribe?u=kbh
""",
        html=None, cte="qp",
        headers=list_headers("SecurityCareers Events", "events.securitycareers.example.eu",
                             "https://securitycareers.example.eu/unsubscribe?u=kbh"),
    ),
    spec(
        key="workday_password_changed", kind="other", lang="en",
        frm="Stahlwerk Traunau <stahlwerktraunau@myworkday.com>",
        subject="Your password has been changed",
        date="2026-01-13T19:02:00+00:00",
        text="""Hello Kofi,

The password for your Stahlwerk Traunau candidate account was changed on 13 January 2026
at 19:02 UTC.

If you made this change, no further action is needed. If you did not, reset your password
immediately: https://stahlwerktraunau.wd3.myworkday.com/traunau_careers/passwordreset

This is an automated message. Please do not reply.
""",
        html=None, cte="7bit",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    # ---- French ----------------------------------------------------------------------------
    spec(
        key="ssiap_formation_refus", kind="other", lang="fr",
        contact="s.garnier@cfsi-lyon.example.fr",
        frm="Sophie Garnier <s.garnier@cfsi-lyon.example.fr>",
        subject="Votre candidature à la formation SSIAP 2 (session d'octobre)",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-09-15T11:00:00+02:00",
        text="""Bonjour Monsieur Ballesteros-Hartmann,

Nous vous remercions pour votre candidature à la formation SSIAP 2 (chef d'équipe de
sécurité incendie), session du 12 octobre 2026.

Nous ne pouvons malheureusement pas retenir votre candidature à cette formation : l'accès
au SSIAP 2 exige d'être titulaire du SSIAP 1 et de justifier de 1 607 heures d'activité en
tant qu'agent de sécurité incendie sur le territoire français, ce que votre dossier ne
permet pas encore d'établir.

Nous vous conseillons de vous inscrire d'abord à la formation SSIAP 1 (prochaine session le
9 novembre). Je reste à votre disposition pour en parler.

Cordialement,
Sophie Garnier
Conseillère formation
Centre de Formation Lyon Sécurité Incendie
""",
        html=None, charset="iso-8859-1", cte="qp",
    ),
    spec(
        key="alerte_emploi_rhone_alpes", kind="other", lang="fr",
        frm="Emploi Rhône-Alpes <noreply-alertes@emploi-rhone-alpes.example.fr>",
        subject="8 nouvelles offres pour « coordinateur sécurité – Lyon »",
        date="2026-06-02T06:45:00+02:00",
        text=newsletter_text("Emploi Rhône-Alpes – vos alertes", FR_ITEMS, FR_INTRO, FR_FOOTER),
        html=newsletter("Emploi Rhône-Alpes – vos alertes", "#6d28d9", FR_ITEMS, FR_INTRO,
                        FR_FOOTER, "fr"),
        headers=list_headers("Alertes Emploi Rhone-Alpes", "alertes.emploi-rhone-alpes.example.fr",
                             "https://emploi-rhone-alpes.example.fr/alertes/desabonner?u=kbh"),
    ),
    spec(
        key="agence_immo_visite_annulee", kind="other", lang="fr",
        contact="l.bernard@immo-presquile.example.fr",
        frm="Lucas Bernard <l.bernard@immo-presquile.example.fr>",
        subject="Visite de l'appartement rue Vendôme annulée",
        date="2026-07-03T12:10:00+02:00",
        text="""Bonjour Monsieur Ballesteros-Hartmann,

Je suis au regret de devoir annuler la visite de l'appartement T2 rue Vendôme prévue samedi
à 10h : le propriétaire a accepté hier un dossier et le bien n'est plus disponible.

Je vous propose en remplacement deux visites mardi prochain, rue Tête d'Or et cours
Lafayette. Dites-moi si l'horaire de 18h vous convient.

Bien cordialement,
Lucas Bernard
Agent immobilier – Immo Presqu'île
12 rue de Brest, 69002 Lyon
""",
        html=outlook_html(mso("""Bonjour Monsieur Ballesteros-Hartmann,

Je suis au regret de devoir annuler la visite de l'appartement T2 rue Vendôme prévue samedi
à 10h : le propriétaire a accepté hier un dossier et le bien n'est plus disponible.

Je vous propose en remplacement deux visites mardi prochain, rue Tête d'Or et cours
Lafayette. Dites-moi si l'horaire de 18h vous convient.

Bien cordialement,
Lucas Bernard
Agent immobilier – Immo Presqu'île
12 rue de Brest, 69002 Lyon"""), "fr"),
    ),
    spec(
        key="absence_vigie_auto", kind="other", lang="fr",
        contact="h.caron@vigie-lyonnaise.example.fr",
        frm="Hélène Caron <h.caron@vigie-lyonnaise.example.fr>",
        frm_enc=("utf-8", "Q"),
        subject="Réponse automatique : Candidature coordinateur de sites",
        date="2026-08-12T07:30:00+02:00",
        refs=["ext:kofi_candidature_vigie"],
        text="""Bonjour,

Je suis absente du bureau jusqu'au lundi 24 août inclus et je n'aurai qu'un accès limité à
ma messagerie. Votre message ne sera pas transféré.

Pour toute question urgente concernant le recrutement, merci de contacter Marc Delorme,
directeur d'agence.

Cordialement,
Hélène Caron
Assistante RH – Groupe Vigie Lyonnaise
""",
        html=None, cte="qp",
        headers=[("Auto-Submitted", "auto-replied")],
    ),
    # ---- Spanish ---------------------------------------------------------------------------
    spec(
        key="curso_director_seguridad_sin_plaza", kind="other", lang="es",
        frm="Escola de Seguretat Barcelona <noreply@esb.example.es>",
        subject="Resolución de tu solicitud – Curso de Director de Seguridad",
        date="2026-09-18T09:30:00+02:00",
        text="""Hola Kofi:

Te informamos de la resolución de tu solicitud para el Curso de Director de Seguridad
(modalidad presencial, edición octubre 2026).

Lamentablemente, tu solicitud de plaza no ha sido admitida: las plazas disponibles se han
adjudicado por orden de puntuación de los méritos acreditados, y tu puntuación ha quedado por
debajo del corte. Quedas en lista de espera con el número 7.

Puedes matricularte en la modalidad online, que todavía tiene plazas libres.

Secretaría Académica
Escola de Seguretat Barcelona
""",
        html=None, charset="windows-1252", cte="8bit",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    spec(
        key="alertas_empleo_seguro", kind="other", lang="es",
        frm="Empleo Seguro <noreply-alertas@empleoseguro.example.es>",
        subject="6 ofertas nuevas de coordinador de seguridad en Barcelona",
        date="2026-07-28T08:00:00+02:00",
        text=newsletter_text("Empleo Seguro – tus alertas", ES_ITEMS, ES_INTRO, ES_FOOTER),
        html=newsletter("Empleo Seguro – tus alertas", "#b91c1c", ES_ITEMS, ES_INTRO, ES_FOOTER,
                        "es"),
        headers=list_headers("Alertas Empleo Seguro", "alertas.empleoseguro.example.es",
                             "https://empleoseguro.example.es/alertas/baja?u=kbh"),
    ),
    spec(
        key="clinica_dental_cita_reprogramada", kind="other", lang="es",
        frm="Clínica Dental Eixample <citas-noreply@clinicadentaleixample.example.es>",
        subject="Tu cita ha sido reprogramada",
        date="2026-09-09T17:00:00+02:00",
        text="""Hola Kofi:

Tu cita de revisión en Clínica Dental Eixample ha sido reprogramada.

Cita anterior: miércoles 16 de septiembre, 18:30
Nueva cita: jueves 17 de septiembre, 19:00
Profesional: Dra. Anna Serra

Si no puedes acudir, cancela o cambia tu cita desde el enlace:
https://citas.clinicadentaleixample.example.es/c/KBH-0917

Clínica Dental Eixample · Carrer d'Aragó 280, 08007 Barcelona
""",
        html=None, cte="qp",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    spec(
        key="amigo_nacho_rechazo", kind="other", lang="es",
        contact="nacho.ferrandiz@example.es",
        frm="Nacho Ferrándiz <nacho.ferrandiz@example.es>",
        subject="me han rechazado otra vez",
        date="2026-10-05T23:10:00+02:00",
        text="""Ey Kofi,

Pues nada, que me han rechazado otra vez en la empresa de vigilancia del aeropuerto. Me
dijeron que "buscaban un perfil con más experiencia en filtros de seguridad". Llevo ya cinco
procesos este año y empiezo a estar un poco quemado.

Tú cómo lo llevas, ¿ya sabes algo de lo de Barcelona? Mi madre dice que si vuelves te
preparamos una paella de bienvenida.

Un abrazo,
Nacho
""",
        html=None, cte="8bit",
    ),
    spec(
        key="headhunter_valencia", kind="other", lang="es",
        contact="lucia.montero@fichajes-seguridad.example.es",
        frm="Lucía Montero <lucia.montero@fichajes-seguridad.example.es>",
        subject="¿Te interesaría una posición de jefe de seguridad en Valencia?",
        subj_enc=("utf-8", "Q"),
        date="2026-06-24T10:40:00+02:00",
        text="""Hola Kofi:

He visto tu perfil y creo que podrías encajar en una posición de jefe de seguridad que
estamos cubriendo para un centro comercial en Valencia (gran superficie, equipo de 25
vigilantes).

No te escribo por ningún proceso abierto contigo, solo quería saber si estarías abierto a
cambiar de ciudad y a conocer más detalles. Si te interesa, contéstame y te cuento.

Un saludo,
Lucía Montero
Fichajes Seguridad · Headhunting
""",
        html=page(paras("""Hola Kofi:

He visto tu perfil y creo que podrías encajar en una posición de jefe de seguridad que
estamos cubriendo para un centro comercial en Valencia (gran superficie, equipo de 25
vigilantes).

No te escribo por ningún proceso abierto contigo, solo quería saber si estarías abierto a
cambiar de ciudad y a conocer más detalles. Si te interesa, contéstame y te cuento.

Un saludo,
Lucía Montero
Fichajes Seguridad · Headhunting"""), "es"),
    ),
]
