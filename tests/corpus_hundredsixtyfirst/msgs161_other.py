"""Corpus 161, `other`: 52 hand-written messages (de 26, en 12, fr 6, es 8).

Digests and newsletters, the candidate's own sent mail, private mail that uses interview,
appointment, position or refusal words in another sense, auto-replies and notifications.
"""

from __future__ import annotations

from msgs161_common import (
    CANDIDATE,
    CANDIDATE_ADDR,
    CANDIDATE_NAME,
    SIG_DE,
    SIG_EN,
    SIG_ES,
    SIG_FR,
    M,
    ats_card,
    ecrit_fr,
    forwarded,
    ics,
    newsletter_html,
    newsletter_text,
    outlook_block,
    pdf,
    plain,
    quote,
    schrieb_de,
    simple_html,
    wrote_en,
)

MESSAGES: list[dict] = []
add = MESSAGES.append


def _list_headers(list_id: str, unsub: str, mailto: str) -> list[tuple[str, str]]:
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", f"<{unsub}>, <mailto:{mailto}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


_CV_DE = [
    "Ingrid Vasquez-Halvorsen - Lebenslauf",
    "Mühlenkamp 41, 22303 Hamburg - ingrid.vh@example.de",
    "2022-heute: Night Auditor, Hotel am Mühlenkamp, Hamburg",
    "2019-2022: Rezeption / Front Office, Hotel Elbufer, Hamburg",
    "2025: Zertifikat Finanzbuchhaltung (IHK), DATEV-Grundkurs",
    "Sprachen: Deutsch, Spanisch, Englisch, Französisch (B2)",
]

# ----------------------------------------------------------------------------------- German (26)

add(M(
    kind="other", name="own_application_kessler_cv", lang="de", company="", contact="",
    frm=CANDIDATE, to=[("Birte Kessler", "b.kessler@kessler-brandt.example.de")],
    subject="Bewerbung als Buchhalterin (Kreditoren)", date="2026-01-08 21:40", id="kb-apply",
    text=(
        "Sehr geehrte Frau Kessler,\n\n"
        "anbei sende ich Ihnen meine Bewerbung als Buchhalterin im Bereich Kreditoren. Als "
        "Night Auditorin im Hotel am Mühlenkamp verantworte ich seit vier Jahren den "
        "Tagesabschluss, die Abstimmung der Kassen und die Vorbereitung der Eingangsrechnungen "
        "für die Buchhaltung. Im vergangenen Jahr habe ich berufsbegleitend das IHK-Zertifikat "
        "Finanzbuchhaltung erworben und möchte nun ganz in die Buchhaltung wechseln.\n\n"
        "Über eine Einladung zu einem persönlichen Gespräch würde ich mich sehr freuen.\n\n"
        + SIG_DE + "\n"
    ),
    atts=[pdf("Lebenslauf_Vasquez-Halvorsen.pdf", _CV_DE, title="Lebenslauf")],
))

_nl_move = (
    "Neuer Termin: Dienstag, 3. Februar 2026, 14:00 bis 15:30 Uhr, gleicher Ort und gleiche "
    "Runde. Die aktualisierte Einladung ist beigefügt."
)
add(M(
    kind="other", name="own_thanks_nordlicht", lang="de", company="", contact="",
    frm=CANDIDATE, to=[("Svenja Petersen", "svenja.petersen@nordlicht-reederei.example.de")],
    subject="Vielen Dank für das Gespräch heute", date="2026-02-03 19:05", id="nl-thanks",
    reply=["nl-invite", "nl-move"],
    text=(
        "Sehr geehrte Frau Petersen,\n\n"
        "herzlichen Dank für das angenehme Gespräch heute Nachmittag und die Zeit, die Sie, "
        "Dr. Johannsen und Frau Demir sich genommen haben. Die Fallaufgabe zur Rechnungsprüfung "
        "hat mir Spaß gemacht, und ich kann mir die Arbeit in Ihrem Team sehr gut vorstellen.\n\n"
        "Ich freue mich, von Ihnen zu hören.\n\n"
        + SIG_DE + "\n\n"
        + schrieb_de("26.01.2026 um 16:44", "Svenja Petersen",
                     "svenja.petersen@nordlicht-reederei.example.de") + "\n"
        + quote(_nl_move) + "\n"
    ),
))

add(M(
    kind="other", name="own_reschedule_request_hanse", lang="de", company="", contact="",
    frm=CANDIDATE, to=[("Jana Wiebe", "jana.wiebe@hanse-assekuranz.example.de")],
    subject="AW: Ihre Bewerbung – kurzes Telefonat?", date="2026-02-18 07:12", id="ha-ask",
    reply=["ha-invite"],
    text=(
        "Liebe Frau Wiebe,\n\n"
        "vielen Dank für Ihre Nachricht, ich freue mich sehr über Ihr Interesse!\n\n"
        "Am Freitag um 10:00 Uhr komme ich leider gerade aus der Nachtschicht und wäre keine "
        "gute Gesprächspartnerin. Könnten wir das Telefonat auf Dienstag, den 24. Februar, "
        "ebenfalls um 10:00 Uhr verlegen?\n\n"
        "Herzliche Grüße\nIngrid Vasquez-Halvorsen\n\n"
        + schrieb_de("17.02.2026 um 09:12", "Jana Wiebe",
                     "jana.wiebe@hanse-assekuranz.example.de") + "\n"
        + quote("Passt Ihnen Freitag, der 20. Februar, um 10:00 Uhr? Ich würde Sie dann unter "
                "der Mobilnummer aus Ihrem Lebenslauf anrufen.") + "\n"
    ),
))

add(M(
    kind="other", name="own_declines_nordlicht_offer", lang="de", company="", contact="",
    frm=CANDIDATE, to=[("Svenja Petersen", "svenja.petersen@nordlicht-reederei.example.de")],
    subject="AW: Ihr Vertragsangebot – Sachbearbeitung Kreditorenbuchhaltung",
    date="2026-02-18 20:31", reply=["nl-offer"], cte="base64",
    text=(
        "Sehr geehrte Frau Petersen,\n\n"
        "haben Sie herzlichen Dank für das Angebot und das Vertrauen. Nach langem Überlegen "
        "muss ich Ihnen leider absagen: Mein Partner hat eine Stelle in Kopenhagen angenommen, "
        "und wir werden im Sommer umziehen. Eine Zusage für Hamburg wäre Ihnen gegenüber nicht "
        "fair.\n\n"
        "Bitte richten Sie Dr. Johannsen und Frau Demir meinen Dank aus.\n\n"
        + SIG_DE + "\n\n"
        + schrieb_de("11.02.2026 um 15:10", "Svenja Petersen",
                     "svenja.petersen@nordlicht-reederei.example.de") + "\n"
        + quote("Wir freuen uns sehr, Ihnen die Position als Sachbearbeiterin "
                "Kreditorenbuchhaltung anbieten zu können.") + "\n"
    ),
))

_nj_items = [
    ("Sachbearbeiter Kreditorenbuchhaltung (m/w/d) – Hafenlogistik, Hamburg-Waltershof",
     "https://www.nordjob.example.de/job/883120?utm_source=jobagent",
     "Vollzeit · 42.000–48.000 € · Rechnungsprüfung, Zahlungsläufe, SAP FI"),
    ("Accounts Payable Specialist (English) – Reederei, Hamburg-Altona",
     "https://www.nordjob.example.de/job/883377?utm_source=jobagent",
     "Hybrid · englischsprachiges Team · Schiffsausrüstung und Bunkerrechnungen"),
    ("Buchhalter/in Hotelgruppe – Zentrale Verwaltung, Hamburg-St. Georg",
     "https://www.nordjob.example.de/job/883412?utm_source=jobagent",
     "Teilzeit möglich · Opera PMS-Schnittstelle · Kreditoren und Kasse"),
    ("Junior Finance Operations (m/w/d) – Versicherungsmakler, Hamburg-City",
     "https://www.nordjob.example.de/job/883598?utm_source=jobagent",
     "Quereinsteiger willkommen · Einarbeitung durch Buddy"),
    ("Ratgeber: So bereiten Sie sich auf das Vorstellungsgespräch vor",
     "https://www.nordjob.example.de/ratgeber/vorstellungsgespraech?utm_source=jobagent",
     "Die zehn häufigsten Fragen – und warum eine Absage nie das Ende ist."),
]
_nj_foot = [
    "Sie erhalten diesen Jobagenten, weil Sie ihn auf nordjob.example.de eingerichtet haben.",
    "Jobagent bearbeiten: https://www.nordjob.example.de/jobagent/4471",
    "Abmelden: https://www.nordjob.example.de/unsubscribe?u=4471",
    "Nordjob Media GmbH · Spaldingstraße 64 · 20097 Hamburg",
]
_nj_intro = ("Hallo Ingrid, für Ihren Jobagenten „Kreditorenbuchhaltung, Hamburg + 25 km“ gibt "
             "es 4 neue Stellenangebote.")
