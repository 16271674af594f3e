"""Corpus 279, kinds `interview_invitation` (26), `interview_reschedule_or_cancel` (15) and
`missed_interview_notice` (10): hand-written messages."""

from __future__ import annotations

from msgs279_acks import DISCLAIMER_DE, DISCLAIMER_FR, PHARMAPERSONAL, TALENTSTEG
from msgs279_common import (
    CAND,
    CAND_SIG_DE,
    ats_card,
    outlook_block,
    outlook_html,
    reply_quote,
    simple_html,
)
from msgs279_other import (
    AAREWERK_HR,
    CASTELLANA_RECRUITER,
    DREISPITZ_LEAD,
    HEILMITTEL_HR,
    ILLBERG_DRH,
    LIMMAT_RECRUITER,
    NAVIGLI_RECRUITER,
    RHEINFELD_RECRUITER,
    THURVAL_RECRUITER,
)

MESSAGES: list[dict] = []


def add(**spec: object) -> dict:
    MESSAGES.append(spec)
    return spec


INV = "interview_invitation"
MOVE = "interview_reschedule_or_cancel"
MISSED = "missed_interview_notice"

BREISGAU_RECRUITER = ("Jana Ebner", "jana.ebner@breisgau-pharma.example.de")
KLYBECK_RECRUITER = ("Sophie Marchal", "sophie.marchal@klybeck.example.ch")
ALSACIA_RECRUITER = ("Camille Gross", "camille.gross@alsacia-clinical.example.fr")
PHARMALYS_HR = ("Sophie Dubois-Ketterer", "s.dubois-ketterer@pharmalys.example.ch")
RHIN_INTERIM = ("Kevin Schmitt", "kevin.schmitt@rhin-interim-sante.example.fr")
MANZANARES = ("Javier Ortega", "javier.ortega@ecmanzanares.example.es")
TALENTO = ("Pablo Requena", "pablo.requena@talentofarma.example.es")

# ==================================================================== interview_invitation (de)

_t = """Sehr geehrte Frau Akande-Rossi

Vielen Dank für Ihre Bewerbung als Regulatory Affairs Assistant. Ihr Profil hat uns
angesprochen, und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Gespräch ein:
Donnerstag, 26. Februar 2026, 14:00–15:00 Uhr
Rheinfeld Pharma AG, Grenzacherstrasse 301, Bau 12, 3. Stock, 4058 Basel
Gesprächspartner: Dr. Lukas Imhof (Head Regulatory Affairs CH) und ich

Eine Kalendereinladung ist beigefügt. Bitte melden Sie sich am Empfang von Bau 12 und nehmen
Sie einen amtlichen Ausweis mit. Geben Sie mir bitte kurz Bescheid, ob der Termin passt.

Freundliche Grüsse

Corinne Stähelin
Talent Acquisition Partner
Rheinfeld Pharma AG
Grenzacherstrasse 301, 4058 Basel
Tel. +41 61 555 43 87

""" + DISCLAIMER_DE
add(kind=INV, slug="panel_invite_ics_rheinfeld", lang="de", id="t1_invite",
    company="Rheinfeld Pharma", frm=RHEINFELD_RECRUITER,
    subject="Einladung zum Vorstellungsgespräch – Regulatory Affairs Assistant",
    date="2026-02-17 10:48", text=_t, html=outlook_html(_t),
    ics={"uid": "rf-ra-20417-akande@rheinfeld-pharma.example.ch", "seq": 0,
             "start": "2026-02-26 14:00", "end": "2026-02-26 15:00",
             "summary": "Vorstellungsgespräch Sibylle Akande-Rossi – RA Assistant",
             "location": "Rheinfeld Pharma, Bau 12, Sitzungszimmer 3.14",
             "organizer": RHEINFELD_RECRUITER})

add(kind=INV, slug="agency_sets_up_client_ergolz", lang="de", id="t6_invite", re="t6_reg",
    company="Ergolz Generika", frm=PHARMAPERSONAL,
    subject="Vorstellungsgespräch bei Ergolz Generika in Liestal",
    date="2026-01-21 13:05",
    text="""Liebe Frau Akande-Rossi

Wie heute Morgen telefonisch angekündigt: Ergolz Generika möchte Sie für die Stelle als
Sachbearbeiterin Zulassung (60 %) kennenlernen!

Termin: Donnerstag, 29. Januar 2026, 09:30 Uhr
Ort: Ergolz Generika AG, Kasernenstrasse 8, 4410 Liestal (Empfang im Erdgeschoss)
Gesprächspartner: Frau Dr. Irene Tanner, Leiterin Zulassung, und Herr Pascal Keller, HR

Bitte bestätigen Sie mir den Termin kurz per Mail. Am Vortag rufe ich Sie gern noch an, um das
Gespräch gemeinsam vorzubereiten.

Freundliche Grüsse

Simon Gysin
Senior Consultant Life Sciences
PharmaPersonal Nordwest AG, Steinentorstrasse 35, 4051 Basel
T +41 61 555 36 80""")

add(kind=INV, slug="cantonal_panel_ics_attached", lang="de", id="t11_invite", re="t11_ack",
    company="Heilmittelinspektorat Nordwestschweiz", frm=HEILMITTEL_HR,
    subject="Einladung zum Vorstellungsgespräch (Ref. HNW-2026-014)",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-02-27 15:30", cs="iso-8859-1", cte="quoted-printable",
    text="""Sehr geehrte Frau Akande-Rossi

Die Auswahlkommission hat Ihre Bewerbung geprüft und lädt Sie zu einem Vorstellungsgespräch
ein.

Datum: Mittwoch, 11. März 2026
Zeit: 09:00 bis ca. 10:15 Uhr (inkl. schriftlicher Kurzaufgabe von 20 Minuten)
Ort: Rheinstrasse 29, 4410 Liestal, Sitzungszimmer 2.07
Kommission: Dr. Ursula Brodbeck (Leiterin Inspektorat), Marco Wirz (Inspektor GMP),
Beat Sutter (Personaldienst)

Im Anhang finden Sie die Terminanfrage für Ihren Kalender. Reisekosten werden nicht vergütet.

Freundliche Grüsse

Beat Sutter
Personaldienst
Heilmittelinspektorat Nordwestschweiz
Tel. +41 61 555 98 14""",
    ics_where="attach",
    ics={"uid": "hnw-2026-014-akande@heilmittel-nw.example.ch", "seq": 0,
             "start": "2026-03-11 09:00", "end": "2026-03-11 10:15",
             "summary": "Vorstellungsgespräch HNW-2026-014",
             "location": "Rheinstrasse 29, Liestal, Sitzungszimmer 2.07",
             "organizer": HEILMITTEL_HR})