add(M(
    kind="other", name="jobagent_digest_hamburg", lang="de", company="", contact="",
    frm=("Nordjob Jobagent", "jobagent@nordjob.example.de"),
    subject="4 neue Jobs für „Kreditorenbuchhaltung“ in Hamburg",
    date="2026-02-14 06:30",
    text=newsletter_text("Ihr Jobagent", _nj_intro, _nj_items, _nj_foot),
    html=newsletter_html("Ihr Jobagent", _nj_intro, _nj_items, _nj_foot),
    headers=_list_headers("Nordjob Jobagent <jobagent.nordjob.example.de>",
                          "https://www.nordjob.example.de/unsubscribe?u=4471",
                          "unsubscribe-4471@nordjob.example.de"),
))

_kk_items = [
    ("Absagen richtig lesen: Was „leider“ wirklich bedeutet",
     "https://karrierekompass.example.de/absagen-lesen",
     "Standardabsage, Absage nach dem Vorstellungsgespräch, „Stelle ruht“ – wir erklären, "
     "welche Formulierung was heißt und wann sich Nachfragen lohnt."),
    ("Quereinstieg in die Buchhaltung: Fünf Wege, die funktionieren",
     "https://karrierekompass.example.de/quereinstieg-buchhaltung",
     "Vom Hotel in die Finanzabteilung – drei Leserinnen erzählen."),
    ("Gehaltsverhandlung nach der Zusage",
     "https://karrierekompass.example.de/gehalt-nach-zusage",
     "Warum das Angebot nicht das letzte Wort sein muss."),
]
_kk_foot = ["Karriere-Kompass erscheint jeden Donnerstag.",
            "Newsletter abbestellen: https://karrierekompass.example.de/abmelden",
            "Karriere-Kompass Verlag GmbH · Köln"]
_kk_intro = ("Liebe Leserin, lieber Leser, diese Woche geht es um das Thema, über das niemand "
             "gern spricht: die Absage.")
add(M(
    kind="other", name="newsletter_absagen_lesen", lang="de", company="", contact="",
    frm=("Karriere-Kompass", "newsletter@karrierekompass.example.de"),
    subject="Leider nein: Wie Sie eine Absage richtig lesen", date="2026-03-05 07:00",
    html=newsletter_html("Karriere-Kompass", _kk_intro, _kk_items, _kk_foot, accent="#6a1b9a"),
    headers=_list_headers("Karriere-Kompass <wochenletter.karrierekompass.example.de>",
                          "https://karrierekompass.example.de/abmelden?id=ab12",
                          "abmelden@karrierekompass.example.de"),
    cte="quoted-printable",
))

_wb = [
    "Hallo Ingrid,",
    "Vorstellungsgespräche auf Englisch sind für viele die größte Hürde beim Wechsel in "
    "internationale Finanzteams. In unserem kostenlosen Live-Webinar zeigt Business-Coach "
    "Miriam Schacht, wie Sie typische Fragen souverän beantworten.",
    "Wann: Mittwoch, 15. April 2026, 18:30 – 19:30 Uhr\nWo: online, Zugangsdaten nach der "
    "Anmeldung",
    "Die Plätze sind begrenzt – melden Sie sich jetzt an.",
    "Ihr Team von Nordjob Akademie",
]
add(M(
    kind="other", name="webinar_interviews_in_english", lang="de", company="", contact="",
    frm=("Nordjob Akademie", "akademie@news.nordjob.example.de"),
    subject="Einladung: Live-Webinar „Job Interviews auf Englisch meistern“",
    subj_enc="utf-8:B", date="2026-03-31 12:00",
    text=plain(_wb) + "\nAnmelden: https://akademie.nordjob.example.de/webinar/interview-en\n",
    html=ats_card("Nordjob Akademie", _wb, accent="#e65100",
                  button=("Jetzt anmelden",
                          "https://akademie.nordjob.example.de/webinar/interview-en"),
                  footer=["Abmelden: https://www.nordjob.example.de/unsubscribe?u=4471"]),
    headers=_list_headers("Nordjob Akademie <akademie.nordjob.example.de>",
                          "https://www.nordjob.example.de/unsubscribe?u=4471&l=akademie",
                          "unsubscribe-4471@nordjob.example.de"),
))

add(M(
    kind="other", name="bank_beratungstermin", lang="de", company="", contact="",
    frm=("Alsterbank Terminservice", "termine@alsterbank.example.de"),
    subject="Bestätigung Ihres Beratungstermins", date="2026-04-09 08:45",
    text=(
        "Sehr geehrte Frau Vasquez-Halvorsen,\n\n"
        "hiermit bestätigen wir Ihren Beratungstermin zum Thema Baufinanzierung:\n\n"
        "Termin: Freitag, 17. April 2026, 16:00 Uhr\n"
        "Filiale: Winterhuder Marktplatz 6, 22299 Hamburg\n"
        "Ihr Berater: Herr Lasse Frahm\n\n"
        "Bitte bringen Sie Ihre letzten drei Gehaltsabrechnungen und einen Ausweis mit. Falls "
        "Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte bis 24 Stunden vorher im "
        "Online-Banking ab.\n\n"
        "Mit freundlichen Grüßen\n"
        "Ihre Alsterbank\n\n"
        "Dies ist eine automatisch versendete E-Mail. Antworten auf diese Adresse werden nicht "
        "bearbeitet.\n"
    ),
    headers=[("Auto-Submitted", "auto-generated")],
))

add(M(
    kind="other", name="landlord_meter_reading_moved", lang="de", company="",
    contact="r.paulsen@hv-paulsen.example.de",
    frm=("Hausverwaltung Paulsen", "r.paulsen@hv-paulsen.example.de"),
    subject="Mühlenkamp 41: Ablesetermin verschoben", date="2026-01-19 13:05",
    charset="iso-8859-1", cte="quoted-printable",
    text=(
        "Sehr geehrte Mieterinnen und Mieter,\n\n"
        "der für Mittwoch, 21. Januar, angekündigte Termin zur Ablesung der Heizkostenverteiler "
        "muss leider verschoben werden, da der Messdienst erkrankt ist. Neuer Termin: Montag, "
        "2. Februar, zwischen 8 und 12 Uhr.\n\n"
        "Wer an diesem Tag nicht zu Hause sein kann, hinterlegt bitte einen Schlüssel beim "
        "Hausmeister, Herrn Ewert (EG links).\n\n"
        "Mit freundlichen Grüßen\n"
        "Rainer Paulsen\n"
        "Hausverwaltung Paulsen - Hofweg 3 - 22085 Hamburg\n"
    ),
))

add(M(
    kind="other", name="school_parent_meeting", lang="de", company="",
    contact="a.thiessen@gs-forsmannstrasse.example.de",
    frm=("Anke Thiessen", "a.thiessen@gs-forsmannstrasse.example.de"),
    subject="Einladung zum Elterngespräch – Mateo, Klasse 3b", date="2026-05-11 14:20",
    text=(
        "Liebe Frau Vasquez-Halvorsen,\n\n"
        "im Rahmen der Lernentwicklungsgespräche möchte ich Sie gern zu einem Gespräch über "
        "Mateos Halbjahr einladen. Mögliche Termine: Dienstag, 19. Mai, 15:30 Uhr oder "
        "Donnerstag, 21. Mai, 16:15 Uhr, jeweils im Raum 3b.\n\n"
        "Bitte geben Sie mir kurz Bescheid, welcher Termin Ihnen passt. Mateo darf gern "
        "dabei sein.\n\n"
        "Herzliche Grüße\n"
        "Anke Thiessen\n"
        "Klassenlehrerin 3b · Grundschule Forsmannstraße\n"
    ),
))