_t = """Hallo Frau Akande-Rossi,

herzlichen Glückwunsch – Sie haben die erste Runde erfolgreich gemeistert! Wir möchten Sie
gerne zu unserem Assessment-Center für die Stelle Regulatory Affairs Associate (m/w/d)
einladen.

Wann: Dienstag, 31. März 2026, 09:00 bis ca. 15:00 Uhr
Wo: Breisgau Pharma GmbH, Hermann-Mitsch-Strasse 9, 79108 Freiburg im Breisgau
Ablauf: Fallstudie zu einer Variation Typ IB, Gruppenübung, Einzelinterview mit der
Fachabteilung; Mittagessen in unserer Kantine

Bitte bestätigen Sie Ihre Teilnahme über den Button unten oder antworten Sie direkt auf diese
E-Mail. Reisekosten erstatten wir Ihnen gerne (2. Klasse).

Viele Grüsse
Jana Ebner
Recruiting | Breisgau Pharma GmbH"""
add(kind=INV, slug="assessment_centre_via_softgarden", lang="de", id="t8_invite",
    re="t8_ack", company="Breisgau Pharma",
    frm=("Jana Ebner via softgarden", "noreply@softgarden.io"), rt=BREISGAU_RECRUITER,
    subject="Einladung zum Assessment-Center am 31. März",
    date="2026-03-16 14:20", text=_t,
    html=ats_card("Breisgau Pharma", "#7b1fa2", _t,
                  ("Teilnahme bestätigen", "https://breisgau-pharma.softgarden.io/ac/confirm/8812"),
                  "Gesendet über softgarden im Auftrag von Breisgau Pharma GmbH"))

add(kind=INV, slug="trial_day_invite_aarewerk", lang="de", id="t5_invite", re="t5_ack",
    company="Aarewerk Biotech", frm=AAREWERK_HR,
    subject="Lust auf einen Schnuppertag bei uns?",
    date="2026-05-13 09:12",
    text="""Hallo Sibylle

Danke nochmals für das gute Videogespräch letzte Woche! Wir würden dich gerne besser
kennenlernen und laden dich zu einem Schnuppertag in unser Regulatory-Team ein – am
Mittwoch, 27. Mai, von 8:30 bis ca. 16 Uhr in Aarau.

Du begleitest Luca bei der Vorbereitung eines Zulassungsgesuchs, isst mit dem Team zu Mittag
und hast am Nachmittag ein Gespräch mit unserer Teamleiterin Martina. Den Tag entschädigen
wir dir selbstverständlich.

Passt dir das? Ein kurzes Ja genügt, dann schicke ich dir alle Details.

Liebe Grüsse
Nadja
People & Culture | Aarewerk Biotech AG""")

add(kind=INV, slug="casual_are_you_free_thursday_sihlpoint", lang="de", id="sihl_invite",
    company="Sihlpoint Regulatory Consulting",
    frm=("Mirjam Bosshard", "mirjam@sihlpoint.example.ch"),
    subject="Kurzer Call am Donnerstag?",
    date="2026-08-04 17:51",
    text="""Hoi Sibylle

Danke für deine Bewerbung, die hat uns richtig Freude gemacht! Hättest du am Donnerstag
Zeit für einen lockeren Videocall, so 30 Minuten? Ich würde dir gerne erzählen, was wir bei
Sihlpoint machen, und mehr über deinen Weg von der Apotheke Richtung RA hören.

Ich könnte um 12:15 oder ab 17 Uhr. Schick mir einfach, was dir besser passt, dann kommt ein
Link.

Bis bald
Mirjam

Mirjam Bosshard | Managing Partner
Sihlpoint Regulatory Consulting GmbH, Sihlquai 131, 8005 Zürich""")

add(kind=INV, slug="phone_screen_request_schlossberg", lang="de", id="sb_invite",
    company="Klinikum Schlossberg",
    frm=("Tobias Rieger", "tobias.rieger@klinikum-schlossberg.example.de"),
    subject="Ihre Bewerbung als Dokumentationsmanagerin – Telefoninterview",
    date="2026-05-05 11:24",
    text="""Sehr geehrte Frau Akande-Rossi,

vielen Dank für Ihre Bewerbung als Dokumentationsmanagerin in unserer Klinikapotheke. Gerne
würden wir in einem ersten telefonischen Gespräch von etwa 30 Minuten mehr über Ihre
Erfahrungen erfahren.

Passt Ihnen Dienstag, der 12. Mai, zwischen 14 und 16 Uhr? Nennen Sie mir gerne eine Uhrzeit
und die Nummer, unter der ich Sie erreiche.

Mit freundlichen Grüssen

Tobias Rieger
Personalgewinnung
Klinikum Schlossberg Freiburg
Schlossbergring 12, 79098 Freiburg im Breisgau
Telefon +49 761 555 40 12""")

add(kind=INV, slug="workday_self_scheduling_basilisk", auto=True, lang="de", id="bas_invite",
    company="Basilisk Diagnostics",
    frm=("Basilisk Diagnostics Recruiting", "basilisk@myworkday.com"),
    subject="Nächster Schritt: Bitte wählen Sie einen Interviewtermin",
    date="2026-06-10 07:02", tz="+0000",
    html=ats_card("Basilisk Diagnostics", "#b71c1c", """Guten Tag Sibylle Akande-Rossi

Wir freuen uns, Sie zum nächsten Schritt im Auswahlverfahren für die Stelle Regulatory Affairs
Assistant IVD (Job-ID JR-3391) einzuladen: ein Video-Interview von 45 Minuten mit dem
Hiring Manager.

Bitte wählen Sie über den folgenden Link einen passenden Termin zwischen dem 16. und
19. Juni. Die Einwahldaten erhalten Sie nach der Buchung automatisch.""",
        ("Termin auswählen",
         "https://basilisk.wd3.myworkday.com/careers/interview/schedule/JR-3391"),
        "Basilisk Diagnostics AG · Hochbergerstrasse 60 · 4057 Basel\n"
        "Diese E-Mail wurde automatisch versendet."))

add(kind=INV, slug="short_invite_dreispitz", lang="de", id="dreispitz_invite",
    company="Labor Dreispitz", frm=DREISPITZ_LEAD,
    subject="Gespräch Dokumentationsassistenz",
    date="2026-07-07 12:10",
    text="""Grüezi Frau Akande-Rossi

Wir würden Sie gerne kennenlernen. Geht es am Dienstag, 14. Juli, um 16 Uhr bei uns im Labor?
Adresse: Dornacherstrasse 210, 4142 Münchenstein, Eingang B.

Gruss
Martin Huber
Leiter QA, Labor Dreispitz AG""")

add(kind=INV, slug="headhunter_meeting_with_unnamed_client", lang="de", id="t14_invite",
    re="t14_cold", company="Brunner & Vogt",
    frm=("Andrea Vogt", "andrea.vogt@brunner-vogt.example.ch"),
    subject="AW: Vertraulich: Ihr Profil und eine mögliche Perspektive in Zug",
    date="2026-04-22 08:44",
    text="""Liebe Frau Akande-Rossi

Vielen Dank für das offene Gespräch am Montag. Ich habe Ihr Dossier anonymisiert vorgestellt,
und unsere Mandantin möchte Sie gerne persönlich treffen.

Vorgeschlagen wird Donnerstag, 30. April, 14:00 Uhr, in unseren Räumen an der Bahnhofstrasse 52
in Zürich. Anwesend sind der Leiter Regulatory Affairs und die HR-Verantwortliche der Firma;
ich werde das Gespräch eröffnen. Den Namen des Unternehmens nenne ich Ihnen nach Ihrer Zusage.

Freundliche Grüsse

Andrea Vogt
Partnerin, Brunner & Vogt Executive Search AG
T +41 44 555 71 30

""" + reply_quote("de", "13.04.2026 um 11:37", ("Andrea Vogt", "andrea.vogt@brunner-vogt.example.ch"),
                  """Sehr geehrte Frau Akande-Rossi
Ich bin über Ihr Profil auf einem Berufsnetzwerk auf Sie aufmerksam geworden. Für eine
Mandantin suchen wir diskret Verstärkung für das Regulatory-Affairs-Team.
Wäre ein unverbindlicher Austausch für Sie denkbar?"""))