_dr_org = ("Praxis Dr. Rohwer", "termine@praxis-rohwer.example.de")
add(M(
    kind="other", name="doctor_appointment_cancel_ics", lang="de", company="", contact="",
    frm=_dr_org, subject="Terminabsage: Ihr Termin am 26.06. um 08:40 Uhr",
    date="2026-06-24 17:02",
    text=(
        "Guten Tag Frau Vasquez-Halvorsen,\n\n"
        "leider müssen wir Ihren Termin zur Vorsorgeuntersuchung am Freitag, 26. Juni, um "
        "08:40 Uhr absagen, da Frau Dr. Rohwer erkrankt ist.\n\n"
        "Bitte buchen Sie über unser Online-Portal einen neuen Termin. Bei akuten Beschwerden "
        "wenden Sie sich an die Vertretungspraxis Dr. Yilmaz, Barmbeker Straße 12.\n\n"
        "Ihr Praxisteam\n"
        "Praxis Dr. med. Henrike Rohwer · Allgemeinmedizin · Mühlenkamp 9 · 22303 Hamburg\n\n"
        "Diese Nachricht wurde automatisch versendet.\n"
    ),
    atts=[ics("CANCEL", "doc-7781-20260626@praxis-rohwer.example.de",
              "Vorsorgeuntersuchung Praxis Dr. Rohwer", "2026-06-26 08:40", "2026-06-26 09:10",
              organizer=_dr_org, sequence=1, location="Mühlenkamp 9, Hamburg")],
    headers=[("Auto-Submitted", "auto-generated")],
))

add(M(
    kind="other", name="parcel_delayed_leider", lang="de", company="", contact="",
    frm=("Paketpost Sendungsverfolgung", "noreply@paketpost.example.de"),
    subject="Ihre Sendung verspätet sich leider", date="2026-07-07 09:14",
    html=ats_card("Paketpost", [
        "Hallo Ingrid Vasquez-Halvorsen,",
        "Ihre Sendung 00340 43411 2208 7361 kommt leider später als angekündigt. Aufgrund eines "
        "hohen Sendungsaufkommens im Paketzentrum Hamburg-Allermöhe verzögert sich die "
        "Zustellung um voraussichtlich zwei Werktage.",
        "Neuer Zustelltermin: Donnerstag, 9. Juli 2026, zwischen 10:00 und 14:00 Uhr.",
        "Wir bitten um Entschuldigung.",
    ], accent="#ffcc00", button=("Sendung verfolgen",
                                 "https://paketpost.example.de/track/00340434112208736"),
        footer=["Bitte antworten Sie nicht auf diese E-Mail."]),
    headers=[("Auto-Submitted", "auto-generated")],
))

add(M(
    kind="other", name="ooo_recruiter_auto_reply", lang="de", company="",
    contact="henrik.sievers@weser-ems-assekuranz.example.de",
    frm=("Sievers, Henrik", "henrik.sievers@weser-ems-assekuranz.example.de"),
    subject="Automatische Antwort: Rückfrage zum Interview", date="2026-04-24 09:40",
    reply=["we-question"],
    text=(
        "Vielen Dank für Ihre Nachricht.\n\n"
        "Ich bin bis einschließlich 26. April 2026 nicht im Büro und habe keinen Zugriff auf "
        "meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden "
        "Bewerbungsangelegenheiten wenden Sie sich bitte an personal@weser-ems-assekuranz."
        "example.de.\n\n"
        "Mit freundlichen Grüßen\nHenrik Sievers\n"
    ),
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
))

add(M(
    kind="other", name="karrierenetz_profile_views", lang="de", company="", contact="",
    frm=("KarriereNetz", "benachrichtigungen@karrierenetz.example.de"),
    subject="Ingrid, 7 Personen haben sich Ihr Profil angesehen", date="2026-05-03 18:30",
    text=(
        "Ingrid, Ihr Profil ist gefragt!\n\n"
        "In den letzten 7 Tagen haben 7 Personen Ihr Profil angesehen, darunter eine Recruiterin "
        "von Leinetal Shared Services und ein Headhunter aus Hamburg.\n\n"
        "Sie sind in 23 Suchanfragen aufgetaucht, u. a. für „Kreditorenbuchhaltung“ und "
        "„Night Audit“.\n\n"
        "Alle Profilbesucher ansehen: https://www.karrierenetz.example.de/me/profile-views\n\n"
        "Offene Positionen, die zu Ihnen passen:\n"
        "- Accounts Payable Specialist · Hannover · https://www.karrierenetz.example.de/jobs/55812\n"
        "- Finanzbuchhalterin · Bremen · https://www.karrierenetz.example.de/jobs/55907\n\n"
        "Benachrichtigungen verwalten: https://www.karrierenetz.example.de/settings/notifications\n"
    ),
    headers=[("List-Unsubscribe", "<https://www.karrierenetz.example.de/unsub/e81f>"),
             ("Auto-Submitted", "auto-generated")],
))

add(M(
    kind="other", name="hochschule_admission_refused", lang="de", company="", contact="",
    frm=("Hochschule Elbmarsch · Studierendenservice", "zulassung@hs-elbmarsch.example.de",
         "iso-8859-1:Q"),
    subject="Zulassungsbescheid – berufsbegleitender Bachelor Betriebswirtschaft",
    date="2026-08-14 11:00",
    text=(
        "Sehr geehrte Frau Vasquez-Halvorsen,\n\n"
        "Ihr Antrag auf Zulassung zum berufsbegleitenden Bachelorstudiengang Betriebswirtschaft "
        "(Schwerpunkt Rechnungswesen) zum Wintersemester 2026/27 wurde geprüft.\n\n"
        "Leider können wir Ihnen keinen Studienplatz anbieten. Die Zahl der Bewerbungen "
        "überstieg die verfügbaren Plätze; die Auswahlgrenze lag bei einer Durchschnittsnote "
        "von 2,1. Den förmlichen Ablehnungsbescheid finden Sie im Bewerbungsportal.\n\n"
        "Gegen diesen Bescheid können Sie innerhalb eines Monats Widerspruch einlegen.\n\n"
        "Mit freundlichen Grüßen\n"
        "Studierendenservice · Hochschule Elbmarsch\n"
    ),
    headers=[("Auto-Submitted", "auto-generated")],
))

add(M(
    kind="other", name="friend_own_rejection_du", lang="de", company="",
    contact="nele.brandes@example.de",
    frm=("Nele Brandes", "nele.brandes@example.de"),
    subject="Na, wie lief's bei dir?", date="2026-02-04 22:17",
    text=(
        "Hey Ingrid,\n\n"
        "erzähl mal, wie war dein Gespräch bei der Reederei gestern?? 🙏\n\n"
        "Bei mir gibt's leider nichts Gutes: Die Sparkasse hat mir heute abgesagt, nach zwei "
        "Runden und einem Assessment. „Wir haben uns für eine Kandidatin mit mehr "
        "Vertriebserfahrung entschieden“ – na toll. Ich bin echt geknickt.\n\n"
        "Lass uns Samstag auf einen Kaffee treffen, dann können wir gemeinsam jammern oder "
        "feiern, je nachdem 😅\n\n"
        "Nele\n"
    ),
    html=simple_html([
        "Hey Ingrid,",
        "erzähl mal, wie war dein Gespräch bei der Reederei gestern?? 🙏",
        "Bei mir gibt's leider nichts Gutes: Die Sparkasse hat mir heute abgesagt, nach zwei "
        "Runden und einem Assessment. „Wir haben uns für eine Kandidatin mit mehr "
        "Vertriebserfahrung entschieden“ – na toll. Ich bin echt geknickt.",
        "Lass uns Samstag auf einen Kaffee treffen, dann können wir gemeinsam jammern oder "
        "feiern, je nachdem 😅",
        "Nele"]),
))

add(M(
    kind="other", name="recruiter_cold_approach", lang="de", company="",
    contact="l.yilmaz@fischer-talent.example.de",
    frm=("Leyla Yılmaz", "l.yilmaz@fischer-talent.example.de", "utf-8:B"),
    subject="Ihr Profil – Finanzthemen in der Hotellerie?", date="2026-05-19 11:32",
    text=(
        "Guten Tag Frau Vasquez-Halvorsen,\n\n"
        "ich bin über KarriereNetz auf Ihr Profil gestoßen und finde Ihren Weg vom Night Audit "
        "in Richtung Buchhaltung spannend. Ich betreue als Personalberaterin vor allem "
        "Hotelgruppen und Gastronomieketten in Norddeutschland, die regelmäßig Verstärkung in "
        "Kreditoren und Controlling suchen.\n\n"
        "Aktuell habe ich keine konkrete Position für Sie, würde Sie aber gern in meinem "
        "Netzwerk haben. Wenn Sie mögen, schicken Sie mir Ihren Lebenslauf – völlig "
        "unverbindlich.\n\n"
        "Beste Grüße\n"
        "Leyla Yılmaz\n"
        "Fischer Talent Partners · Hamburg · +49 40 5550 1270\n"
    ),
))

add(M(
    kind="other", name="press_interview_request", lang="de", company="",
    contact="t.lorenzen@elbe-kurier.example.de",
    frm=("Tjark Lorenzen", "t.lorenzen@elbe-kurier.example.de"),
    subject="Interviewanfrage für unsere Serie »Neustart mit 35«", subj_enc="iso-8859-1:B",
    date="2026-09-22 15:45", charset="iso-8859-1", cte="quoted-printable",
    text=(
        "Liebe Frau Vasquez-Halvorsen,\n\n"
        "ich bin Redakteur im Wirtschaftsressort des Elbe-Kuriers. Für unsere Serie \"Neustart "
        "mit 35\" porträtieren wir Menschen, die ihren Beruf wechseln. Ihre Kollegin Nele "
        "Brandes hat mir erzählt, dass Sie aus dem Nachtdienst im Hotel in die Buchhaltung "
        "gewechselt sind.\n\n"
        "Hätten Sie Lust auf ein Interview von etwa einer Stunde, gern in einem Café Ihrer Wahl? "
        "Ein Fotograf würde ein Porträt machen; Sie bekommen den Text vor Erscheinen zur "
        "Freigabe.\n\n"
        "Herzliche Grüße\n"
        "Tjark Lorenzen\n"
        "Redaktion Wirtschaft · Elbe-Kurier\n"
        "Tel. 040 5550 8140\n"
    ),
))

add(M(
    kind="other", name="user_research_interview", lang="de", company="", contact="",
    frm=("Nordjob UX-Team", "research@nordjob.example.de"),
    subject="Nutzerinterview: 30 Minuten, 25 € Gutschein", date="2026-06-03 10:10",
    reply_to=("Nordjob Research", "research-noreply@nordjob.example.de"),
    text=(
        "Hallo Ingrid,\n\n"
        "Sie nutzen den Nordjob-Jobagenten seit Januar – danke dafür! Wir möchten die "
        "Bewerbungsfunktionen verbessern und suchen Nutzerinnen und Nutzer für ein kurzes "
        "Interview per Video.\n\n"
        "Dauer: 30 Minuten · Dankeschön: 25-€-Gutschein · Termine: 10. bis 19. Juni\n\n"
        "Wenn Sie mitmachen möchten, wählen Sie hier einen Termin: "
        "https://research.nordjob.example.de/studie/bewerbung-2026\n\n"
        "Ihr UX-Team von Nordjob\n"
    ),
    headers=_list_headers("Nordjob Research <research.nordjob.example.de>",
                          "https://www.nordjob.example.de/unsubscribe?u=4471&l=research",
                          "unsubscribe-4471@nordjob.example.de"),
))

add(M(
    kind="other", name="current_employer_annual_review", lang="de", company="",
    contact="d.ahrens@hotel-muehlenkamp.example.de",
    frm=("Dagmar Ahrens", "d.ahrens@hotel-muehlenkamp.example.de"),
    to=[CANDIDATE, ("Night Audit Team", "nightaudit@hotel-muehlenkamp.example.de")],
    subject="Jahresgespräche 2026 – bitte Termin eintragen", date="2026-01-15 12:40",
    text=(
        "Liebes Night-Audit-Team,\n\n"
        "es ist wieder so weit: Die Jahresgespräche stehen an. Bitte tragt euch bis Ende "
        "Januar in die Liste im Personalbüro ein – Termine gibt es jeweils dienstags und "
        "donnerstags zwischen 21:00 und 23:00 Uhr, damit niemand extra tagsüber kommen muss.\n\n"
        "Bringt gern eure Wünsche für Fortbildungen mit.\n\n"
        "Viele Grüße\n"
        "Dagmar Ahrens\n"
        "Personalleitung · Hotel am Mühlenkamp\n"
    ),
))

add(M(
    kind="other", name="current_employer_resignation_confirmed", lang="de", company="",
    contact="d.ahrens@hotel-muehlenkamp.example.de",
    frm=("Dagmar Ahrens", "d.ahrens@hotel-muehlenkamp.example.de"),
    subject="Bestätigung Ihrer Kündigung", date="2026-09-14 10:05",
    charset="windows-1252", cte="quoted-printable",
    text=(
        "Liebe Frau Vasquez-Halvorsen,\n\n"
        "hiermit bestätigen wir den Eingang Ihrer Kündigung vom 11. September 2026. Ihr "
        "Arbeitsverhältnis endet fristgerecht am 31. Oktober 2026.\n\n"
        "Ihren Resturlaub von 9 Tagen planen wir wie besprochen in die letzten beiden "
        "Oktoberwochen. Ihr qualifiziertes Arbeitszeugnis erhalten Sie mit der letzten "
        "Abrechnung – Wünsche zum Inhalt nehme ich gern entgegen.\n\n"
        "Wir bedauern Ihren Weggang sehr und wünschen Ihnen für die neue Aufgabe alles Gute!\n\n"
        "Herzliche Grüße\n"
        "Dagmar Ahrens\n"
        "Personalleitung · Hotel am Mühlenkamp\n"
        "Mühlenkamp 30 · 22303 Hamburg\n"
    ),
))

add(M(
    kind="other", name="ihk_course_fully_booked", lang="de", company="", contact="",
    frm=("IHK-Bildungszentrum Nord", "weiterbildung@ihk-bz-nord.example.de"),
    subject="Ihre Anmeldung: Geprüfte Bilanzbuchhalterin – Warteliste",
    date="2026-03-23 14:30", cte="base64",
    text=(
        "Sehr geehrte Frau Vasquez-Halvorsen,\n\n"
        "vielen Dank für Ihre Anmeldung zum berufsbegleitenden Lehrgang „Geprüfte/r "
        "Bilanzbuchhalter/in“ ab 1. September 2026.\n\n"
        "Leider ist der Lehrgang bereits ausgebucht, sodass wir Ihnen keinen Platz zusagen "
        "können. Wir haben Sie auf Platz 4 der Warteliste gesetzt. Der nächste Lehrgang "
        "beginnt im Februar 2027; Sie werden bei der Platzvergabe bevorzugt berücksichtigt.\n\n"
        "Mit freundlichen Grüßen\n"
        "Ihr Team Weiterbildung\n"
        "IHK-Bildungszentrum Nord\n"
    ),
))

add(M(
    kind="other", name="location_shared_position", lang="de", company="", contact="",
    frm=("FindMe Ortung", "no-reply@findme-ortung.example.de"),
    subject="Nele Brandes hat ihre Position mit Ihnen geteilt", date="2026-06-27 23:48",
    text=(
        "Nele Brandes teilt ihre aktuelle Position mit Ihnen.\n\n"
        "Position: Hamburg, Sternschanze – Schulterblatt 62 (Genauigkeit: 12 m)\n"
        "Aktualisiert: 27.06.2026, 23:47 Uhr\n"
        "Freigabe endet: in 1 Stunde\n\n"
        "Auf der Karte ansehen: https://findme-ortung.example.de/share/7f3a9c\n\n"
        "Sie erhalten diese Benachrichtigung, weil Nele Brandes Sie als Kontakt hinzugefügt hat.\n"
    ),
    headers=[("Auto-Submitted", "auto-generated")],
))