add(kind=INV, slug="probearbeitstag_rhenus", lang="de", id="rhenus_invite",
    company="Rhenus Qualitätslabor",
    frm=("Stefanie Plattner", "stefanie.plattner@rhenus-labor.example.ch"),
    subject="Einladung zum Probearbeitstag",
    date="2026-08-10 10:37", cs="windows-1252", cte="quoted-printable",
    text="""Sehr geehrte Frau Akande-Rossi

Nach dem angenehmen Erstgespräch laden wir Sie gerne zu einem Probearbeitstag ein:
Donnerstag, 20. August 2026, 07:45–16:30 Uhr, Rhenus Qualitätslabor AG, Gasstrasse 11,
4410 Liestal.

Sie lernen unsere Freigabe- und Dokumentationsprozesse kennen und arbeiten einen Tag im Team
„Qualitätsdokumentation“ mit. Bitte bringen Sie geschlossene Schuhe mit; Labormantel und
Schutzbrille stellen wir zur Verfügung. Der Tag wird mit CHF 200 entschädigt.

Wir freuen uns auf Ihre Bestätigung.

Freundliche Grüsse
Stefanie Plattner
Leiterin Personal, Rhenus Qualitätslabor AG
Tel. +41 61 555 11 46""")

_t = """Guten Tag Sibylle

Vielen Dank für Ihre Bewerbung bei Limmat Therapeutics. Wir würden Sie gerne zu einem ersten
Gespräch mit mir und unserer Teamleiterin Regulatory, Dr. Nina Vögeli, einladen.

Donnerstag, 25. Juni 2026, 10:00–10:45 Uhr (Video, Google Meet)
Link: https://meet.example.com/lmt-ra-akande

Die Einladung liegt als Kalendereintrag bei. Falls der Termin nicht passt, antworten Sie einfach
auf diese E-Mail.

Beste Grüsse
Reto Caflisch
Talent Partner, Limmat Therapeutics"""
add(kind=INV, slug="ashby_interview_invite_limmat", lang="de", id="t10_invite", re="t10_ack",
    company="Limmat Therapeutics",
    frm=("Reto Caflisch via Ashby", "no-reply@ashbyhq.com"), rt=LIMMAT_RECRUITER,
    subject="Einladung zum Gespräch – Junior Regulatory Affairs Specialist",
    date="2026-06-17 14:40", text=_t, html=simple_html(_t),
    ics={"uid": "ashby-lmt-7f2c1e@ashbyhq.com", "seq": 0,
             "start": "2026-06-25 10:00", "end": "2026-06-25 10:45",
             "summary": "Limmat Therapeutics – Gespräch mit Sibylle Akande-Rossi",
             "location": "https://meet.example.com/lmt-ra-akande",
             "organizer": LIMMAT_RECRUITER})

AARENAU_HR = ("Monika Hächler", "monika.haechler@gz-aarenau.example.ch")
_old1 = """Guten Tag Frau Akande-Rossi

Besten Dank für Ihre Bewerbung als Assistentin Arzneimittelsicherheit. Ihre Unterlagen sind
bei uns eingegangen. Wir prüfen das Dossier und melden uns in zwei bis drei Wochen.

Freundliche Grüsse
Monika Hächler, HR Gesundheitszentrum Aarenau"""
_old2 = """Liebe Frau Hächler

Vielen Dank für die Eingangsbestätigung. Darf ich fragen, ob die Stelle auch zu 70 % möglich
wäre? Ich pendle aus Basel und würde gerne einen Tag pro Woche im Homeoffice arbeiten, falls
das bei Ihnen überhaupt ein Thema ist.

""" + CAND_SIG_DE
_t = """Liebe Frau Akande-Rossi

Entschuldigen Sie die etwas späte Antwort. Ein Pensum von 70 % ist grundsätzlich möglich,
Homeoffice allerdings nur vereinzelt. Das besprechen wir gerne persönlich: Wir laden Sie zu
einem Vorstellungsgespräch am Donnerstag, 17. September, um 13:30 Uhr ein, bei uns im Haus C,
2. Stock (Buchserstrasse 30, 5000 Aarau). Dabei sind Frau Dr. Gisler (Chefapothekerin) und ich.

Bitte bestätigen Sie mir den Termin.

Freundliche Grüsse
Monika Hächler
HR-Business-Partnerin
Gesundheitszentrum Aarenau, Buchserstrasse 30, 5000 Aarau
062 555 73 20

""" + outlook_block("de", CAND, "Mittwoch, 2. September 2026 21:14", AARENAU_HR,
                    "AW: Ihre Bewerbung als Assistentin Arzneimittelsicherheit", _old2) + """

""" + outlook_block("de", AARENAU_HR, "Montag, 31. August 2026 09:02", CAND,
                    "Ihre Bewerbung als Assistentin Arzneimittelsicherheit", _old1)
add(kind=INV, slug="invite_after_long_outlook_chain_aarenau", lang="de", id="aarenau_invite",
    company="Gesundheitszentrum Aarenau", frm=AARENAU_HR,
    subject="AW: AW: Ihre Bewerbung als Assistentin Arzneimittelsicherheit",
    date="2026-09-08 16:26", text=_t, html=outlook_html(_t))

# ==================================================================== interview_invitation (fr)

add(kind=INV, slug="entretien_telephonique_thurval", lang="fr", id="t3_invite", re="t3_apply",
    company="Laboratoires Thurval", frm=THURVAL_RECRUITER,
    subject="RE: Candidature – Assistante affaires réglementaires (CDI, Mulhouse)",
    date="2026-01-20 14:02",
    text="""Bonjour Madame Akande-Rossi,

Merci pour votre candidature, qui a retenu notre attention. Je vous propose un premier
entretien téléphonique d'une vingtaine de minutes afin de faire connaissance et de vous
présenter le poste.

Seriez-vous disponible le mardi 27 janvier à 11h00 ? Si ce créneau ne vous convient pas,
n'hésitez pas à m'en proposer un autre cette semaine-là.

Bien cordialement,
Amandine Koehler
Chargée de recrutement – Laboratoires Thurval
18 rue de l'Industrie, 68200 Mulhouse – 03 89 55 70 14

""" + reply_quote("fr", "lun. 12 janv. 2026 à 09:14", CAND,
                  """Madame Koehler,
Je me permets de vous adresser ma candidature pour le poste d'assistante affaires
réglementaires publié sur votre site."""))

add(kind=INV, slug="smartrecruiters_invite_ics_alsacia", lang="fr", id="t9_invite",
    re="t9_ack", company="Alsacia Clinical",
    frm=("Camille Gross via SmartRecruiters", "noreply@smartrecruiters.com"),
    rt=ALSACIA_RECRUITER,
    subject="Invitation à un entretien – Assistante d'études cliniques et réglementaires",
    date="2026-05-26 09:50",
    text="""Bonjour Sibylle,

Suite à l'étude de votre candidature, nous avons le plaisir de vous inviter à un premier
entretien téléphonique avec notre responsable réglementaire, Mme Nadia Bensaïd.

Date : mardi 2 juin 2026
Heure : 10h00 (durée 45 minutes)
Nous vous appellerons au numéro indiqué dans votre candidature (+41 79 482 16 07).

L'invitation est jointe au format calendrier. Merci de nous confirmer votre disponibilité en
répondant à cet e-mail.

Cordialement,
Camille Gross
Talent Acquisition – Alsacia Clinical""",
    ics_where="attach",
    ics={"uid": "sr-ac-2026-31-8841@smartrecruiters.com", "seq": 0,
             "start": "2026-06-02 10:00", "end": "2026-06-02 10:45",
             "summary": "Entretien téléphonique – Alsacia Clinical",
             "location": "Téléphone : +41 79 482 16 07",
             "organizer": ALSACIA_RECRUITER})

_t = """Madame Akande-Rossi,

Suite à l'examen de votre dossier, le Dr Wendling souhaite vous rencontrer pour un entretien.
Je vous propose le jeudi 10 septembre à 9h30, à la pharmacie à usage intérieur (bâtiment B,
niveau -1) de l'hôpital Émile-Muller. Le jury sera composé du Dr Wendling, de Mme Fuchs,
cadre de santé, et de moi-même.

Une invitation pour votre agenda est jointe à ce message. Merci de me confirmer votre présence.

Bien cordialement,

Hélène Muller
Chargée de recrutement – Direction des ressources humaines
Groupe Hospitalier Illberg
Tél. 03 89 55 64 00

""" + DISCLAIMER_FR
add(kind=INV, slug="jury_entretien_ics_illberg", lang="fr", id="t13_invite", re="t13_ack",
    company="Groupe Hospitalier Illberg", frm=ILLBERG_DRH,
    subject="Convocation à un entretien – préparatrice en pharmacie (essais cliniques)",
    date="2026-09-02 11:18", text=_t, html=outlook_html(_t, "fr"),
    ics={"uid": "ghi-drh-2026-0910-akande@gh-illberg.example.fr", "seq": 0,
             "start": "2026-09-10 09:30", "end": "2026-09-10 10:30",
             "summary": "Entretien – Mme Akande-Rossi – PUI essais cliniques",
             "location": "Hôpital Émile-Muller, bâtiment B, niveau -1",
             "organizer": ILLBERG_DRH})

add(kind=INV, slug="agence_organise_entretien_biolab", lang="fr", id="rhin_invite",
    re="rhin_reg", company="Biolab Sundgau", frm=RHIN_INTERIM,
    subject="Entretien chez Biolab Sundgau jeudi 26 mars",
    date="2026-03-19 16:35",
    text="""Bonjour Sibylle,

Bonne nouvelle : j'ai présenté votre profil à Biolab Sundgau pour le poste de technicienne
documentation réglementaire, et le laboratoire souhaite vous rencontrer !

Rendez-vous le jeudi 26 mars à 14h00, 3 rue du Château-d'Eau à Altkirch, avec M. Bruno Walch,
directeur qualité. Prévoyez environ une heure.

Je vous appelle demain pour préparer l'entretien ensemble.

Cordialement,
Kevin Schmitt
Rhin Intérim Santé – 03 89 55 47 21""")

add(kind=INV, slug="entretien_visio_pharmalys", lang="fr", id="pharmalys_invite",
    company="Pharmalys Suisse", frm=PHARMALYS_HR,
    subject="Votre candidature – entretien en visioconférence",
    date="2026-04-14 10:05",
    text="""Madame,

Nous vous remercions de votre candidature au poste de coordinatrice affaires réglementaires
(80 %) sur notre site de Bâle. Nous serions heureux de poursuivre les échanges lors d'un
entretien en visioconférence (Teams) le jeudi 23 avril à 10h00, avec Mme Laure Kessler,
responsable réglementaire.

Le lien de connexion vous parviendra la veille. Merci de nous faire savoir si ce créneau vous
convient.

Avec nos meilleures salutations,

Sophie Dubois-Ketterer
Ressources humaines
Pharmalys Suisse SA – Hochstrasse 50 – 4053 Bâle
+41 61 555 81 30""")

add(kind=INV, slug="journee_immersion_trois_frontieres", lang="fr", id="tf_invite",
    company="Hôpital des Trois-Frontières",
    frm=("Nathalie Wolff", "nathalie.wolff@hopital-3f.example.fr"),
    subject="Proposition de journée d'immersion à la pharmacie",
    date="2026-06-22 13:33", cte="base64",
    text="""Bonjour Madame Akande-Rossi,

Suite à notre échange téléphonique, je vous propose de venir passer une journée d'immersion
dans notre service de pharmacie le mercredi 1er juillet, de 8h30 à 16h30. Vous pourrez
découvrir la gestion des dispositifs médicaux et le suivi des essais cliniques, puis nous
ferons un entretien en fin de journée avec le pharmacien gérant.

Merci de vous présenter à l'accueil principal (entrée rue du Ballon) avec une pièce d'identité.

Cordialement,
Nathalie Wolff
Cadre de santé – Pharmacie
Hôpital des Trois-Frontières, 2 rue du Ballon, 68300 Saint-Louis
03 89 55 20 84""")

# ==================================================================== interview_invitation (en)