add(M(
    kind="other", name="household_insurance_claim_refused", lang="de", company="", contact="",
    frm=("Nordstern Hausrat – Schadenservice", "schaden-noreply@nordstern-versicherung.example.de",
         "utf-8:Q"),
    subject="Ihr Schadenfall HR-2026-118734: Entscheidung", date="2026-04-28 15:55",
    html=ats_card("Nordstern Versicherung", [
        "Sehr geehrte Frau Vasquez-Halvorsen,",
        "wir haben Ihre Schadenmeldung vom 14. April 2026 (Fahrraddiebstahl aus dem "
        "Gemeinschaftskeller) geprüft.",
        "Leider können wir den Schaden nicht übernehmen: Nach Ihren Angaben war das Fahrrad nicht "
        "angeschlossen, und der Keller war frei zugänglich. Damit liegt nach § 5 unserer "
        "Bedingungen kein versicherter Einbruchdiebstahl vor.",
        "Sie können der Entscheidung innerhalb von vier Wochen widersprechen.",
        "Mit freundlichen Grüßen\nIhr Schadenservice",
    ], accent="#1a237e", footer=["Nordstern Versicherung AG · Hamburg",
                                 "Diese Nachricht wurde automatisch erzeugt."]),
    headers=[("Auto-Submitted", "auto-generated")],
))

add(M(
    kind="other", name="sports_club_training_cancelled", lang="de", company="",
    contact="bjoern.sass@tsv-winterhude.example.de",
    frm=("Björn Saß", "bjoern.sass@tsv-winterhude.example.de", "iso-8859-1:Q"),
    to=[("Rudern Breitensport", "breitensport@tsv-winterhude.example.de")],
    cc=[CANDIDATE],
    subject="Rudern: Donnerstag fällt aus", subj_enc="iso-8859-1:Q",
    date="2026-08-26 19:20", charset="iso-8859-1", cte="8bit",
    headers=[("List-Id", "Breitensport Rudern <breitensport.tsv-winterhude.example.de>")],
    text=(
        "Moin zusammen,\n\n"
        "das Training am Donnerstag muss leider ausfallen - auf der Alster ist wegen der "
        "Regatta am Wochenende ab Donnerstagmittag alles gesperrt. Wir verschieben auf "
        "Freitag, 18:00 Uhr, Treffpunkt wie immer am Bootshaus.\n\n"
        "Wer Freitag nicht kann: nächste Woche geht es normal weiter.\n\n"
        "Björn\n"
    ),
))

_digest_items = [
    ("Ihre Bewerbung bei Herrenhausen Hotels: abgesagt",
     "https://www.nordjob.example.de/meine-bewerbungen/88120",
     "Status seit 25.06.: Absage erhalten"),
    ("Ihre Bewerbung bei Leinetal Shared Services: in Prüfung",
     "https://www.nordjob.example.de/meine-bewerbungen/88004",
     "Status seit 18.05.: Einladung zum Gespräch"),
    ("Neu für Sie: Finanzbuchhalter/in – Hannover-List",
     "https://www.nordjob.example.de/job/901223",
     "Vollzeit · Kreditoren, Anlagenbuchhaltung"),
]
_digest_intro = "Ihr Wochenrückblick vom 22. bis 28. Juni: Hier ist der Stand Ihrer Bewerbungen."
_digest_foot = ["Wochenrückblick abbestellen: https://www.nordjob.example.de/unsubscribe?u=4471",
                "Nordjob Media GmbH · Hamburg"]
add(M(
    kind="other", name="jobboard_weekly_status_digest", lang="de", company="", contact="",
    frm=("Nordjob", "wochenrueckblick@nordjob.example.de"),
    subject="Ihr Wochenrückblick: 1 Absage, 1 Einladung, 1 neue Stelle",
    date="2026-06-28 08:00",
    text=newsletter_text("Wochenrückblick", _digest_intro, _digest_items, _digest_foot),
    html=newsletter_html("Wochenrückblick", _digest_intro, _digest_items, _digest_foot),
    headers=_list_headers("Nordjob Wochenrueckblick <wochen.nordjob.example.de>",
                          "https://www.nordjob.example.de/unsubscribe?u=4471&l=woche",
                          "unsubscribe-4471@nordjob.example.de"),
))

# ----------------------------------------------------------------------------------- English (12)

add(M(
    kind="other", name="own_thanks_oresund", lang="en", company="", contact="",
    frm=CANDIDATE, to=[("Anders Holm", "anders.holm@oresundline.example.dk")],
    subject="Thank you for today", date="2026-03-13 17:02", id="os-thanks",
    reply=["os-invite", "os-move"],
    text=(
        "Dear Anders,\n\n"
        "thank you for the conversation this afternoon and for walking me through how the "
        "ferry ticketing revenue is reconciled. I'm very much looking forward to the next round "
        "and to meeting the rest of the team.\n\n"
        "Best regards,\nIngrid\n"
    ),
))

add(M(
    kind="other", name="own_apology_vanderlinde", lang="en", company="", contact="",
    frm=CANDIDATE, to=[("Pieter van der Linde", "pieter@vanderlinde.example.nl")],
    subject="Re: Assessment afternoon - today 13:30", date="2026-06-11 21:18", id="vl-sorry",
    reply=["vl-invite", "vl-missed"],
    text=(
        "Dear Pieter,\n\n"
        "I am so sorry about today. My train from Hamburg was cancelled at Osnabrück and my "
        "phone battery died while I was trying to rebook - by the time I could call, your "
        "office had closed.\n\n"
        "I understand if this has cost me the opportunity, but if there is any chance to "
        "reschedule the assessment, I would be very grateful.\n\n"
        + SIG_EN + "\n\n"
        + wrote_en("Thu, 11 Jun 2026 at 14:20", "Pieter van der Linde",
                   "pieter@vanderlinde.example.nl") + "\n"
        + quote("We expected you at our office at 13:30 today for the assessment afternoon.")
        + "\n"
    ),
))

_nf_items = [
    ("Accounts Payable Specialist - shipping, Copenhagen (hybrid)",
     "https://nordicfinancejobs.example.dk/j/20931", "English-speaking team · DKK 38-42k/month"),
    ("Finance Operations Analyst - insurance, Copenhagen V",
     "https://nordicfinancejobs.example.dk/j/20977", "Reconciliations, vendor master data, SAP"),
    ("Night Auditor to Finance? How three hotel staff made the switch",
     "https://nordicfinancejobs.example.dk/stories/hotel-to-finance",
     "Interview tips, the rejections they got - and what finally worked."),
    ("Shared Service Centre, Malmö - AP Associate (German speaking)",
     "https://nordicfinancejobs.example.dk/j/21004", "Cross-border commute · relocation help"),
]
_nf_foot = ["You're receiving this because you subscribed at nordicfinancejobs.example.dk.",
            "Unsubscribe: https://nordicfinancejobs.example.dk/u/ivh-77",
            "Nordic Finance Jobs ApS · Copenhagen"]
_nf_intro = "Hi Ingrid - this week's picks for finance operations roles in Copenhagen & Malmö."
add(M(
    kind="other", name="digest_nordic_finance_jobs", lang="en", company="", contact="",
    frm=("Nordic Finance Jobs Weekly", "weekly@nordicfinancejobs.example.dk"),
    subject="This week: 3 AP roles in Copenhagen + from night audit to finance",
    date="2026-03-02 07:30",
    text=newsletter_text("Nordic Finance Jobs Weekly", _nf_intro, _nf_items, _nf_foot),
    html=newsletter_html("Nordic Finance Jobs Weekly", _nf_intro, _nf_items, _nf_foot,
                         lang="en", accent="#1565c0"),
    headers=_list_headers("Nordic Finance Jobs Weekly <weekly.nordicfinancejobs.example.dk>",
                          "https://nordicfinancejobs.example.dk/u/ivh-77",
                          "unsubscribe@nordicfinancejobs.example.dk"),
))

_cs_items = [
    ("'Why are you leaving hospitality?' - five honest answers",
     "https://thecareerswitch.example.com/leaving-hospitality",
     "Interviewers ask it in the first ten minutes. Here's how to turn it into a strength."),
    ("The polite rejection decoder",
     "https://thecareerswitch.example.com/rejection-decoder",
     "'We have decided to move forward with other candidates' - what it means and what to do "
     "next."),
    ("Offer in hand? Three things to check before you sign",
     "https://thecareerswitch.example.com/before-you-sign",
     "Probation, notice period, and the clause nobody reads."),
]
_cs_foot = ["The Career Switch · every other Tuesday",
            "Unsubscribe: https://thecareerswitch.example.com/unsubscribe?e=ivh"]