add(kind=INV, slug="greenhouse_panel_schedule_navigli", lang="en", id="t2_invite",
    re="t2_ack", company="Navigli Biopharma",
    frm=("Giulia Ferri via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    rt=NAVIGLI_RECRUITER,
    subject="Interview invitation: Regulatory Affairs Assistant – Navigli Biopharma",
    date="2026-03-18 11:20",
    text="""Hi Sibylle,

Thank you for your interest in Navigli Biopharma! The hiring team would like to invite you to
a panel interview for the Regulatory Affairs Assistant role.

When: Tuesday, 24 March 2026, 15:00-16:00 (CET, Milan time)
Where: Microsoft Teams - https://teams.example.com/l/meetup-join/navigli-ra-panel
Panel: Marco Bellini (RA Manager), Dr. Elisa Conti (CMC Lead), and me

The interview will be held in English. Please reply to confirm, or let me know if you need
another time.

Best regards,
Giulia Ferri
Talent Acquisition Partner | Navigli Biopharma""",
    html=ats_card("Navigli Biopharma", "#00695c", """Hi Sibylle,

Thank you for your interest in Navigli Biopharma! The hiring team would like to invite you to
a panel interview for the Regulatory Affairs Assistant role.

When: Tuesday, 24 March 2026, 15:00-16:00 (CET, Milan time)
Where: Microsoft Teams
Panel: Marco Bellini (RA Manager), Dr. Elisa Conti (CMC Lead), and me

Best regards,
Giulia Ferri""", ("Join on Teams", "https://teams.example.com/l/meetup-join/navigli-ra-panel"),
        "Sent via Greenhouse on behalf of Navigli Biopharma", lang="en"))

_t = """Dear Sibylle,

Thanks for taking the time to speak with me last week. I'm pleased to invite you to the
panel interview for Junior Specialist Regulatory Operations.

Date: Thursday, 5 March 2026
Time: 13:30-15:00
Location: Klybeck Biologics, Mauerstrasse 6, Building K-210, room 4.02, Basel
Panel: Oliver Brandt (Head RA Operations), Dr. Mei Tanaka (Publishing Lead), Sophie Marchal

The session includes a 15-minute exercise on eCTD lifecycle management. A calendar invitation
is attached; please accept it so we know you're coming.

Kind regards,
Sophie Marchal
Talent Acquisition | Klybeck Biologics AG
Mauerstrasse 6, 4057 Basel | +41 61 555 66 02"""
add(kind=INV, slug="panel_ics_request_klybeck", lang="en", id="t7_invite", re="t7_ack",
    company="Klybeck Biologics", frm=KLYBECK_RECRUITER,
    subject="Panel interview – Junior Specialist Regulatory Operations",
    date="2026-02-24 09:15", text=_t, html=outlook_html(_t, "en"),
    ics={"uid": "040000008200E00074C5B7101A82E0080000000062C1@klybeck.example.ch", "seq": 0,
             "start": "2026-03-05 13:30", "end": "2026-03-05 15:00",
             "summary": "Panel interview: Sibylle Akande-Rossi (Jr Spec Reg Ops)",
             "location": "K-210 / room 4.02", "organizer": KLYBECK_RECRUITER})

add(kind=INV, slug="lever_phone_screen_trialbridge", lang="en", id="tb_invite", re="tb_ack",
    company="Trialbridge Clinical Research",
    frm=("Anna Keller", "no-reply@hire.lever.co"),
    rt=("Anna Keller", "anna.keller@trialbridge.example.ch"),
    subject="Trialbridge – quick phone chat about the CTA role?",
    date="2026-01-23 15:48",
    text="""Hi Sibylle,

Thanks for applying to the Clinical Trial Assistant position. I'd love to set up a 20-minute
phone screen to learn a bit more about your background and walk you through the role.

Could you let me know two or three times that work for you early next week (26-28 January)?
I'm flexible between 9:00 and 17:00.

Talk soon,
Anna Keller
Talent Partner, Trialbridge Clinical Research

Sent via Lever""")

add(kind=INV, slug="casual_free_thursday_to_chat_brera", lang="en", id="brera_invite",
    company="Brera Bioscience",
    frm=("Luca Moretti", "luca.moretti@brera-bio.example.it"),
    subject="chat on Thursday?",
    date="2026-07-20 18:06",
    text="""Hi Sibylle,

Luca here, I run the small RA team at Brera Bioscience. Your CV landed on my desk and I liked
it a lot - a pharmacy background is exactly what we need for the labelling work.

Are you free Thursday for a 30-min video chat? Anything after 14:00 Milan time works for me.
Nothing formal, just to see if there's a fit.

Cheers,
Luca

Luca Moretti | Regulatory Affairs Lead
Brera Bioscience Srl, Via Solferino 40, 20121 Milano""")

# ==================================================================== interview_invitation (es)

add(kind=INV, slug="entrevista_presencial_ics_castellana", lang="es", id="t4_invite",
    re="t4_apply", company="Laboratorios Castellana", frm=CASTELLANA_RECRUITER,
    subject="RE: Candidatura: Técnico/a de Asuntos Regulatorios – ref. MAD-RA-07",
    date="2026-04-20 12:31",
    text="""Estimada Sibylle:

Gracias por su candidatura y disculpe la demora en responder. Nos gustaría conocerla en
persona. Le propongo una entrevista el martes 28 de abril a las 10:00 en nuestras oficinas
(Paseo de la Castellana 212, planta 6, Madrid) con el director de Asuntos Regulatorios,
D. Álvaro Gil, y conmigo.

Si no puede desplazarse desde Basilea, podemos hacerla por videollamada. Le adjunto la
convocatoria para su calendario.

Un saludo,

Lucía Navarro Pardo
Selección de Personal – Laboratorios Castellana
Paseo de la Castellana 212, 28046 Madrid – 91 555 40 70

""" + reply_quote("es", "lun, 6 abr 2026 a las 8:40", CAND,
                  """Estimada Sra. Navarro:
Le escribo para presentar mi candidatura a la vacante de técnico/a de asuntos regulatorios
publicada en su web (ref. MAD-RA-07)."""),
    ics_where="attach",
    ics={"uid": "lc-mad-ra-07-akande@labcastellana.example.es", "seq": 0,
             "start": "2026-04-28 10:00", "end": "2026-04-28 11:00",
             "summary": "Entrevista Sibylle Akande-Rossi – MAD-RA-07",
             "location": "Paseo de la Castellana 212, planta 6, Madrid",
             "organizer": CASTELLANA_RECRUITER})

add(kind=INV, slug="videollamada_manzanares", lang="es", id="t12_invite", re="t12_ack",
    company="Ensayos Clínicos Manzanares", frm=MANZANARES,
    subject="Entrevista por videollamada – Asistente de Ensayos Clínicos",
    date="2026-07-14 13:58",
    text="""Hola, Sibylle:

Hemos revisado tu candidatura y nos encantaría tener una primera entrevista contigo por
videollamada. ¿Te viene bien el martes 21 de julio a las 10:00 (hora de Madrid)?

Este es el enlace de Teams: https://teams.example.com/l/meetup-join/ecm-cta-akande

La entrevista durará unos 40 minutos y estaremos Carmen Ruiz, responsable de Registros, y yo.

Un saludo,
Javier Ortega
Responsable de Selección – Ensayos Clínicos Manzanares
Calle de Toledo 88, 28005 Madrid""")

add(kind=INV, slug="agencia_entrevista_cliente_alcala", lang="es", id="talento_invite",
    re="talento_reg", company="Laboratorios Alcalá Norte", frm=TALENTO,
    subject="Entrevista con Laboratorios Alcalá Norte",
    date="2026-09-01 10:27",
    text="""Hola, Sibylle:

¡Buenas noticias! Laboratorios Alcalá Norte ha revisado tu perfil y quiere entrevistarte para
el puesto de Técnica de Registros. La entrevista sería el martes 8 de septiembre a las 12:00 en
sus oficinas de Alcobendas (Avenida de Bruselas 15), con la responsable de Registros, Inés
Domínguez.

¿Me confirmas si te encaja? Si vienes desde Basilea esa semana, podemos buscar otra fecha.

Un abrazo,
Pablo Requena
Talento Farma Consultores - 91 555 38 20""")

# ==================================================================== reschedule / cancel (de)

_t = """Sehr geehrte Frau Akande-Rossi

Leider muss ich unser Gespräch vom Donnerstag, 26. Februar, verschieben: Dr. Imhof ist an
diesem Tag kurzfristig an einem Behördentermin in Bern.

Neuer Termin: Dienstag, 3. März 2026, 10:00–11:00 Uhr, gleicher Ort (Bau 12, 3. Stock).
Die aktualisierte Kalendereinladung ist beigefügt. Ich hoffe, das passt Ihnen – sonst finden wir
gerne eine andere Lösung.

Freundliche Grüsse
Corinne Stähelin
Talent Acquisition Partner, Rheinfeld Pharma AG
Tel. +41 61 555 43 87"""
add(kind=MOVE, slug="moved_ics_sequence_rheinfeld", lang="de", id="t1_move", re="t1_invite",
    company="Rheinfeld Pharma", frm=RHEINFELD_RECRUITER,
    subject="Verschiebung: Vorstellungsgespräch – Regulatory Affairs Assistant",
    date="2026-02-23 08:37", text=_t, html=outlook_html(_t),
    ics={"uid": "rf-ra-20417-akande@rheinfeld-pharma.example.ch", "seq": 1,
             "start": "2026-03-03 10:00", "end": "2026-03-03 11:00",
             "summary": "Vorstellungsgespräch Sibylle Akande-Rossi – RA Assistant (verschoben)",
             "location": "Rheinfeld Pharma, Bau 12, Sitzungszimmer 3.14",
             "organizer": RHEINFELD_RECRUITER})

add(kind=MOVE, slug="interviewer_ill_new_date_breisgau", lang="de", id="t8_move",
    re="t8_invite", company="Breisgau Pharma",
    frm=BREISGAU_RECRUITER,
    subject="Neuer Termin für das Assessment-Center",
    date="2026-03-27 15:12",
    text="""Hallo Frau Akande-Rossi,

leider muss ich Ihnen mitteilen, dass unser Abteilungsleiter Dr. Kromer krankheitsbedingt
ausfällt und das Assessment-Center am 31. März deshalb nicht stattfinden kann.

Wir holen es am Donnerstag, 9. April, zur gleichen Uhrzeit (09:00 bis ca. 15:00 Uhr) nach. Ihre
Teilnahme ist weiterhin fest eingeplant. Falls Ihnen der 9. April nicht möglich ist, geben Sie
mir bitte bis Dienstag Bescheid.

Viele Grüsse
Jana Ebner
Recruiting | Breisgau Pharma GmbH
Tel. +49 761 555 93 40""")

add(kind=MOVE, slug="moved_on_request_ics_limmat", lang="de", id="t10_move", re="t10_ask",
    company="Limmat Therapeutics", frm=LIMMAT_RECRUITER,
    subject="Re: Einladung zum Gespräch – Junior Regulatory Affairs Specialist",
    date="2026-06-19 11:02",
    text="""Liebe Frau Akande-Rossi

Kein Problem, das verstehen wir gut. Ich habe das Gespräch auf Dienstag, 30. Juni, 14:00–14:45
Uhr verschoben; Dr. Vögeli ist ebenfalls dabei. Der Link bleibt derselbe, die aktualisierte
Einladung kommt mit dieser Mail.

Beste Grüsse
Reto Caflisch

""" + reply_quote("de", "Fr., 19. Juni 2026 um 07:31", CAND, """Lieber Herr Caflisch

Vielen Dank für die Einladung, ich freue mich sehr! Leider habe ich am 25. Juni ausgerechnet
Spätdienst in der Apotheke und finde kurzfristig keine Vertretung. Wäre eine Verschiebung auf
die Folgewoche möglich?"""),
    ics={"uid": "ashby-lmt-7f2c1e@ashbyhq.com", "seq": 1,
             "start": "2026-06-30 14:00", "end": "2026-06-30 14:45",
             "summary": "Limmat Therapeutics – Gespräch mit Sibylle Akande-Rossi",
             "location": "https://meet.example.com/lmt-ra-akande",
             "organizer": LIMMAT_RECRUITER})

add(kind=MOVE, slug="calendar_cancel_without_rejection_heilmittel", lang="de",
    id="t11_cancel", re="t11_invite", company="Heilmittelinspektorat Nordwestschweiz",
    frm=HEILMITTEL_HR,
    subject="Abgesagt: Vorstellungsgespräch HNW-2026-014",
    date="2026-03-09 17:45",
    text="""Sehr geehrte Frau Akande-Rossi

Aus organisatorischen Gründen müssen wir das Vorstellungsgespräch vom Mittwoch, 11. März,
leider absagen. Das Auswahlverfahren läuft weiter; wir kommen so bald wie möglich mit einem
Ersatztermin auf Sie zu.

Wir bitten um Ihr Verständnis.

Freundliche Grüsse
Beat Sutter, Personaldienst""",
    ics={"method": "CANCEL", "uid": "hnw-2026-014-akande@heilmittel-nw.example.ch", "seq": 1,
             "start": "2026-03-11 09:00", "end": "2026-03-11 10:15",
             "summary": "Abgesagt: Vorstellungsgespräch HNW-2026-014",
             "location": "Rheinstrasse 29, Liestal, Sitzungszimmer 2.07",
             "organizer": HEILMITTEL_HR})

add(kind=MOVE, slug="trial_day_postponed_aarewerk", lang="de", id="t5_move", re="t5_invite",
    company="Aarewerk Biotech", frm=AAREWERK_HR,
    subject="Schnuppertag: neues Datum",
    date="2026-05-20 08:03",
    text="""Hallo Sibylle

Blöde Nachricht: Unser Labor wird nächste Woche überraschend umgebaut, und am 27. Mai ist das
halbe Team ausgeflogen. Können wir deinen Schnuppertag auf Mittwoch, 3. Juni, verschieben?
Gleiche Zeiten, gleiches Programm.

Sorry für das Hin und Her – gib mir kurz Bescheid, ob das für dich klappt.

Liebe Grüsse
Nadja""")

add(kind=MOVE, slug="agency_moves_client_interview_ergolz", lang="de", id="t6_move",
    re="t6_invite", company="Ergolz Generika", frm=PHARMAPERSONAL,
    subject="AW: Vorstellungsgespräch bei Ergolz Generika in Liestal",
    date="2026-01-26 12:20",
    text="""Liebe Frau Akande-Rossi

Frau Dr. Tanner von Ergolz Generika hat mich eben angerufen: Sie muss am Donnerstag an ein
Audit und bittet darum, das Gespräch auf Mittwoch, 4. Februar, 14:00 Uhr zu verlegen.
Ort und Teilnehmende bleiben gleich.

Könnten Sie mir bis morgen bestätigen, ob das geht? Ich gebe es dann sofort weiter.

Freundliche Grüsse
Simon Gysin
PharmaPersonal Nordwest AG

""" + reply_quote("de", "21.01.2026 um 13:05", PHARMAPERSONAL, """Termin: Donnerstag, 29. Januar 2026, 09:30 Uhr
Ort: Ergolz Generika AG, Kasernenstrasse 8, 4410 Liestal (Empfang im Erdgeschoss)"""))

add(kind=MOVE, slug="one_hour_later_dreispitz", lang="de", id="dreispitz_move",
    re="dreispitz_invite", company="Labor Dreispitz", frm=DREISPITZ_LEAD,
    subject="AW: Gespräch Dokumentationsassistenz",
    date="2026-07-10 09:55", cs="iso-8859-1", cte="8bit",
    text="""Grüezi Frau Akande-Rossi

Kleine Änderung: Können wir am Dienstag statt um 16 Uhr erst um 17 Uhr starten? Ich habe
vorher eine Behördeninspektion, die länger dauern wird. Datum und Ort bleiben gleich.

Gruss
M. Huber""")

# ==================================================================== reschedule / cancel (fr)

add(kind=MOVE, slug="nouvel_horaire_ics_illberg", lang="fr", id="t13_move", re="t13_invite",
    company="Groupe Hospitalier Illberg", frm=ILLBERG_DRH,
    subject="Modification : entretien du 10 septembre reporté au 14 septembre",
    date="2026-09-07 08:49",
    text="""Madame Akande-Rossi,

En raison d'une inspection de l'ARS à la pharmacie jeudi, le Dr Wendling n'est plus disponible
le 10 septembre. Nous vous proposons de décaler l'entretien au lundi 14 septembre à 9h30, au
même endroit. L'invitation de votre agenda a été mise à jour.

Merci de me confirmer que ce nouvel horaire vous convient.

Bien cordialement,
Hélène Muller
DRH – Groupe Hospitalier Illberg""",
    ics={"uid": "ghi-drh-2026-0910-akande@gh-illberg.example.fr", "seq": 1,
             "start": "2026-09-14 09:30", "end": "2026-09-14 10:30",
             "summary": "Entretien – Mme Akande-Rossi – PUI essais cliniques (nouvelle date)",
             "location": "Hôpital Émile-Muller, bâtiment B, niveau -1",
             "organizer": ILLBERG_DRH})

add(kind=MOVE, slug="appel_decale_thurval", lang="fr", id="t3_move", re="t3_invite",
    company="Laboratoires Thurval", frm=THURVAL_RECRUITER,
    subject="RE: Candidature – Assistante affaires réglementaires (CDI, Mulhouse)",
    date="2026-01-22 16:40", cs="windows-1252", cte="quoted-printable",
    text="""Bonjour Sibylle,

Je suis désolée, mais un imprévu m’oblige à décaler notre échange téléphonique de mardi.
Pourriez-vous être disponible le jeudi 29 janvier à 14h00 à la place ? Je vous appellerai sur
votre portable.

Merci de votre compréhension et à jeudi, je l’espère.

Amandine Koehler
Laboratoires Thurval""")

add(kind=MOVE, slug="annulation_rdv_cancel_pharmalys", lang="fr", id="pharmalys_cancel",
    re="pharmalys_invite", company="Pharmalys Suisse", frm=PHARMALYS_HR,
    subject="Annulé : Entretien Teams – coordinatrice affaires réglementaires",
    date="2026-04-20 13:15",
    text="""Madame,

Nous sommes contraints d'annuler l'entretien prévu ce jeudi 23 avril à 10h00, Mme Kessler
devant se rendre à une réunion imprévue au siège. Votre candidature reste bien entendu à
l'étude ; nous reviendrons vers vous dès que possible pour convenir d'une nouvelle date.

Avec nos excuses,
Sophie Dubois-Ketterer
Ressources humaines – Pharmalys Suisse SA""",
    ics={"method": "CANCEL", "uid": "pharmalys-teams-0423-akande@pharmalys.example.ch", "seq": 2,
             "start": "2026-04-23 10:00", "end": "2026-04-23 11:00",
             "summary": "Entretien Teams – S. Akande-Rossi",
             "location": "Microsoft Teams", "organizer": PHARMALYS_HR})

add(kind=MOVE, slug="client_demande_autre_date_biolab", lang="fr", id="rhin_move",
    re="rhin_invite", company="Biolab Sundgau", frm=RHIN_INTERIM,
    subject="Changement de date – entretien Biolab Sundgau",
    date="2026-03-23 09:12",
    text="""Bonjour Sibylle,

Biolab Sundgau me demande de déplacer votre entretien : M. Walch doit être à Strasbourg jeudi.
Le nouveau rendez-vous est fixé au mardi 31 mars à 15h30, même adresse à Altkirch.

Dites-moi vite si cela vous va.

Kevin""")

# ==================================================================== reschedule / cancel (en)

add(kind=MOVE, slug="rebooked_after_missed_call_navigli", lang="en", id="t2_move",
    re="t2_sorry", company="Navigli Biopharma", frm=NAVIGLI_RECRUITER,
    subject="Re: We missed you today – Regulatory Affairs Assistant",
    date="2026-03-25 09:30",
    text="""Hi Sibylle,

No worries, these things happen - one wrong digit in a calendar is all it takes. The panel has
rebooked you for Friday, 27 March at 11:00 Milan time (same Teams link). Marco and Elisa
are both in, so nothing changes apart from the time.

Please double-check the new slot in your calendar this time :)

Best,
Giulia""")

_t = """Hi Sibylle,

A quick heads-up: we have had to move your panel interview on Thursday 5 March by one hour,
to 14:30-16:00, as Oliver is now joining from a site visit. We also switched rooms - it's now
room 2.11 in the same building (K-210). The updated invitation should replace the old one in
your calendar.

Sorry for the shuffle, and see you Thursday!

Sophie Marchal
Talent Acquisition | Klybeck Biologics AG"""
add(kind=MOVE, slug="calendar_update_seq_klybeck", lang="en", id="t7_move", re="t7_invite",
    company="Klybeck Biologics", frm=KLYBECK_RECRUITER,
    subject="Updated invitation: Panel interview – Junior Specialist Regulatory Operations",
    date="2026-03-02 17:05", text=_t, html=outlook_html(_t, "en"),
    ics={"uid": "040000008200E00074C5B7101A82E0080000000062C1@klybeck.example.ch", "seq": 1,
             "start": "2026-03-05 14:30", "end": "2026-03-05 16:00",
             "summary": "Panel interview: Sibylle Akande-Rossi (Jr Spec Reg Ops)",
             "location": "K-210 / room 2.11", "organizer": KLYBECK_RECRUITER})

# ==================================================================== reschedule / cancel (es)

add(kind=MOVE, slug="cancelacion_sin_rechazo_castellana", lang="es", id="t4_cancel",
    re="t4_invite", company="Laboratorios Castellana", frm=CASTELLANA_RECRUITER,
    subject="Cancelada: Entrevista Sibylle Akande-Rossi – MAD-RA-07",
    date="2026-04-24 17:20",
    text="""Estimada Sibylle:

Lamentablemente tenemos que cancelar la entrevista del martes 28 de abril: D. Álvaro Gil estará
de viaje en la EMA esa semana. Su candidatura sigue en el proceso y le escribiré en cuanto
tenga una nueva fecha.

Disculpe las molestias.

Lucía Navarro Pardo
Selección de Personal – Laboratorios Castellana""",
    ics={"method": "CANCEL", "uid": "lc-mad-ra-07-akande@labcastellana.example.es", "seq": 1,
             "start": "2026-04-28 10:00", "end": "2026-04-28 11:00",
             "summary": "Cancelada: Entrevista Sibylle Akande-Rossi – MAD-RA-07",
             "location": "Paseo de la Castellana 212, planta 6, Madrid",
             "organizer": CASTELLANA_RECRUITER})

add(kind=MOVE, slug="cliente_cambia_fecha_alcala", lang="es", id="talento_move",
    re="talento_invite", company="Laboratorios Alcalá Norte", frm=TALENTO,
    subject="RE: Entrevista con Laboratorios Alcalá Norte",
    date="2026-09-04 11:48", cs="iso-8859-1", cte="quoted-printable",
    text="""Hola, Sibylle:

Me acaba de llamar Inés Domínguez: le ha surgido una auditoría y me pide pasar tu entrevista
del martes 8 al jueves 10 de septiembre, a las 9:30, en el mismo sitio. ¿Te viene bien?

Un abrazo,
Pablo""")

# ==================================================================== missed_interview_notice

add(kind=MISSED, slug="tried_calling_twice_obb", lang="de", id="obb_missed", re="obb_ack",
    company="Spital Oberbaselbiet",
    frm=("Nussbaumer Petra", "petra.nussbaumer@spital-obb.example.ch"),
    subject="Telefoninterview heute 10:00 Uhr",
    date="2026-04-16 10:52",
    text="""Guten Tag Frau Akande-Rossi

Frau Dr. Seiler, Leiterin unserer Spitalapotheke, hat heute um 10:00 Uhr zweimal versucht, Sie
für das vereinbarte Telefoninterview unter +41 79 482 16 07 zu erreichen – leider ohne Erfolg.

Ist etwas dazwischengekommen? Bitte melden Sie sich bei mir, falls Sie weiterhin an der Stelle
interessiert sind.

Freundliche Grüsse
Petra Nussbaumer
HR-Fachfrau, Spital Oberbaselbiet
Tel. +41 61 555 27 40""")

add(kind=MISSED, slug="agency_call_not_reached", lang="de", id="pp_missed", re="t6_reg",
    company="PharmaPersonal Nordwest", frm=PHARMAPERSONAL,
    subject="Unser Telefonat von heute Morgen",
    date="2026-03-17 10:24",
    text="""Liebe Frau Akande-Rossi

Ich habe Sie heute um 10:00 Uhr für unser vereinbartes Standortgespräch zweimal angerufen,
aber jeweils nur die Combox erreicht. Ich hoffe, es ist alles in Ordnung.

Rufen Sie mich zurück, wenn es Ihnen passt – ich bin heute bis 18 Uhr im Büro.

Freundliche Grüsse
Simon Gysin
PharmaPersonal Nordwest AG, T +41 61 555 36 80""")

add(kind=MISSED, slug="waited_in_teams_uetliberg", lang="de", id="uet_missed", re="uet_ack",
    company="Uetliberg Medtech",
    frm=("Nico Baumann", "nico.baumann@uetliberg-medtech.example.ch"),
    subject="Wir haben Sie im Teams vermisst",
    date="2026-08-26 14:21",
    text="""Hallo Frau Akande-Rossi

Wir waren heute um 14:00 Uhr zu dritt im Teams-Meeting und haben gut zehn Minuten auf Sie
gewartet. Leider konnten Sie nicht teilnehmen.

Vielleicht gab es technische Probleme? Geben Sie mir bitte kurz Bescheid.

Viele Grüsse
Nico Baumann
People & Culture, Uetliberg Medtech AG
Hohlstrasse 500, 8048 Zürich""",
    html=simple_html("""Hallo Frau Akande-Rossi

Wir waren heute um 14:00 Uhr zu dritt im Teams-Meeting und haben gut zehn Minuten auf Sie
gewartet. Leider konnten Sie nicht teilnehmen.

Vielleicht gab es technische Probleme? Geben Sie mir bitte kurz Bescheid.

Viele Grüsse
Nico Baumann
People & Culture, Uetliberg Medtech AG"""))

add(kind=MISSED, slug="formal_no_show_letter_aargau", lang="de", id="ag_missed",
    company="Fachstelle Arzneimittel Aargau",
    frm=("Fachstelle Arzneimittel Aargau, Personal", "personal.fsa@ag-heilmittel.example.ch"),
    name_enc=("iso-8859-1", "Q"),
    subject="Vorstellungsgespräch vom 23. Juni 2026",
    date="2026-06-24 08:30", cs="iso-8859-1", cte="quoted-printable",
    text="""Sehr geehrte Frau Akande-Rossi

Gemäss unserer Einladung vom 9. Juni hätte am 23. Juni 2026 um 14:00 Uhr an der Bahnhofstrasse
88 in Aarau Ihr Vorstellungsgespräch stattgefunden. Sie sind zu diesem Termin nicht erschienen,
und wir haben von Ihnen keine Abmeldung erhalten.

Falls Sie an der Stelle weiterhin interessiert sind, bitten wir Sie, sich bis am 30. Juni 2026
bei uns zu melden. Andernfalls gehen wir davon aus, dass Sie Ihre Bewerbung zurückziehen.

Freundliche Grüsse

Yvonne Kaufmann
Personaldienst
Fachstelle Arzneimittel Aargau, Bahnhofstrasse 88, 5001 Aarau""")

add(kind=MISSED, slug="videocall_no_show_dreisam", lang="de", id="dreisam_missed",
    company="Dreisam Analytik",
    frm=("Lena Albiez", "lena.albiez@dreisam-analytik.example.de"),
    subject="Unser Gespräch heute um 10:00 Uhr",
    date="2026-09-15 10:31",
    text="""Sehr geehrte Frau Akande-Rossi,

wir haben heute um 10:00 Uhr im Videocall auf Sie gewartet, leider ohne Erfolg.
Ist etwas dazwischengekommen?

Sollten Sie weiterhin Interesse an der Stelle haben, melden Sie sich gerne, dann suchen wir
gemeinsam einen neuen Termin.

Mit freundlichen Grüssen
Lena Albiez
Personalleitung, Dreisam Analytik GmbH
Wiesentalstrasse 5, 79115 Freiburg im Breisgau""")

add(kind=MISSED, slug="deux_appels_sans_reponse_alsacia", lang="fr", id="t9_missed",
    re="t9_invite", company="Alsacia Clinical", frm=ALSACIA_RECRUITER,
    subject="Entretien téléphonique de ce matin",
    date="2026-06-02 10:35",
    text="""Bonjour Sibylle,

Mme Bensaïd et moi avons essayé de vous appeler deux fois à 10h00 pour l'entretien
téléphonique prévu, sans parvenir à vous joindre (messagerie).

Pouvez-vous me dire si vous souhaitez toujours poursuivre le processus ? Le cas échéant, merci
de m'indiquer vos disponibilités.

Cordialement,
Camille Gross
Talent Acquisition – Alsacia Clinical""")

add(kind=MISSED, slug="attendue_sur_teams_doller", lang="fr", id="doller_missed",
    re="doller_ack", company="Essais Cliniques Doller",
    frm=("Aurélien Fritsch", "a.fritsch@essais-doller.example.fr"),
    subject="Notre rendez-vous Teams de 9h30",
    date="2026-06-18 10:05", cs="iso-8859-1", cte="quoted-printable",
    text="""Bonjour Madame Akande-Rossi,

Nous vous avons attendue ce matin sur Teams à 9h30 pour l'entretien convenu, mais vous ne vous
êtes pas connectée. Nous n'avons pas non plus reçu de message de votre part.

Si vous êtes toujours intéressée par le poste, merci de me recontacter.

Cordialement,
Aurélien Fritsch
Responsable réglementaire - Essais Cliniques Doller""")

add(kind=MISSED, slug="waited_on_teams_navigli", lang="en", id="t2_missed", re="t2_invite",
    company="Navigli Biopharma", frm=NAVIGLI_RECRUITER,
    subject="We missed you today – Regulatory Affairs Assistant",
    date="2026-03-24 15:25",
    text="""Hi Sibylle, we were on the call at 15:00 and waited about fifteen minutes but
didn't see you join. I hope everything is alright.

Could you let me know what happened? If you are still interested, I'll check with the panel
whether we can find another slot this week.

Best,
Giulia Ferri
Talent Acquisition Partner | Navigli Biopharma""")

add(kind=MISSED, slug="phone_screen_voicemail_lombardia", lang="en", id="lomb_missed",
    company="Lombardia Clinical Research",
    frm=("Chiara Colombo", "chiara.colombo@lombardia-cr.example.it"),
    subject="Missed phone screen this morning",
    date="2026-05-12 11:19",
    text="""Dear Sibylle,

I called you at 11:00 as scheduled for our phone screen, and again at 11:10, but both times it
went straight to voicemail.

If you'd still like to be considered for the Regulatory Affairs Assistant position, please
reply with a couple of times that work for you.

Kind regards,
Chiara Colombo
Recruitment Specialist
Lombardia Clinical Research Srl | Viale Monza 259, 20126 Milano""")

add(kind=MISSED, slug="no_se_conecto_manzanares", lang="es", id="t12_missed",
    re="t12_invite", company="Ensayos Clínicos Manzanares", frm=MANZANARES,
    subject="Videollamada de hoy a las 10:00",
    date="2026-07-21 10:40",
    text="""Hola, Sibylle: le hemos esperado en la videollamada de las 10:00 y no ha sido
posible contactar con usted.

Carmen y yo estuvimos conectados hasta las 10:20. ¿Ha tenido algún problema? Si sigue
interesada, dígame cuándo le vendría bien y veremos si podemos recuperar la entrevista.

Un saludo,
Javier Ortega
Responsable de Selección – Ensayos Clínicos Manzanares""")

_ = (TALENTSTEG, DISCLAIMER_FR)