_cs_intro = "Career changers get the hardest interview questions. This issue is about answering them."
add(M(
    kind="other", name="newsletter_career_switch", lang="en", company="", contact="",
    frm=("The Career Switch", "hello@thecareerswitch.example.com"),
    subject="Issue #41: the interview question every career changer dreads",
    date="2026-04-21 06:00", tz="-0400",
    text=newsletter_text("The Career Switch", _cs_intro, _cs_items, _cs_foot),
    html=newsletter_html("The Career Switch", _cs_intro, _cs_items, _cs_foot, lang="en",
                         accent="#2e7d32"),
    headers=_list_headers("The Career Switch <newsletter.thecareerswitch.example.com>",
                          "https://thecareerswitch.example.com/unsubscribe?e=ivh",
                          "unsubscribe@thecareerswitch.example.com"),
))

add(M(
    kind="other", name="ooo_harbourline_auto_reply", lang="en", company="",
    contact="sanne.degroot@harbourline.example.nl",
    frm=("Sanne de Groot | Harbourline Staffing", "sanne.degroot@harbourline.example.nl"),
    subject="Automatic reply: Interview with Dockside Mutual - Friday 10 July",
    date="2026-07-06 13:02", reply=["hl-invite", "hl-confirm"],
    text=(
        "Thank you for your email. I'm out of the office until Wednesday 8 July with limited "
        "access to email. For urgent questions about interviews or assignments, please call our "
        "office on +31 10 555 0400.\n\n"
        "Kind regards,\nSanne de Groot\n"
    ),
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
))

add(M(
    kind="other", name="pronet_search_appearances", lang="en", company="", contact="",
    frm=("ProNet", "notifications@pronet.example.com"),
    subject="You appeared in 14 searches this week", date="2026-07-12 16:00", tz="+0000",
    html=ats_card("ProNet", [
        "Hi Ingrid,",
        "You appeared in 14 searches this week. Recruiters from shipping, insurance and "
        "hospitality companies searched for skills like Accounts Payable and Reconciliation.",
        "3 new jobs match your profile, including Finance Operations Associate at a fintech in "
        "Copenhagen.",
        "Tip: members who add a profile photo get up to 9x more interview requests.",
    ], accent="#0a66c2", lang="en",
        button=("See all searches", "https://www.pronet.example.com/me/search-appearances"),
        footer=["You are receiving ProNet notification emails.",
                "Unsubscribe: https://www.pronet.example.com/e/unsub/notif-ivh"]),
    headers=[("List-Unsubscribe", "<https://www.pronet.example.com/e/unsub/notif-ivh>"),
             ("Auto-Submitted", "auto-generated")],
))

add(M(
    kind="other", name="podcast_interview_request", lang="en", company="",
    contact="maya@secondactcareers.example.com",
    frm=("Maya Okafor", "maya@secondactcareers.example.com"),
    subject="Podcast interview? Second Act Careers", date="2026-10-01 10:15", tz="+0100",
    text=(
        "Hi Ingrid,\n\n"
        "I host Second Act Careers, a podcast about people who change careers after 30. I read "
        "your comment under the ProNet post about night auditors moving into finance and "
        "would love to have you on the show.\n\n"
        "It's a relaxed 40-minute interview, recorded remotely - you'd only need headphones. "
        "We're booking recordings for late October and November.\n\n"
        "Would you be interested?\n\n"
        "Maya Okafor\nHost & Producer, Second Act Careers (London)\n"
    ),
))

add(M(
    kind="other", name="user_research_hirely", lang="en", company="", contact="",
    frm=("Hirely Research", "research@hirely.example.com"),
    subject="Share your job search story - 45 min interview, EUR 40 voucher",
    date="2026-08-18 14:30", tz="+0000",
    text=(
        "Hi Ingrid,\n\n"
        "You've applied to several roles through Hirely this year. Our product team would love "
        "to learn about your experience - what worked, what was confusing, and how you keep "
        "track of interviews and replies.\n\n"
        "We're running 45-minute research interviews over video between 24 August and 4 "
        "September. As a thank you, you'll receive a EUR 40 voucher.\n\n"
        "Book a session: https://hirely.example.com/research/book?c=js26\n\n"
        "This is not a job interview and has no effect on your applications.\n\n"
        "The Hirely Research Team\n"
    ),
    headers=_list_headers("Hirely Research <research.hirely.example.com>",
                          "https://hirely.example.com/unsubscribe?r=ivh",
                          "unsubscribe@hirely.example.com"),
))

add(M(
    kind="other", name="parcel_delayed_unfortunately", lang="en", company="", contact="",
    frm=("ParcelWay", "updates@parcelway.example.com"),
    subject="Unfortunately, your parcel is delayed", date="2026-05-28 07:05", tz="+0000",
    text=(
        "Hi Ingrid,\n\n"
        "Unfortunately your parcel PW-55-8820-1934 from Copenhagen is delayed due to a "
        "capacity issue at our Padborg hub. New estimated delivery: Monday, 1 June.\n\n"
        "No action is needed. Track your parcel: https://parcelway.example.com/t/PW5588201934\n\n"
        "ParcelWay\n"
    ),
    headers=[("Auto-Submitted", "auto-generated")],
))

add(M(
    kind="other", name="friend_own_rejection_copenhagen", lang="en", company="",
    contact="astrid.kjaer@example.dk",
    frm=("Astrid Kjær", "astrid.kjaer@example.dk", "iso-8859-1:B"),
    subject="Fwd: Your application", date="2026-03-27 22:40",
    text=(
        "Ingrid,\n\n"
        "look what landed in my inbox tonight. Third one this month. I'm starting to think "
        "nobody in this city wants a former ferry purser in accounts 😩 How did your Øresund "
        "interview go? Tell me you got further than me.\n\n"
        "A.\n\n"
        + forwarded("en", "Karlsen Group Recruitment <noreply@karlsen-group.example.dk>",
                    "Fri, 27 Mar 2026 at 18:02", "Your application",
                    "Astrid Kjær <astrid.kjaer@example.dk>",
                    "Dear Astrid,\n\nThank you for your application for the Accounts Assistant "
                    "role. Unfortunately we will not be taking your application further.\n\n"
                    "Karlsen Group Recruitment")
    ),
))

add(M(
    kind="other", name="headhunter_cold_approach", lang="en", company="",
    contact="oliver.grant@northbridge-search.example.co.uk",
    frm=("Oliver Grant", "oliver.grant@northbridge-search.example.co.uk"),
    subject="Finance operations - open to a conversation?", date="2026-09-08 09:55", tz="+0100",
    text=(
        "Hi Ingrid,\n\n"
        "I lead the finance operations practice at Northbridge Search. Your profile came up "
        "while I was mapping multilingual AP talent in northern Europe - German, Spanish, "
        "English and French is a rare combination.\n\n"
        "I don't have a specific vacancy to put in front of you today, but several of my clients "
        "are building shared service centres in Rotterdam and Lisbon next year. Would you be "
        "open to a 15-minute introductory call sometime?\n\n"
        "Best,\nOliver Grant\nPrincipal, Northbridge Search Ltd\n+44 20 5550 3381\n"
    ),
))

add(M(
    kind="other", name="academy_programme_not_admitted", lang="en", company="", contact="",
    frm=("Copenhagen Business Academy Admissions", "admissions-noreply@cphba.example.dk"),
    subject="Your application for AP Degree in Financial Management", date="2026-07-28 12:00",
    text=(
        "Dear Ingrid Vasquez-Halvorsen,\n\n"
        "Thank you for applying for the AP Degree Programme in Financial Management, starting "
        "September 2026.\n\n"
        "We regret to inform you that we are unable to offer you a study place. The number of "
        "qualified applicants exceeded the places available, and your application did not meet "
        "the admission threshold in the English-language quota.\n\n"
        "You can apply again in the next admission round, which opens in February 2027.\n\n"
        "Kind regards,\nAdmissions Office\nCopenhagen Business Academy\n"
    ),
    headers=[("Auto-Submitted", "auto-generated")],
))

# ----------------------------------------------------------------------------------- French (6)

add(M(
    kind="other", name="own_application_delattre_cv", lang="fr", company="", contact="",
    frm=CANDIDATE, to=[("Recrutement Cabinet Delattre", "recrutement@delattre.example.fr")],
    subject="Candidature – Assistante comptable fournisseurs (H/F)", subj_enc="utf-8:Q",
    date="2026-05-04 19:20", id="dl-apply",
    text=(
        "Madame, Monsieur,\n\n"
        "Je me permets de vous adresser ma candidature au poste d'Assistante comptable "
        "fournisseurs publié sur votre site. Auditrice de nuit dans un hôtel de Hambourg depuis "
        "quatre ans, je réalise chaque nuit la clôture journalière et le rapprochement des "
        "caisses, et j'ai obtenu l'an dernier un certificat en comptabilité générale.\n\n"
        "Je serais ravie de vous présenter ma motivation lors d'un entretien.\n\n"
        + SIG_FR + "\n"
    ),
    atts=[pdf("CV_Ingrid_Vasquez-Halvorsen.pdf", [
        "Ingrid Vasquez-Halvorsen - Curriculum vitae",
        "Auditrice de nuit, Hotel am Mühlenkamp, Hambourg (depuis 2022)",
        "Certificat comptabilité générale (IHK), 2025",
        "Langues : allemand, espagnol, anglais, français (B2)",
    ], title="CV")],
))

_ae_items = [
    ("Comptable fournisseurs H/F – Lille Euralille",
     "https://www.emploinord.example.fr/offre/7781234",
     "CDI · 28-32 k€ · cabinet d'expertise comptable"),
    ("Assistant(e) comptable – groupe hôtelier, Lille",
     "https://www.emploinord.example.fr/offre/7781301",
     "CDI · anglais apprécié · saisie et lettrage"),
    ("Gestionnaire comptabilité fournisseurs – assurance, Villeneuve-d'Ascq",
     "https://www.emploinord.example.fr/offre/7781355",
     "CDD 6 mois · débutant accepté"),
    ("Conseil : relancer après un entretien sans réponse",
     "https://www.emploinord.example.fr/conseils/relance-entretien",
     "Quand et comment relancer un recruteur – et quoi faire d'un refus."),
]
_ae_foot = ["Vous recevez cette alerte car vous l'avez créée sur emploinord.example.fr.",
            "Se désabonner : https://www.emploinord.example.fr/alertes/stop?id=ivh55",
            "EmploiNord SAS · Lille"]
_ae_intro = "Bonjour Ingrid, voici les nouvelles offres pour votre alerte « comptabilité fournisseurs, Lille »."
add(M(
    kind="other", name="alerte_emploi_lille", lang="fr", company="", contact="",
    frm=("EmploiNord Alertes", "alertes@emploinord.example.fr"),
    subject="3 nouvelles offres : comptabilité fournisseurs à Lille", subj_enc="iso-8859-1:Q",
    date="2026-05-06 06:45",
    text=newsletter_text("Alerte emploi", _ae_intro, _ae_items, _ae_foot),
    html=newsletter_html("Alerte emploi", _ae_intro, _ae_items, _ae_foot, lang="fr",
                         accent="#ad1457"),
    headers=_list_headers("EmploiNord Alertes <alertes.emploinord.example.fr>",
                          "https://www.emploinord.example.fr/alertes/stop?id=ivh55",
                          "desabonnement@emploinord.example.fr"),
))

add(M(
    kind="other", name="banque_rendez_vous_conseiller", lang="fr", company="", contact="",
    frm=("Caisse Flamande", "ne-pas-repondre@caisse-flamande.example.fr"),
    subject="Confirmation de votre rendez-vous avec votre conseiller", date="2026-06-29 10:20",
    charset="iso-8859-1", cte="quoted-printable",
    text=(
        "Bonjour Madame Vasquez-Halvorsen,\n\n"
        "Nous vous confirmons votre rendez-vous pour l'ouverture d'un compte de non-résident :\n\n"
        "Date : jeudi 9 juillet 2026 à 11h30\n"
        "Agence : Lille Grand Place, 4 rue Neuve\n"
        "Conseillère : Madame Dewitte\n\n"
        "Pensez à apporter une pièce d'identité et un justificatif de domicile. En cas "
        "d'empêchement, merci de modifier ou d'annuler votre rendez-vous depuis votre espace "
        "client.\n\n"
        "La Caisse Flamande\n\n"
        "Ce message est envoyé automatiquement, merci de ne pas y répondre.\n"
    ),
    headers=[("Auto-Submitted", "auto-generated")],
))

add(M(
    kind="other", name="admission_dcg_refus", lang="fr", company="", contact="",
    frm=("ISG Lille – Admissions", "admissions@isg-lille.example.fr", "utf-8:B"),
    subject="Résultat de votre candidature – DCG en alternance", subj_enc="utf-8:B",
    date="2026-06-12 16:00",
    html=ats_card("ISG Lille – Admissions", [
        "Madame,",
        "Nous avons examiné votre dossier de candidature au Diplôme de Comptabilité et de "
        "Gestion (DCG) en alternance, rentrée de septembre 2026.",
        "Nous sommes au regret de vous informer que la commission pédagogique a émis un avis "
        "défavorable : votre niveau de français écrit ne correspond pas encore au niveau C1 "
        "requis pour ce cursus.",
        "Nous vous invitons à renouveler votre candidature l'an prochain.",
        "Le service des admissions",
    ], accent="#37474f", lang="fr", footer=["ISG Lille · 10 rue de Valmy · 59000 Lille"]),
    headers=[("Auto-Submitted", "auto-generated")],
))

add(M(
    kind="other", name="absence_auto_reponse", lang="fr", company="",
    contact="thomas.weber@alsaceplus.example.fr",
    frm=("Thomas Weber", "thomas.weber@alsaceplus.example.fr"),
    subject="Réponse automatique : Re: Entretien chez notre client Brasseries de l'Ill",
    date="2026-09-02 08:01", reply=["ap-invite", "ap-confirm"],
    text=(
        "Bonjour,\n\n"
        "Je suis absent de l'agence jusqu'au lundi 7 septembre inclus. Pour toute question "
        "urgente concernant une mission ou un entretien, merci de contacter l'agence au "
        "03 88 55 50 60.\n\n"
        "Cordialement,\nThomas Weber\n"
    ),
    headers=[("Auto-Submitted", "auto-replied")],
))

add(M(
    kind="other", name="agence_immobiliere_dossier_refuse", lang="fr", company="",
    contact="c.leroy@immo-vieux-lille.example.fr",
    frm=("Camille Leroy", "c.leroy@immo-vieux-lille.example.fr"),
    subject="Votre candidature pour le T2 rue de la Monnaie", date="2026-07-21 17:40",
    text=(
        "Bonjour Madame Vasquez-Halvorsen,\n\n"
        "Je vous remercie d'avoir visité l'appartement T2 de la rue de la Monnaie et de nous "
        "avoir transmis votre dossier.\n\n"
        "Le propriétaire a malheureusement retenu une autre candidature : il souhaitait un "
        "locataire déjà en poste en France avec un garant français. Je suis désolée de ne pas "
        "pouvoir vous donner une réponse favorable.\n\n"
        "Je garde votre dossier et vous recontacte si un bien similaire se libère dans le "
        "Vieux-Lille.\n\n"
        "Camille Leroy\n"
        "Agence Immobilière du Vieux-Lille\n"
        "03 20 55 50 77\n"
        + "\n" + ecrit_fr("mar. 14 juil. 2026 à 09:12", CANDIDATE_NAME, CANDIDATE_ADDR) + "\n"
        + quote("Bonjour Madame Leroy,\n\nVeuillez trouver ci-joint mon dossier complet pour "
                "l'appartement. Je commence un nouveau poste à Lille à l'automne.\n\n"
                "Bien cordialement,\nIngrid Vasquez-Halvorsen") + "\n"
    ),
))

# ----------------------------------------------------------------------------------- Spanish (8)

add(M(
    kind="other", name="own_reschedule_request_alboran", lang="es", company="", contact="",
    frm=CANDIDATE, to=[("Carmen Ortega", "carmen.ortega@alboran-hoteles.example.es")],
    subject="Cambio de fecha de la entrevista", date="2026-04-22 19:04", id="al-ask",
    reply=["al-invite"],
    text=(
        "Hola Carmen:\n\n"
        "Muchas gracias por la invitación. El martes 28 tengo turno de noche hasta las 7:00 y "
        "llegar a Málaga a las 10:00 me resulta imposible. ¿Sería posible cambiar la entrevista "
        "al jueves 30?\n\n"
        + SIG_ES + "\n"
    ),
))

_ea_items = [
    ("Técnico/a de Cuentas a Pagar – Málaga (Teatinos)",
     "https://www.empleosur.example.es/oferta/662301",
     "Indefinido · 24.000-27.000 € · SAP valorado"),
    ("Administrativo/a contable con alemán – Marbella",
     "https://www.empleosur.example.es/oferta/662377",
     "Inmobiliaria internacional · jornada completa"),
    ("Contable de proveedores – cadena hotelera, Torremolinos",
     "https://www.empleosur.example.es/oferta/662412",
     "Incorporación inmediata · turno de mañana"),
    ("Guía: qué hacer tras una entrevista sin respuesta",
     "https://www.empleosur.example.es/consejos/tras-la-entrevista",
     "Cuánto esperar, cómo escribir al reclutador y cómo encajar un rechazo."),
]
_ea_foot = ["Recibes esta alerta porque la creaste en empleosur.example.es.",
            "Darse de baja: https://www.empleosur.example.es/alertas/baja?id=ivh9",
            "EmpleoSur, S.L. · Sevilla"]
_ea_intro = "Hola Ingrid, tenemos 3 ofertas nuevas para tu alerta «contabilidad, Málaga»."
add(M(
    kind="other", name="alertas_empleo_malaga", lang="es", company="", contact="",
    frm=("EmpleoSur Alertas", "alertas@empleosur.example.es"),
    subject="3 nuevas ofertas de contabilidad en Málaga", date="2026-04-09 07:15",
    text=newsletter_text("Alertas de empleo", _ea_intro, _ea_items, _ea_foot),
    html=newsletter_html("Alertas de empleo", _ea_intro, _ea_items, _ea_foot, lang="es",
                         accent="#00838f"),
    cte="base64",
    headers=_list_headers("EmpleoSur Alertas <alertas.empleosur.example.es>",
                          "https://www.empleosur.example.es/alertas/baja?id=ivh9",
                          "baja@empleosur.example.es"),
))

_ec_items = [
    ("Cómo preparar una entrevista por competencias",
     "https://www.empleosur.example.es/blog/entrevista-competencias",
     "El método STAR explicado con ejemplos reales de administración y finanzas."),
    ("«Hemos decidido seguir con otros candidatos»: cómo pedir feedback",
     "https://www.empleosur.example.es/blog/pedir-feedback",
     "Una plantilla breve para responder a un rechazo sin quemar puentes."),
    ("De la recepción del hotel al departamento financiero",
     "https://www.empleosur.example.es/blog/hotel-a-finanzas",
     "Tres historias de cambio de carrera en la Costa del Sol."),
]
_ec_foot = ["Boletín quincenal de EmpleoSur.",
            "Darse de baja: https://www.empleosur.example.es/boletin/baja?id=ivh9"]
_ec_intro = "En este número: entrevistas por competencias y cómo responder a un «no»."
add(M(
    kind="other", name="boletin_entrevista_competencias", lang="es", company="", contact="",
    frm=("Boletín EmpleoSur", "boletin@empleosur.example.es"),
    subject="Cómo preparar una entrevista por competencias", subj_enc="iso-8859-1:Q",
    date="2026-05-21 08:00",
    html=newsletter_html("Boletín EmpleoSur", _ec_intro, _ec_items, _ec_foot, lang="es"),
    headers=_list_headers("Boletin EmpleoSur <boletin.empleosur.example.es>",
                          "https://www.empleosur.example.es/boletin/baja?id=ivh9",
                          "baja@empleosur.example.es"),
))

add(M(
    kind="other", name="pedido_retrasado", lang="es", company="", contact="",
    frm=("Tienda Alborada", "pedidos@tienda-alborada.example.es"),
    subject="Lamentablemente, tu pedido se retrasa", date="2026-09-03 12:25",
    text=(
        "Hola Ingrid:\n\n"
        "Lamentablemente, tu pedido n.º 48211 (diccionario bilingüe alemán-español y funda de "
        "portátil) sufrirá un retraso. Uno de los artículos no ha llegado a tiempo a nuestro "
        "almacén de Antequera.\n\n"
        "Nueva fecha estimada de envío: 10 de septiembre. Si prefieres cancelar el pedido, "
        "puedes hacerlo sin coste desde tu cuenta.\n\n"
        "Disculpa las molestias,\nEl equipo de Tienda Alborada\n"
    ),
    headers=[("Auto-Submitted", "auto-generated")],
))

add(M(
    kind="other", name="amiga_su_rechazo", lang="es", company="",
    contact="marta.velasco@example.es",
    frm=("Marta Velasco", "marta.velasco@example.es"),
    subject="Me han dicho que no 😞", date="2026-05-14 23:02",
    charset="iso-8859-1", cte="quoted-printable",
    text=(
        "Hola guapa:\n\n"
        "Al final me ha llegado el correo del banco: no me cogen para el puesto de tesorería. "
        "Después de tres entrevistas, ¡tres! Me dicen que buscaban a alguien con más "
        "experiencia en gestión de riesgos.\n\n"
        "Bueno, ¿y tú? ¿Ya sabes algo de los hoteles de Málaga? Si te vienes a vivir aquí "
        "por fin tendré con quién ir a la playa.\n\n"
        "Besos,\nMarta\n"
    ),
    subj_enc="utf-8:B",
))

add(M(
    kind="other", name="headhunter_contacto_sin_oferta", lang="es", company="",
    contact="javier.soto@costa-talent.example.es",
    frm=("Javier Soto", "javier.soto@costa-talent.example.es"),
    subject="Tu perfil en finanzas - ¿hablamos?", date="2026-07-30 10:40",
    text=(
        "Hola Ingrid:\n\n"
        "Soy Javier Soto, consultor de Costa Talent, una boutique de selección especializada en "
        "finanzas en la Costa del Sol. He visto tu perfil y me ha llamado la atención tu "
        "combinación de idiomas y tu experiencia con cierres diarios.\n\n"
        "Ahora mismo no tengo una vacante concreta para ti, pero me encantaría conocerte y "
        "tenerte en cuenta para los procesos que abriremos en otoño. ¿Te apetece que hablemos "
        "diez minutos por teléfono?\n\n"
        "Un saludo,\nJavier Soto\nCosta Talent · Málaga · +34 952 55 50 44\n"
    ),
))

add(M(
    kind="other", name="master_no_admitida", lang="es", company="", contact="",
    frm=("Universidad de la Costa · Admisiones", "admisiones@ucosta.example.es", "iso-8859-1:Q"),
    subject="Resolución de admisión: Máster en Dirección Financiera", subj_enc="iso-8859-1:B",
    date="2026-07-10 09:00",
    text=(
        "Estimada Ingrid Vasquez-Halvorsen:\n\n"
        "Le comunicamos la resolución de su solicitud de admisión al Máster Universitario en "
        "Dirección Financiera (curso 2026-2027).\n\n"
        "Estado: NO ADMITIDA. Su solicitud ha quedado en lista de espera en la posición 17. El "
        "número de plazas ofertadas es de 40 y la nota de corte ha sido 7,85.\n\n"
        "Podrá consultar la evolución de la lista de espera en la sede electrónica.\n\n"
        "Servicio de Admisiones\nUniversidad de la Costa\n"
    ),
    charset="iso-8859-1", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
))

add(M(
    kind="other", name="inmobiliaria_cambio_visita_piso", lang="es", company="",
    contact="lorena@inmo-malagueta.example.es",
    frm=("Lorena Campos", "lorena@inmo-malagueta.example.es"),
    subject="Cambio de hora: visita al piso de calle Cervantes", date="2026-05-08 13:50",
    text=(
        "Hola Ingrid:\n\n"
        "Te escribo porque el propietario no puede estar mañana a las 11:00. ¿Te viene bien "
        "cambiar la visita del piso de calle Cervantes a las 17:30? Está a cinco minutos de la "
        "playa de la Malagueta, como te comenté.\n\n"
        "Si no te encaja, dime otra hora y lo organizamos.\n\n"
        "Un saludo,\nLorena Campos\nInmobiliaria La Malagueta\n"
    ),
))
