"""Corpus 194, kinds `interview_invitation`, `interview_reschedule_or_cancel` and
`missed_interview_notice`.

Hand-written. Each dict is one message; make_hundredninetyfourth.py turns it into MIME.
"""

from __future__ import annotations

import msgs194_common as C
from msgs194_other import KIEFFER_APPLY, RAUTENSTRAUCH_ASK, VM_ASK

ME = C.ME

BROMBACH = ("Ursula Brombach", "u.brombach@brombach-moebel.example.de")
BROMBACH_SIG = """Ursula Brombach
Personal & Verwaltung
Schreinerei Brombach GmbH & Co. KG
Schwarzwaldstraße 210 · 79117 Freiburg im Breisgau
Tel. 0761 555 6120 · www.brombach-moebel.example.de"""

ALBRECHT = ("Dr. Hanna Albrecht", "h.albrecht@rautenstrauch-ing.example.de")
ALBRECHT_SIG = """Dr.-Ing. Hanna Albrecht
Projektleiterin Tragwerksplanung
Ingenieurbüro Rautenstrauch GmbH
Kaiserallee 61 · 76133 Karlsruhe
Tel. +49 721 555 4470"""

JANA = ("Jana Okafor-Weiß", "j.okafor-weiss@rheintal-personal.example.de")
JANA_SIG = """Jana Okafor-Weiß | Personalberaterin Technik
Rheintal Personal GmbH | Bertoldstraße 12 | 79098 Freiburg
T +49 761 555 4410"""

FLORIAN = ("Florian Bäuerle", "f.baeuerle@technika-recruiting.example.de")
FLORIAN_SIG = """Florian Bäuerle
Technika Recruiting | Executive Search Bau & Holz
Königstraße 26, 70173 Stuttgart | +49 711 555 9021"""

SABINE = ("Mag. Sabine Hrdlicka", "hrdlicka@wiener-personalpartner.example.at")
SABINE_SIG = """Mag. Sabine Hrdlicka
Senior Consultant Bau & Technik
Wiener Personalpartner GmbH
Mariahilfer Straße 120/3, 1070 Wien
T +43 1 555 8830 14"""

KIEFFER = ("Marc Kieffer", "marc@kieffer-ebenisterie.example.fr")
KIEFFER_SIG = """Marc Kieffer
Gérant – Ébénisterie Kieffer
17 rue du Lazaret, 67100 Strasbourg
03 88 55 34 90"""

HUEBER = ("Stéphane Hueber", "s.hueber@lauterbach-ingenierie.example.fr")
HUEBER_SIG = """Stéphane Hueber
Responsable bureau d'études
Lauterbach Ingénierie
3 rue de la Filature, 68100 Mulhouse
Tél. 03 89 55 51 20"""

NADIA = ("Nadia Benali", "n.benali@ait-interim.example.fr")
NADIA_SIG = """Nadia Benali
Chargée de recrutement – pôle Bâtiment & Bois
Alsace Intérim Technique
22 avenue de la Marseillaise, 67000 Strasbourg
03 88 55 60 42"""

NIAMH = ("Niamh Carberry", "niamh.carberry@grattanlowe.example.ie")
CIARAN = ("Ciarán Moloney", "ciaran.moloney@ferritermodular.example.ie")
AOIFE = ("Aoife Brennan", "aoife@palerecruitment.example.ie")
AOIFE_SIG = """Aoife Brennan | Senior Consultant – Construction & Design
Pale Recruitment | 3rd Floor, 22 Harcourt Street, Dublin 2
+353 87 555 3321"""
PRIYA = ("Priya Raman", "priya.raman@brunnmatt.example.ch")
MAITE = ("Maite Goñi", "maite.goni@talentonavarra.example.es")
MAITE_SIG = """Maite Goñi
Consultora de selección
Talento Navarra
Avenida de Carlos III 44, 31002 Pamplona
948 555 611"""
JAVIER = ("Javier Irigoyen", "javier@irigoyen-carpinteria.example.es")
LEIRE = ("Leire Ochoa", "leire.ochoa@arga-modular.example.es")
CLAIRE = ("Claire Vogt", "claire.vogt@vogt-muller.example.fr")
JULIE = ("Julie Wiederkehr", "julie.wiederkehr@mos-sundgau.example.fr")

BROMBACH_INVITE = """Guten Tag Herr Oduya-Perrin,

Ihre Unterlagen haben uns gefallen, und wir würden Sie gerne persönlich kennenlernen.

Hätten Sie am Donnerstag, 19. Februar, um 14 Uhr Zeit? Wir würden uns eine gute Stunde
unterhalten, Ihnen die Werkstatt zeigen und Sie bitten, ein einfaches Sideboard nach
unserer Skizze in AutoCAD zu zeichnen (ca. 45 Minuten, Rechner steht bereit).

Bitte geben Sie mir kurz Bescheid, ob der Termin passt.

Freundliche Grüße

""" + BROMBACH_SIG

RAUTENSTRAUCH_INVITE = """Sehr geehrter Herr Oduya-Perrin,

vielen Dank für Ihre Bewerbung als Bauzeichner in unserer Abteilung Tragwerksplanung.
Wir möchten Sie gerne zu einem Vorstellungsgespräch einladen:

Dienstag, 28. April 2026, 10:00 bis 11:30 Uhr
Ingenieurbüro Rautenstrauch, Kaiserallee 61, Karlsruhe, Besprechungsraum 2. OG

Am Gespräch nehmen Herr Dipl.-Ing. Thomas Rautenstrauch (Inhaber), Frau Selin Arslan
(Leitung CAD) und ich teil. Bitte bringen Sie zwei bis drei Zeichnungen mit, gern auch aus
der Werkstatt. Eine Einladung für Ihren Kalender ist beigefügt.

Mit freundlichen Grüßen
""" + ALBRECHT_SIG

VM_INVITE = """Bonjour Maximilian,

Votre candidature a retenu notre attention et nous aimerions vous rencontrer.

Je vous propose un entretien le mardi 2 juin à 14 h à l'agence, 14 quai des Bateliers à
Strasbourg, avec Pierre Muller et moi-même (environ une heure). Si ce créneau ne vous
convient pas, vous pouvez en choisir un autre ici :
https://vogtmuller.recruitee.com/o/dessinateur-projeteur/schedule?c=88213

Au plaisir de vous rencontrer,
Claire Vogt
Architecte associée"""

KIEFFER_REINVITE = """Bonjour Maximilian,

Merci pour votre message, ce sont des choses qui arrivent avec les trains. Je vous propose
de venir le jeudi 30 avril à 8 h 30 à l'atelier ; cette fois, si vous avez le moindre
retard, appelez-moi directement au 06 55 41 27 83.

À jeudi donc,
Marc Kieffer"""

KIEFFER_APOLOGY = """Monsieur Kieffer,

Je suis vraiment désolé pour ce matin : mon train a été supprimé à Offenburg et mon
téléphone n'avait plus de batterie, je n'ai donc pas pu vous prévenir que je ne pourrais
pas être à l'entretien. Serait-il possible de fixer un autre rendez-vous ?

Avec toutes mes excuses,
Maximilian Oduya-Perrin"""

FERRITER_INVITE = """Hi Maximilian,

Thanks for your application – we'd like to invite you to a panel interview for the CAD
Technician role.

When: Wednesday 20 May 2026, 14:00-15:00 Irish time (15:00-16:00 in Germany)
Where: Microsoft Teams (link in the invitation)
Panel: Orla Ferriter (Design Manager), Pádraig Nolan (Production Lead) and me

We'll ask you to talk us through one drawing set you're proud of, so have it ready to
share on screen. Please accept the calendar invitation to confirm.

Ciarán Moloney
Talent & People Lead, Ferriter Modular"""

FERRITER_ILL = """Hi Maximilian,

Apologies – Orla is off sick this week and into next, and we don't want to run the panel
without her. Could we move your interview to Thursday 28 May, 10:00-11:00 Irish time? Same
Teams link, same panel. I've updated the calendar invitation.

Thanks for your patience, and sorry for the change.

Ciarán"""

MESSAGES: list[dict] = [
    # ================================================================ interview_invitation
    dict(
        id="brombach_invite", kind="interview_invitation", scenario="workshop_visit_cad_test",
        lang="de", company="Schreinerei Brombach",
        contact="u.brombach@brombach-moebel.example.de",
        frm=BROMBACH, subject="Einladung zum Kennenlernen in unserer Werkstatt",
        date="2026-02-12 11:30 +0100", reply_of="brombach_ack",
        text=BROMBACH_INVITE,
    ),
    dict(
        id="kesselring_trial", kind="interview_invitation", scenario="personio_probearbeitstag",
        lang="de", company="Holzbau Kesselring",
        contact="s.kesselring@kesselring-holzbau.example.de",
        frm=("Holzbau Kesselring", "no-reply@personio.de"),
        reply_to=("Stefanie Kesselring", "s.kesselring@kesselring-holzbau.example.de"),
        subject="Einladung zum Probearbeitstag – Technische/r Zeichner/in Holzbau",
        date="2026-05-11 10:05 +0200", reply_of="kesselring_ack",
        text="""Hallo Herr Oduya-Perrin,

wir möchten Sie gerne näher kennenlernen und laden Sie zu einem Probearbeitstag in unser
Planungsbüro nach Gundelfingen ein.

Termin: Dienstag, 19. Mai 2026, 7:30 bis ca. 15:00 Uhr
Ablauf: Einführung in cadwork, Mitarbeit an einem Wandelement, Mittagessen mit dem Team,
kurzes Abschlussgespräch mit der Geschäftsleitung

Bitte bestätigen Sie den Termin über folgenden Link:
https://kesselring-holzbau.jobs.personio.de/appointment/confirm?t=Zk81Qa

Arbeitsschuhe mitbringen, wir gehen auch kurz in die Abbundhalle.

Viele Grüße
Stefanie Kesselring
Holzbau Kesselring""",
        layout=("card", "Holzbau Kesselring", "#7a4b1e",
               "Gesendet mit Personio im Auftrag von Holzbau Kesselring GmbH."),
    ),
    dict(
        id="rheintal_invite", kind="interview_invitation", scenario="agency_sets_up_client_basel",
        lang="de", company="Holzwerkstatt Rheinknie",
        contact="j.okafor-weiss@rheintal-personal.example.de",
        frm=JANA, frm_enc=("iso-8859-1", "Q"),
        subject="Vorstellungstermin bei der Holzwerkstatt Rheinknie, Basel",
        date="2026-02-02 17:10 +0100",
        text="""Hallo Herr Oduya-Perrin,

wie eben am Telefon besprochen: Die Holzwerkstatt Rheinknie in Basel möchte Sie
kennenlernen!

Termin: Donnerstag, 5. Februar, 14:00 Uhr
Ort: Holzwerkstatt Rheinknie, Uferstrasse 40, 4057 Basel (Klybeck), Eingang über den Hof
Gesprächspartner: Herr Urs Gisler, Werkstattleiter

Bitte denken Sie an Ihren Ausweis für die Grenze und an die Mappe mit den
Möbelzeichnungen. Nach dem Gespräch rufen Sie mich am besten gleich an.

Viel Erfolg!

""" + JANA_SIG,
        layout=("word",),
    ),
    dict(
        id="rautenstrauch_invite", kind="interview_invitation", scenario="panel_invite_ics_request",
        lang="de", company="Ingenieurbüro Rautenstrauch",
        contact="h.albrecht@rautenstrauch-ing.example.de",
        frm=ALBRECHT,
        cc=[("Thomas Rautenstrauch", "tr@rautenstrauch-ing.example.de")],
        subject="Einladung zum Vorstellungsgespräch – Bauzeichner Tragwerksplanung",
        date="2026-04-20 12:00 +0200",
        text=RAUTENSTRAUCH_INVITE, layout=("word",),
        ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E0080000000094B1@rautenstrauch",
                 start="2026-04-28 10:00", end="2026-04-28 11:30", tz="Europe/Berlin",
                 summary="Vorstellungsgespräch Bauzeichner – M. Oduya-Perrin",
                 location="Kaiserallee 61, Karlsruhe, Besprechungsraum 2. OG",
                 organizer=ALBRECHT,
                 attendees=[ME, ("Thomas Rautenstrauch", "tr@rautenstrauch-ing.example.de"),
                            ("Selin Arslan", "s.arslan@rautenstrauch-ing.example.de")],
                 prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
    ),
    dict(
        id="wohlgemuth_invite", kind="interview_invitation", scenario="vienna_invite_train_costs",
        lang="de", company="Tischlerei Wohlgemuth",
        contact="i.wohlgemuth@wohlgemuth-tischlerei.example.at",
        frm=("Ingrid Wohlgemuth", "i.wohlgemuth@wohlgemuth-tischlerei.example.at"),
        subject="Einladung zum Gespräch in Wien",
        date="2026-02-04 10:20 +0100", reply_of="wohlgemuth_ack",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Sehr geehrter Herr Oduya-Perrin,

danke für Ihre Bewerbung, die mir Frau Pichler weitergegeben hat. Ihre Zeichnungsbeispiele
haben mir gut gefallen, vor allem die Wendeltreppe.

Ich lade Sie herzlich zu einem Gespräch zu uns in die Werkstatt ein, am Mittwoch,
11. Februar, um 10 Uhr. Die Hälfte der Zugfahrt von Freiburg übernehmen wir. Wenn Ihnen
die Anreise zu weit ist, können wir das erste Gespräch auch über Video führen.

Mit freundlichen Grüßen
Ingrid Wohlgemuth
Geschäftsführung
Tischlerei Wohlgemuth GmbH
Kaiserstraße 88, 1070 Wien
+43 1 5550 2231""",
    ),
    dict(
        id="technika_edelrath_invite", kind="interview_invitation",
        scenario="headhunter_sets_up_client_edelrath", lang="de",
        company="Küchenmanufaktur Edelrath",
        contact="f.baeuerle@technika-recruiting.example.de",
        frm=FLORIAN, frm_enc=("utf-8", "B"),
        subject="Gespräch bei Küchenmanufaktur Edelrath am 8. Juli",
        date="2026-07-01 11:00 +0200",
        text="""Hallo Herr Oduya-Perrin,

wie angekündigt habe ich Ihr Profil der Küchenmanufaktur Edelrath in Stuttgart-Wangen
vorgestellt, und man möchte Sie kennenlernen.

Termin: Mittwoch, 8. Juli, 13:30 Uhr
Ort: Küchenmanufaktur Edelrath, Ulmer Straße 301, 70327 Stuttgart
Gesprächspartner: Herr Jakob Edelrath (Geschäftsführer) und Frau Melanie Sauter
(Werkstattleitung)

Rechnen Sie mit gut anderthalb Stunden inklusive Rundgang. Vorab telefonieren wir gern
noch kurz, damit Sie wissen, worauf der Kunde Wert legt.

Beste Grüße
""" + FLORIAN_SIG,
    ),
    dict(
        id="planwerk_invite", kind="interview_invitation", scenario="ashby_self_schedule_du",
        lang="de", company="Planwerk Digital", contact="jonas@planwerk-digital.example.de",
        frm=("Jonas Keil (Planwerk Digital)", "no-reply@ashbyhq.com"),
        reply_to=("Jonas Keil", "jonas@planwerk-digital.example.de"),
        subject="Lass uns sprechen: Video-Call mit Planwerk Digital",
        date="2026-08-20 16:30 +0200", reply_of="planwerk_ack",
        text="""Hi Maximilian,

danke für deine Bewerbung – dein Portfolio hat uns neugierig gemacht! Wir würden gern
einen ersten Video-Call (45 Minuten) mit dir machen, mit mir und unserer Teamlead
Holzbau, Mira.

Such dir einfach einen passenden Slot aus:
https://app.ashbyhq.com/interview-scheduling/planwerk-digital/7f3e21c0

Der Call läuft über Microsoft Teams, den Link bekommst du nach der Buchung.

Bis bald
Jonas Keil
Head of BIM, Planwerk Digital""",
        layout=("card", "Planwerk Digital", "#5b3cc4"),
    ),
    dict(
        id="zv_invite", kind="interview_invitation", scenario="public_body_letter_pdf_ics",
        lang="de", company="Zweckverband Abwasser Dreisamtal",
        contact="g.schuler@zv-dreisamtal.example.de",
        frm=("Gerhard Schuler", "g.schuler@zv-dreisamtal.example.de"),
        subject="Einladung zum Vorstellungsgespräch – Ausschreibung 03/2026",
        date="2026-06-24 14:00 +0200", reply_of="zv_ack",
        text="""Sehr geehrter Herr Oduya-Perrin,

die Auswahlkommission hat Ihre Bewerbung in die engere Wahl genommen. Wir laden Sie daher
zu einem Vorstellungsgespräch ein am

Dienstag, 7. Juli 2026, 9:30 Uhr
Verwaltungsgebäude des Zweckverbands, Talstraße 9, Kirchzarten, Sitzungssaal

Das Gespräch dauert etwa 45 Minuten; anschließend bitten wir Sie um eine kurze
Arbeitsprobe (Ergänzung eines Kanalbestandsplans). Das Einladungsschreiben mit allen
Hinweisen und der Anfahrtsbeschreibung finden Sie im Anhang. Reisekosten werden nicht
erstattet.

Bitte bestätigen Sie Ihre Teilnahme bis zum 1. Juli.

Mit freundlichen Grüßen
Gerhard Schuler
Personalwesen
Zweckverband Abwasser Dreisamtal""",
        attach=[dict(pdf="Einladung_Vorstellungsgespraech_03-2026.pdf",
                     title="Einladung zum Vorstellungsgespräch",
                     lines=["Zweckverband Abwasser Dreisamtal - Personalwesen", "",
                            "Einladung zum Vorstellungsgespräch", "Ausschreibung 03/2026",
                            "Termin: Dienstag, 07.07.2026, 09:30 Uhr",
                            "Ort: Talstraße 9, 79199 Kirchzarten, Sitzungssaal",
                            "Mitzubringen: Personalausweis, Zeugnisse im Original"])],
        ics=dict(method="REQUEST", uid="zv-ausschreibung-03-2026-oduya@zv-dreisamtal.example.de",
                 start="2026-07-07 09:30", end="2026-07-07 10:45", tz="Europe/Berlin",
                 summary="Vorstellungsgespräch Ausschreibung 03/2026",
                 location="Talstraße 9, Kirchzarten, Sitzungssaal",
                 organizer=("Gerhard Schuler", "g.schuler@zv-dreisamtal.example.de")),
    ),
    dict(
        id="amsler_chat", kind="interview_invitation", scenario="casual_coffee_thursday_ch",
        lang="de", company="Amsler Frey Architekten", contact="reto@amslerfrey.example.ch",
        frm=("Reto Amsler", "reto@amslerfrey.example.ch"),
        subject="Kaffee am Donnerstag?",
        date="2026-05-19 21:05 +0200",
        text="""Hoi Maximilian

Danke für deine Mail und die Pläne vom Treppenhaus, die sind sauber gezeichnet!

Hast du am Donnerstag, 28. Mai, Zeit für einen Kaffee bei uns im Büro? So um 17 Uhr,
dann ist es ruhiger. Wir schauen zusammen deine Sachen an, und ich erzähle dir, was wir
gerade bauen und wen wir suchen. Ganz locker, kein grosses Vorstellungsgespräch.

Güterstrasse 133, dritter Stock, beim Bahnhof SBB.

Gruss
Reto""",
    ),
    dict(
        id="austrobau_ac", kind="interview_invitation", scenario="successfactors_assessment_center",
        lang="de", company="Austrobau Elemente", contact="p.lindner@austrobau.example.at",
        frm=("Austrobau Elemente Karriere", "noreply@successfactors.eu"),
        reply_to=("Mag. Petra Lindner", "p.lindner@austrobau.example.at"),
        subject="Einladung zum Assessment Center – CAD-Techniker/in Fertigteilplanung",
        date="2026-07-14 06:45 +0000", reply_of="austrobau_ack",
        text="""Sehr geehrter Herr Oduya-Perrin,

wir freuen uns, Sie zu unserem Assessment Center für die Position CAD-Techniker/in
Fertigteilplanung (Job-ID 48291) einzuladen.

Datum: Dienstag, 21. Juli 2026, 8:30 bis 16:00 Uhr
Ort: Austrobau Elemente, Werk Liesing, Perfektastraße 90, 1230 Wien, Schulungszentrum

Ablauf: Begrüßung, CAD-Aufgabe (Elementplan nach Vorgabe), Gruppenübung, Einzelgespräch
mit der Fachabteilung. Für Verpflegung ist gesorgt.

Bitte bestätigen Sie Ihre Teilnahme bis 17. Juli durch Antwort an Frau Mag. Petra Lindner.
Den Kalendereintrag finden Sie im Anhang.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Austrobau Elemente GmbH""",
        layout=("card", "Austrobau Elemente", "#c62828"),
        ics=dict(method="REQUEST", uid="AC-48291-2026-07-21@austrobau.example.at",
                 start="2026-07-21 08:30", end="2026-07-21 16:00", tz="Europe/Vienna",
                 summary="Assessment Center CAD-Techniker/in Fertigteilplanung",
                 location="Perfektastraße 90, 1230 Wien, Schulungszentrum",
                 organizer=("Mag. Petra Lindner", "p.lindner@austrobau.example.at")),
        ics_file=True, ics_name="Assessment_Center.ics",
    ),
    dict(
        id="sennhauser_screen", kind="interview_invitation", scenario="recruiter_phone_screen_ch",
        lang="de", company="Sennhauser Fertigbau", contact="reto.imhof@sennhauser.example.ch",
        frm=("Reto Imhof", "reto.imhof@sennhauser.example.ch"),
        subject="Telefoninterview – CAD-Konstrukteur Elementbau",
        date="2026-08-10 11:25 +0200", reply_of="sennhauser_ack",
        text="""Grüezi Herr Oduya-Perrin

Vielen Dank für Ihre Bewerbung. Gerne würde ich Sie in einem ersten Telefoninterview von
etwa 30 Minuten näher kennenlernen.

Passt es Ihnen am Donnerstag, 13. August, um 9.00 Uhr oder am Freitag, 14. August, um
14.00 Uhr? Ich rufe Sie auf Ihrer Mobilnummer an.

Freundliche Grüsse
Reto Imhof
HR Business Partner
Sennhauser Fertigbau AG | Hauptstrasse 45 | 4132 Muttenz
+41 61 555 48 12""",
        cte="base64",
    ),
    dict(
        id="wpp_screen", kind="interview_invitation", scenario="agency_phone_screen_vienna",
        lang="de", company="Wiener Personalpartner",
        contact="hrdlicka@wiener-personalpartner.example.at",
        frm=SABINE,
        subject="Telefontermin – Bautechnischer Zeichner Holzbau",
        date="2026-09-07 09:40 +0200",
        text="""Sehr geehrter Herr Oduya-Perrin,

vielen Dank für Ihre Bewerbung über unsere Website. Für eine Position als Bautechnischer
Zeichner im Holzbau (unser Auftraggeber ist ein Fertighaushersteller im Osten Wiens) würde
ich gern ein erstes telefonisches Interview mit Ihnen führen.

Vorschlag: Donnerstag, 10. September, 10:00 Uhr, Dauer ca. 20 Minuten. Ich rufe Sie unter
der Nummer aus Ihrem Lebenslauf an.

Beste Grüße
""" + SABINE_SIG + """

Diese Nachricht ist vertraulich und ausschließlich für den Adressaten bestimmt.""",
        layout=("word",),
    ),
    dict(
        id="dreilaendereck_invite", kind="interview_invitation",
        scenario="reply_no_absage_come_monday", lang="de",
        company="Möbelwerkstatt Dreiländereck",
        contact="s.thoma@moebel-dreilaendereck.example.de",
        frm=("Sven Thoma", "s.thoma@moebel-dreilaendereck.example.de"),
        subject="Re: Bewerbung Zeichner Möbelbau – kurze Nachfrage",
        date="2026-09-22 12:12 +0200", reply_of="ext:example.de",
        text="""Hallo Herr Oduya-Perrin,

keine Absage, im Gegenteil – entschuldigen Sie die lange Funkstille, wir hatten
Betriebsurlaub. Kommen Sie doch am Montag, 28. September, um 16 Uhr bei uns in Weil am
Rhein vorbei, dann reden wir über die Stelle und Sie lernen die Werkstatt kennen.

Gruß
Sven Thoma
Inhaber, Möbelwerkstatt Dreiländereck
Hauptstraße 301, 79576 Weil am Rhein
07621 555 091

""" + C.said("de", "Mo., 21. Sept. 2026 um 19:48", "Maximilian Oduya-Perrin",
             "maximilian.op@example.de") + "\n" + C.quote("""Sehr geehrter Herr Thoma,

vor drei Wochen habe ich mich bei Ihnen als Zeichner im Möbelbau beworben und bisher nichts
gehört. Falls Sie sich schon für jemand anderen entschieden haben, wäre ich für eine kurze
Absage dankbar, damit ich planen kann.

Mit freundlichen Grüßen
Maximilian Oduya-Perrin"""),
    ),
    dict(
        id="kieffer_invite", kind="interview_invitation", scenario="atelier_invite_ics_request",
        lang="fr", company="Ébénisterie Kieffer", contact="marc@kieffer-ebenisterie.example.fr",
        frm=KIEFFER,
        subject="Re: Candidature – dessinateur en agencement (annonce du 2 avril)",
        date="2026-04-14 09:30 +0200", reply_of="kieffer_apply",
        text="""Bonjour Monsieur Oduya-Perrin,

Merci pour votre candidature, votre parcours nous intéresse beaucoup.

Pourriez-vous venir nous rencontrer à l'atelier le mardi 21 avril à 10 h ? Nous
parlerons du poste pendant une heure environ, puis je vous ferai visiter l'atelier. Je
vous envoie une invitation pour votre agenda.

Bien cordialement,

""" + KIEFFER_SIG + "\n\n" + C.said("fr", "lun. 6 avr. 2026 à 21:10", "Maximilian Oduya-Perrin",
                                   "maximilian.op@example.de") + "\n" + C.quote(KIEFFER_APPLY),
        ics=dict(method="REQUEST", uid="kieffer-entretien-20260421@kieffer-ebenisterie.example.fr",
                 start="2026-04-21 10:00", end="2026-04-21 11:30", tz="Europe/Paris",
                 summary="Entretien – M. Oduya-Perrin (dessinateur agencement)",
                 location="Ébénisterie Kieffer, 17 rue du Lazaret, Strasbourg",
                 organizer=KIEFFER,
                 prodid="-//Google Inc//Google Calendar 70.9054//EN"),
        ics_file=True,
    ),
    dict(
        id="kieffer_reinvite", kind="interview_invitation", scenario="new_invite_after_apology",
        lang="fr", company="Ébénisterie Kieffer", contact="marc@kieffer-ebenisterie.example.fr",
        frm=KIEFFER,
        subject="Re: Notre rendez-vous de ce matin",
        date="2026-04-22 14:15 +0200", reply_of="kieffer_missed",
        text=KIEFFER_REINVITE + "\n\n" + C.said(
            "fr", "mar. 21 avr. 2026 à 13:02", "Maximilian Oduya-Perrin",
            "maximilian.op@example.de") + "\n" + C.quote(KIEFFER_APOLOGY),
    ),
    dict(
        id="lauterbach_screen", kind="interview_invitation", scenario="phone_screen_ics_latin1",
        lang="fr", company="Lauterbach Ingénierie",
        contact="s.hueber@lauterbach-ingenierie.example.fr",
        frm=HUEBER, frm_enc=("iso-8859-1", "Q"),
        subject="Projeteur structure bois - échange téléphonique",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-03-16 17:45 +0100",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Bonjour Monsieur Oduya-Perrin,

J'ai bien lu votre candidature au poste de projeteur structure bois. Avant de vous
proposer une rencontre à Mulhouse, j'aimerais faire un premier entretien téléphonique
d'une demi-heure avec vous.

Je vous propose le jeudi 19 mars à 11 h ; je vous appellerai au numéro indiqué sur votre
CV. Vous trouverez une invitation ci-jointe.

Bien cordialement,

Stéphane Hueber
Responsable bureau d'études
Lauterbach Ingénierie
3 rue de la Filature, 68100 Mulhouse
Tél. 03 89 55 51 20""",
        ics=dict(method="REQUEST", uid="lauterbach-tel-20260319-1100@lauterbach-ingenierie.example.fr",
                 start="2026-03-19 11:00", end="2026-03-19 11:30", tz="Europe/Paris",
                 summary="Entretien téléphonique – projeteur structure bois",
                 location="Téléphone (+49 170 5550148)", organizer=HUEBER),
    ),
    dict(
        id="vm_invite", kind="interview_invitation", scenario="recruitee_invite_schedule_link",
        lang="fr", company="Vogt & Muller Architectes",
        contact="claire.vogt@vogt-muller.example.fr",
        frm=("Claire Vogt (Vogt & Muller Architectes)", "vogtmuller@jobs.recruitee.com"),
        reply_to=CLAIRE,
        subject="Invitation à un entretien – Dessinateur-projeteur (H/F)",
        date="2026-05-26 11:00 +0200", reply_of="vm_ack",
        text=VM_INVITE,
        layout=("card", "Vogt & Muller Architectes", "#2c3e50",
               "Envoyé via Recruitee. Répondez à ce message pour joindre Claire Vogt."),
    ),
    dict(
        id="ait_haag_invite", kind="interview_invitation", scenario="agency_client_interview_haag",
        lang="fr", company="Menuiserie Haag", contact="n.benali@ait-interim.example.fr",
        frm=NADIA,
        subject="Entretien chez Menuiserie Haag – lundi 2 février",
        date="2026-01-28 16:30 +0100", reply_of="ait_reg",
        text="""Bonjour Maximilian,

Bonne nouvelle : la Menuiserie Haag à Illkirch souhaite vous rencontrer pour le poste de
dessinateur en menuiserie (débit et plans d'atelier, CDI).

Rendez-vous le lundi 2 février à 16 h avec M. Bernard Haag, 5 rue de l'Industrie,
67400 Illkirch-Graffenstaden. Prévoyez environ une heure, avec une visite de l'atelier.

Pensez à apporter vos plans imprimés. Appelez-moi après l'entretien !

""" + NADIA_SIG,
        layout=("word",),
    ),
    dict(
        id="mos_trial", kind="interview_invitation", scenario="teamtailor_journee_essai",
        lang="fr", company="Maisons Ossature Sundgau",
        contact="julie.wiederkehr@mos-sundgau.example.fr",
        frm=("Maisons Ossature Sundgau", "no-reply@teamtailor-mail.com"),
        reply_to=JULIE,
        subject="Invitation : journée d'essai au bureau technique",
        date="2026-02-25 14:00 +0100", reply_of="mos_ack",
        text="""Bonjour Maximilian,

Suite à notre échange téléphonique, nous avons le plaisir de vous inviter à une journée
d'essai dans notre bureau technique à Altkirch, le jeudi 5 mars de 8 h à 16 h 30.

Au programme : présentation de nos maisons, conception d'un mur à ossature bois avec
l'équipe, visite de l'atelier de préfabrication, puis un entretien avec notre directeur
technique.

Merci de confirmer votre présence en répondant à ce message.

Julie Wiederkehr
Responsable RH – Maisons Ossature Sundgau""",
        layout=("card", "Maisons Ossature Sundgau", "#2e7d32", "Envoyé via Teamtailor"),
    ),
    dict(
        id="grattan_invite", kind="interview_invitation", scenario="greenhouse_via_pick_times",
        lang="en", company="Grattan Lowe Architects",
        contact="niamh.carberry@grattanlowe.example.ie",
        frm=("Niamh Carberry via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        reply_to=NIAMH,
        subject="Interview availability – Architectural Technician at Grattan Lowe Architects",
        date="2026-03-10 14:10 +0000", reply_of="grattan_ack",
        text="""Hi Maximilian,

Thanks again for applying to Grattan Lowe Architects. We'd love to invite you to a video
interview for the Architectural Technician role with Ronan Lowe (Director) and Sinéad
Byrne (Senior Technologist). It will take around an hour.

Please let us know your availability for next week using the link below:
https://app.greenhouse.io/scheduling/availability/b71fd0a2?token=6c2e

Once you've submitted your times, you'll receive a calendar invitation with the Teams link.

Best,
Niamh""",
        layout=("card", "Grattan Lowe Architects", "#24a47f"),
    ),
    dict(
        id="ferriter_invite", kind="interview_invitation", scenario="panel_calendar_invite_en",
        lang="en", company="Ferriter Modular", contact="ciaran.moloney@ferritermodular.example.ie",
        frm=CIARAN, frm_enc=("utf-8", "Q"),
        subject="Invitation: Panel interview – CAD Technician @ Wed 20 May 2026 14:00 - 15:00 (IST)",
        date="2026-05-12 15:00 +0100", reply_of="ferriter_ack",
        text=FERRITER_INVITE,
        layout=("plain",),
        ics=dict(method="REQUEST", uid="5u2k1ft8a0q9pnl3e7c6b1m4@google.com",
                 start="2026-05-20 14:00", end="2026-05-20 15:00", tz="Europe/Dublin",
                 summary="Panel interview – CAD Technician (Maximilian Oduya-Perrin)",
                 location="Microsoft Teams meeting",
                 organizer=CIARAN,
                 attendees=[ME, ("Orla Ferriter", "orla.ferriter@ferritermodular.example.ie"),
                            ("Pádraig Nolan", "padraig.nolan@ferritermodular.example.ie")],
                 prodid="-//Google Inc//Google Calendar 70.9054//EN"),
        ics_file=True,
    ),
    dict(
        id="pale_cullinan_invite", kind="interview_invitation", scenario="agency_client_call_set_up",
        lang="en", company="Cullinan Timber Frame", contact="aoife@palerecruitment.example.ie",
        frm=AOIFE,
        subject="Interview with Cullinan Timber Frame – Tue 18 Aug, 10:00",
        date="2026-08-11 12:30 +0100", reply_of="pale_cold",
        text="""Hi Maximilian,

Great news – Cullinan Timber Frame in Portlaoise would like to interview you for their
Timber Frame Draughtsperson role.

Seán Cullinan (MD) will call you on Tuesday 18 August at 10:00 Irish time (11:00 for you)
for about 30-40 minutes. He'll ring your German mobile. Have a look at their panel system
on their website beforehand – he'll definitely ask.

Let me know you're good for it.

""" + AOIFE_SIG,
    ),
    dict(
        id="brunnmatt_chat", kind="interview_invitation", scenario="casual_free_thursday_to_chat",
        lang="en", company="Brunnmatt Engineering", contact="priya.raman@brunnmatt.example.ch",
        frm=PRIYA,
        subject="Are you free Thursday to chat?",
        date="2026-09-01 17:20 +0200",
        text="""Hi Maximilian,

Quick one – your application for the CAD Drafter role landed on my desk and Lukas (our lead
drafter) is keen to meet you. Are you free this Thursday, 3 September, around 4pm for a
30-minute Zoom with the two of us?

Here's the link, just in case that works:
https://brunnmatt.zoom.example.ch/j/88120455

Priya

Priya Raman | Talent Acquisition | Brunnmatt Engineering AG | Basel""",
    ),
    dict(
        id="irigoyen_invite", kind="interview_invitation", scenario="video_interview_reply_es",
        lang="es", company="Carpintería Irigoyen", contact="javier@irigoyen-carpinteria.example.es",
        frm=JAVIER,
        subject="Re: Candidatura – delineante para oficina técnica",
        date="2026-06-15 10:05 +0200", reply_of="irigoyen_apply",
        text="""Hola Maximilian:

Gracias por tu correo. Nos ha llamado la atención que vengas del taller, que es justo lo
que buscamos para la oficina técnica.

¿Te viene bien que hagamos una entrevista por videollamada el jueves 18 de junio a las
17:00? Estaremos mi hermana Nerea, que lleva la producción, y yo. Te mando el enlace de
Meet el mismo día por la mañana.

Un saludo,
Javier Irigoyen
Gerente · Carpintería Irigoyen
Polígono Landaben, calle E 12 · 31012 Pamplona · 948 555 377

""" + C.said("es", "lun, 8 jun 2026 a las 22:14", "Maximilian Oduya-Perrin",
             "maximilian.op@example.de") + "\n" + C.quote(
            "Buenas noches:\n\nOs escribo por la oferta de delineante para la oficina "
            "técnica publicada en vuestra web.\n[...]"),
    ),
    dict(
        id="talento_echarri_invite", kind="interview_invitation",
        scenario="agency_client_phone_echarri", lang="es", company="Muebles Echarri",
        contact="maite.goni@talentonavarra.example.es",
        frm=MAITE, frm_enc=("iso-8859-1", "Q"),
        subject="Entrevista con Muebles Echarri – martes 14 de julio",
        date="2026-07-07 11:40 +0200", reply_of="talento_reg",
        text="""Hola, Maximilian:

¡Buenas noticias! Muebles Echarri, una fábrica de mobiliario de Huarte, quiere hacerte una
primera entrevista para el puesto de delineante de producto.

Será por teléfono el martes 14 de julio a las 10:00. Te llamará Patxi Echarri, el gerente,
al móvil alemán que tengo en tu ficha. Cuenta con unos 30 minutos.

Cualquier cosa, me dices.

""" + MAITE_SIG,
        layout=("plain",),
    ),
    dict(
        id="arga_video", kind="interview_invitation", scenario="workable_video_interview_es",
        lang="es", company="Casas Modulares Arga", contact="leire.ochoa@arga-modular.example.es",
        frm=("Casas Modulares Arga", "noreply@candidates.workablemail.com"),
        reply_to=LEIRE,
        subject="Invitación a entrevista por vídeo – Delineante/a proyectista",
        date="2026-09-08 12:00 +0200", reply_of="arga_ack",
        text="""Hola Maximilian,

Leire Ochoa, de Casas Modulares Arga, te invita a una entrevista por vídeo para el puesto de
Delineante/a proyectista.

Duración: 45 minutos
Elige el día y la hora que mejor te vengan aquí:
https://apply.workable.com/arga-modular/schedule/e61b9c

Si tienes alguna duda, responde a este correo y le llegará a Leire.

Saludos,
Casas Modulares Arga""",
        layout=("card", "Casas Modulares Arga", "#00897b"),
    ),
    # ================================================================ reschedule / cancel
    dict(
        id="brombach_move", kind="interview_reschedule_or_cancel",
        scenario="moved_slot_montage_quoted", lang="de", company="Schreinerei Brombach",
        contact="u.brombach@brombach-moebel.example.de",
        frm=BROMBACH, subject="AW: Einladung zum Kennenlernen – neuer Termin",
        date="2026-02-17 08:40 +0100", reply_of="brombach_invite",
        text="""Guten Morgen Herr Oduya-Perrin,

leider muss ich unseren Termin am Donnerstag verschieben: Herr Kaltenbach ist diese Woche
unerwartet auf einer Montage in Zürich. Ginge stattdessen Dienstag, 24. Februar, um 9 Uhr?
Der Ablauf bleibt gleich.

Entschuldigen Sie die Umstände.

Freundliche Grüße
Ursula Brombach

""" + C.said("de", "Do., 12. Feb. 2026 um 11:30", "Ursula Brombach",
             "u.brombach@brombach-moebel.example.de") + "\n" + C.quote(BROMBACH_INVITE),
    ),
    dict(
        id="rautenstrauch_ill", kind="interview_reschedule_or_cancel",
        scenario="interviewer_ill_new_slot_ics_seq1", lang="de",
        company="Ingenieurbüro Rautenstrauch", contact="h.albrecht@rautenstrauch-ing.example.de",
        frm=ALBRECHT,
        subject="AW: Einladung zum Vorstellungsgespräch – Bauzeichner Tragwerksplanung",
        date="2026-04-27 08:15 +0200", reply_of="rautenstrauch_ask",
        text="""Sehr geehrter Herr Oduya-Perrin,

Ihr Wunsch kommt uns gelegen, denn Herr Rautenstrauch ist seit gestern erkrankt und der
Termin am Dienstag hätte ohnehin nicht stattfinden können.

Neuer Vorschlag: Mittwoch, 6. Mai, 10:00 Uhr. Wir beginnen mit einem Telefongespräch von
etwa 30 Minuten mit Frau Arslan und mir; wir rufen Sie an. Das Treffen mit Herrn
Rautenstrauch holen wir danach im Büro nach. Der Kalendereintrag ist aktualisiert.

Mit freundlichen Grüßen
""" + ALBRECHT_SIG + "\n\n" + C.outlook(
            "de", "Maximilian Oduya-Perrin <maximilian.op@example.de>",
            "Dienstag, 21. April 2026 07:55", "Dr. Hanna Albrecht",
            "AW: Einladung zum Vorstellungsgespräch – Bauzeichner Tragwerksplanung",
            RAUTENSTRAUCH_ASK),
        layout=("word",),
        ics=dict(method="REQUEST", seq=1,
                 uid="040000008200E00074C5B7101A82E0080000000094B1@rautenstrauch",
                 start="2026-05-06 10:00", end="2026-05-06 10:30", tz="Europe/Berlin",
                 summary="Telefongespräch Bauzeichner – M. Oduya-Perrin",
                 location="Telefon – wir rufen Sie an (+49 170 5550148)",
                 organizer=ALBRECHT,
                 attendees=[ME, ("Selin Arslan", "s.arslan@rautenstrauch-ing.example.de")],
                 prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
    ),
    dict(
        id="kesselring_move", kind="interview_reschedule_or_cancel",
        scenario="trial_day_moved_crane", lang="de", company="Holzbau Kesselring",
        contact="s.kesselring@kesselring-holzbau.example.de",
        frm=("Stefanie Kesselring", "s.kesselring@kesselring-holzbau.example.de"),
        subject="Probearbeitstag verschoben auf Dienstag, 26. Mai",
        date="2026-05-15 13:50 +0200", reply_of="kesselring_trial",
        charset="iso-8859-1", cte="8bit",
        text="""Hallo Herr Oduya-Perrin,

eine Bitte: Könnten wir Ihren Probearbeitstag vom 19. auf den 26. Mai verschieben? Am 19.
bekommen wir die Lieferung für das Schulprojekt in Denzlingen, und dann ist hier die ganze
Mannschaft auf dem Hof. Uhrzeit und Ablauf bleiben gleich, 7:30 Uhr im Planungsbüro.

Geben Sie mir kurz Bescheid, ob das für Sie klappt?

Viele Grüße
Stefanie Kesselring
Holzbau Kesselring""",
    ),
    dict(
        id="zv_update", kind="interview_reschedule_or_cancel",
        scenario="calendar_update_sequence_bump", lang="de",
        company="Zweckverband Abwasser Dreisamtal", contact="g.schuler@zv-dreisamtal.example.de",
        frm=("Gerhard Schuler", "g.schuler@zv-dreisamtal.example.de"),
        subject="Aktualisiert: Vorstellungsgespräch am 07.07. – neue Uhrzeit und neuer Raum",
        date="2026-07-02 08:30 +0200", reply_of="zv_invite",
        text="""Sehr geehrter Herr Oduya-Perrin,

vielen Dank für Ihre Zusage. Wegen einer Sondersitzung der Verbandsversammlung müssen wir
Ihr Gespräch am 7. Juli um eine Stunde nach hinten verlegen:

neu: 10:30 Uhr (statt 9:30 Uhr)
Ort: Betriebsgebäude der Kläranlage, Am Dreisamufer 2, Kirchzarten, Raum E.04

Der Kalendereintrag ist entsprechend angepasst. Alles Übrige bleibt wie im
Einladungsschreiben beschrieben.

Mit freundlichen Grüßen
Gerhard Schuler""",
        ics=dict(method="REQUEST", seq=1,
                 uid="zv-ausschreibung-03-2026-oduya@zv-dreisamtal.example.de",
                 start="2026-07-07 10:30", end="2026-07-07 11:45", tz="Europe/Berlin",
                 summary="Vorstellungsgespräch Ausschreibung 03/2026 (neue Uhrzeit)",
                 location="Betriebsgebäude Kläranlage, Am Dreisamufer 2, Kirchzarten, Raum E.04",
                 organizer=("Gerhard Schuler", "g.schuler@zv-dreisamtal.example.de")),
    ),
    dict(
        id="technika_edelrath_move", kind="interview_reschedule_or_cancel",
        scenario="headhunter_client_moves_time", lang="de",
        company="Küchenmanufaktur Edelrath", contact="f.baeuerle@technika-recruiting.example.de",
        frm=FLORIAN, frm_enc=("utf-8", "B"),
        subject="AW: Gespräch bei Küchenmanufaktur Edelrath – neue Uhrzeit",
        date="2026-07-03 09:12 +0200", reply_of="technika_edelrath_invite",
        text="""Hallo Herr Oduya-Perrin,

kleine Änderung: Herr Edelrath muss am Mittwochnachmittag zu einem Kunden nach Ulm. Er
schlägt stattdessen Donnerstag, 9. Juli, um 8:00 Uhr vor, gleicher Ort, gleiche Runde.
Passt Ihnen das? Dann bestätige ich dem Kunden.

Beste Grüße
Florian Bäuerle""",
    ),
    dict(
        id="austrobau_move", kind="interview_reschedule_or_cancel",
        scenario="assessment_center_moved_ics", lang="de", company="Austrobau Elemente",
        contact="p.lindner@austrobau.example.at",
        frm=("Mag. Petra Lindner", "p.lindner@austrobau.example.at"),
        subject="Verschiebung Assessment Center: neuer Termin 28. Juli",
        date="2026-07-17 13:00 +0200", reply_of="austrobau_ac",
        text="""Sehr geehrter Herr Oduya-Perrin,

danke für Ihre Anmeldung. Leider müssen wir das Assessment Center vom 21. Juli auf
Dienstag, 28. Juli 2026, verschieben, weil am 21. eine behördliche Brandschutzbegehung im
Schulungszentrum angesetzt wurde. Uhrzeit und Ort bleiben gleich (8:30 Uhr, Werk Liesing).

Bitte nehmen Sie die aktualisierte Einladung an. Falls Sie am 28. nicht können, melden Sie
sich bitte bei mir.

Mit freundlichen Grüßen
Mag. Petra Lindner
Recruiting & Employer Branding
Austrobau Elemente GmbH | Perfektastraße 90 | 1230 Wien
T +43 1 555 6620 118""",
        layout=("word",),
        ics=dict(method="REQUEST", seq=1, uid="AC-48291-2026-07-21@austrobau.example.at",
                 start="2026-07-28 08:30", end="2026-07-28 16:00", tz="Europe/Vienna",
                 summary="Assessment Center CAD-Techniker/in Fertigteilplanung (verschoben)",
                 location="Perfektastraße 90, 1230 Wien, Schulungszentrum",
                 organizer=("Mag. Petra Lindner", "p.lindner@austrobau.example.at"),
                 prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
    ),
    dict(
        id="amsler_cancel", kind="interview_reschedule_or_cancel",
        scenario="method_cancel_site_emergency", lang="de", company="Amsler Frey Architekten",
        contact="reto@amslerfrey.example.ch",
        frm=("Reto Amsler", "reto@amslerfrey.example.ch"),
        subject="Abgesagt: Kaffee Amsler Frey / Oduya-Perrin",
        date="2026-05-28 07:10 +0200", reply_of="amsler_chat",
        text="""Hoi Maximilian

Sorry für die kurzfristige Absage unseres Treffens heute: Auf der Baustelle in Allschwil
ist ein Wasserschaden, ich bin den ganzen Tag dort. Das hat nichts mit dir zu tun, ich
will dich unbedingt noch sehen! Ich melde mich bis Anfang nächster Woche mit einem neuen
Vorschlag.

Gruss
Reto""",
        ics=dict(method="CANCEL", seq=1, uid="amslerfrey-kaffee-20260528@amslerfrey.example.ch",
                 start="2026-05-28 17:00", end="2026-05-28 18:00", tz="Europe/Zurich",
                 summary="Kaffee Amsler Frey / Oduya-Perrin",
                 location="Güterstrasse 133, Basel",
                 organizer=("Reto Amsler", "reto@amslerfrey.example.ch"),
                 prodid="-//Apple Inc.//macOS 15.4//EN"),
    ),
    dict(
        id="lauterbach_cancel", kind="interview_reschedule_or_cancel",
        scenario="method_cancel_no_rejection_fr", lang="fr", company="Lauterbach Ingénierie",
        contact="s.hueber@lauterbach-ingenierie.example.fr",
        frm=HUEBER, frm_enc=("iso-8859-1", "Q"),
        subject="Annulé : Entretien téléphonique – projeteur structure bois",
        date="2026-03-18 19:20 +0100", reply_of="lauterbach_screen",
        text="""Bonjour Monsieur Oduya-Perrin,

Je suis contraint d'annuler notre échange téléphonique de demain 11 h. La direction
réexamine cette semaine le plan de charge du bureau d'études et je préfère attendre ses
conclusions avant d'avancer avec les candidats.

Votre candidature reste bien sûr à l'étude ; je reviendrai vers vous dès que possible.

Bien cordialement,
Stéphane Hueber""",
        ics=dict(method="CANCEL", seq=1,
                 uid="lauterbach-tel-20260319-1100@lauterbach-ingenierie.example.fr",
                 start="2026-03-19 11:00", end="2026-03-19 11:30", tz="Europe/Paris",
                 summary="Annulé : Entretien téléphonique – projeteur structure bois",
                 location="Téléphone (+49 170 5550148)", organizer=HUEBER),
    ),
    dict(
        id="vm_move", kind="interview_reschedule_or_cancel",
        scenario="moved_after_candidate_request_quoted", lang="fr",
        company="Vogt & Muller Architectes", contact="claire.vogt@vogt-muller.example.fr",
        frm=CLAIRE,
        subject="RE: Invitation à un entretien – Dessinateur-projeteur (H/F)",
        date="2026-05-28 09:05 +0200", reply_of="vm_ask",
        text="""Bonjour Maximilian,

Aucun souci, et bon courage pour votre examen ! Nous décalons donc l'entretien au jeudi
4 juin à 10 h, même adresse. Pierre sera présent également.

Bien à vous,
Claire Vogt
Architecte associée
Vogt & Muller Architectes
14 quai des Bateliers, 67000 Strasbourg

""" + C.outlook("fr", "Maximilian Oduya-Perrin <maximilian.op@example.de>",
                "mercredi 27 mai 2026 07:40", "Claire Vogt <claire.vogt@vogt-muller.example.fr>",
                "Re: Invitation à un entretien – Dessinateur-projeteur (H/F)", VM_ASK),
        layout=("word",),
    ),
    dict(
        id="mos_move", kind="interview_reschedule_or_cancel", scenario="trial_day_new_date_fr",
        lang="fr", company="Maisons Ossature Sundgau",
        contact="julie.wiederkehr@mos-sundgau.example.fr",
        frm=JULIE,
        subject="Journée d'essai : changement de date",
        date="2026-03-02 10:30 +0100", reply_of="mos_trial",
        charset="windows-1252", cte="quoted-printable",
        text="""Bonjour Maximilian,

Petit changement de programme : notre directeur technique, Thomas Brand, doit se rendre
sur un chantier à Belfort le jeudi 5 mars. Nous préférons donc déplacer votre journée
d'essai au mardi 10 mars, mêmes horaires (8 h – 16 h 30), pour qu'il puisse vous
rencontrer.

Pouvez-vous me confirmer que cette nouvelle date vous convient ?

Merci et à bientôt,
Julie Wiederkehr
Responsable RH – Maisons Ossature Sundgau
Zone artisanale du Lerchenberg, 68130 Altkirch – 03 89 55 12 60""",
    ),
    dict(
        id="ait_haag_move", kind="interview_reschedule_or_cancel",
        scenario="agency_client_new_hour_fr", lang="fr", company="Menuiserie Haag",
        contact="n.benali@ait-interim.example.fr",
        frm=NADIA,
        subject="Changement d'horaire – entretien Menuiserie Haag",
        date="2026-01-30 12:10 +0100", reply_of="ait_haag_invite",
        text="""Re-bonjour Maximilian,

M. Haag vient de m'appeler : il a une livraison lundi après-midi et ne pourra pas vous
recevoir à 16 h. Il vous propose le mardi 3 février à 17 h, au même endroit. Je lui ai
dit que ça devrait vous aller, mais confirmez-moi vite s'il vous plaît.

Merci !
Nadia""",
    ),
    dict(
        id="grattan_update", kind="interview_reschedule_or_cancel",
        scenario="updated_invitation_sequence_1", lang="en",
        company="Grattan Lowe Architects", contact="niamh.carberry@grattanlowe.example.ie",
        frm=NIAMH,
        subject="Updated invitation: Interview – Architectural Technician @ Thu 19 Mar 2026 11:00 - 12:00 (GMT)",
        date="2026-03-13 09:05 +0000", reply_of="grattan_invite",
        text="""This event has been changed.

Interview – Architectural Technician (Maximilian Oduya-Perrin)
When: CHANGED Thursday 19 Mar 2026 11:00 – 12:00 (Greenwich Mean Time - Dublin)
  (was Wednesday 18 Mar 2026 10:00 – 11:00)
Joining info: Microsoft Teams – https://teams.example.ie/l/meetup-join/gla-19mar
Organiser: niamh.carberry@grattanlowe.example.ie
Guests: Ronan Lowe, Sinéad Byrne, Maximilian Oduya-Perrin

Note from Niamh: Ronan is on site on Wednesday morning, so we've moved you to Thursday.
Sorry for the shuffle!

Going (maximilian.op@example.de)?   Yes - Maybe - No""",
        layout=("plain",),
        ics=dict(method="REQUEST", seq=1, uid="gh-interview-44817203@grattanlowe.example.ie",
                 start="2026-03-19 11:00", end="2026-03-19 12:00", tz="Europe/Dublin",
                 summary="Interview – Architectural Technician (Maximilian Oduya-Perrin)",
                 location="Microsoft Teams",
                 organizer=NIAMH,
                 attendees=[ME, ("Ronan Lowe", "ronan.lowe@grattanlowe.example.ie"),
                            ("Sinéad Byrne", "sinead.byrne@grattanlowe.example.ie")],
                 prodid="-//Google Inc//Google Calendar 70.9054//EN"),
        ics_file=True,
    ),
    dict(
        id="ferriter_ill", kind="interview_reschedule_or_cancel",
        scenario="panelist_off_sick_new_date", lang="en", company="Ferriter Modular",
        contact="ciaran.moloney@ferritermodular.example.ie",
        frm=CIARAN, frm_enc=("utf-8", "Q"),
        subject="Panel interview – change of date",
        date="2026-05-14 10:10 +0100", reply_of="ferriter_invite",
        text=FERRITER_ILL + "\n\n" + C.said(
            "en", "Tue, 12 May 2026 at 15:00", "Ciarán Moloney",
            "ciaran.moloney@ferritermodular.example.ie") + "\n" + C.quote(FERRITER_INVITE),
        ics=dict(method="REQUEST", seq=1, uid="5u2k1ft8a0q9pnl3e7c6b1m4@google.com",
                 start="2026-05-28 10:00", end="2026-05-28 11:00", tz="Europe/Dublin",
                 summary="Panel interview – CAD Technician (Maximilian Oduya-Perrin)",
                 location="Microsoft Teams meeting",
                 organizer=CIARAN,
                 attendees=[ME, ("Orla Ferriter", "orla.ferriter@ferritermodular.example.ie"),
                            ("Pádraig Nolan", "padraig.nolan@ferritermodular.example.ie")],
                 prodid="-//Google Inc//Google Calendar 70.9054//EN"),
    ),
    dict(
        id="irigoyen_move", kind="interview_reschedule_or_cancel",
        scenario="same_day_later_hour_es", lang="es", company="Carpintería Irigoyen",
        contact="javier@irigoyen-carpinteria.example.es",
        frm=JAVIER,
        subject="Cambio de hora para hoy",
        date="2026-06-18 09:20 +0200", reply_of="irigoyen_invite",
        text="""Buenos días, Maximilian:

Perdona el cambio de última hora: esta tarde tenemos una entrega en Burlada y no llegamos a
las 17:00. ¿Podemos hacer la videollamada a las 19:00? El enlace es el mismo:
https://meet.example.es/irigoyen-delineante

Si no te viene bien, dime y buscamos otro día.

Javier""",
    ),
    dict(
        id="arga_cancel", kind="interview_reschedule_or_cancel",
        scenario="interview_cancelled_post_still_open", lang="es",
        company="Casas Modulares Arga", contact="leire.ochoa@arga-modular.example.es",
        frm=LEIRE,
        subject="Cancelamos la entrevista del miércoles",
        date="2026-09-14 08:30 +0200", reply_of="arga_video",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Hola Maximilian:

Tengo que cancelar la entrevista por vídeo que teníamos el miércoles 16 a las 12:00. Esta
semana tenemos una auditoría de calidad en fábrica y hemos parado todos los procesos de
selección hasta el lunes.

El puesto sigue abierto y tu candidatura continúa en el proceso. Te escribiré la semana
que viene con una nueva fecha.

Disculpa las molestias,
Leire Ochoa
Personas y Talento
Casas Modulares Arga
Polígono Talluntxe II, calle M 4, 31110 Noáin""",
    ),
    # ================================================================ missed_interview_notice
    dict(
        id="rautenstrauch_missed", kind="missed_interview_notice",
        scenario="called_twice_at_ten", lang="de", company="Ingenieurbüro Rautenstrauch",
        contact="h.albrecht@rautenstrauch-ing.example.de",
        frm=ALBRECHT,
        subject="Unser Telefontermin heute um 10:00 Uhr",
        date="2026-05-06 10:40 +0200", reply_of="rautenstrauch_ill",
        text="""Sehr geehrter Herr Oduya-Perrin,

Frau Arslan und ich haben Sie heute um 10:00 Uhr und noch einmal um 10:15 Uhr unter
+49 170 5550148 angerufen, Sie aber leider nicht erreicht. Auf Ihrer Mobilbox haben wir
eine Nachricht hinterlassen.

Bitte teilen Sie uns mit, ob Sie weiterhin an der Stelle interessiert sind.

Mit freundlichen Grüßen
""" + ALBRECHT_SIG,
        layout=("word",),
    ),
    dict(
        id="planwerk_missed", kind="missed_interview_notice",
        scenario="waited_on_teams_du", lang="de", company="Planwerk Digital",
        contact="jonas@planwerk-digital.example.de",
        frm=("Jonas Keil", "jonas@planwerk-digital.example.de"),
        subject="Hast du unseren Call vergessen?",
        date="2026-08-26 11:20 +0200", reply_of="planwerk_invite",
        text="""Hi Maximilian,

Mira und ich saßen heute ab 11:00 im Teams-Meeting und haben eine Viertelstunde auf dich
gewartet – leider bist du nicht aufgetaucht. Vielleicht ist der Link im Spam gelandet?

Sag kurz Bescheid, was los war.

Grüße
Jonas""",
    ),
    dict(
        id="rheintal_missed", kind="missed_interview_notice",
        scenario="agency_client_waited_in_vain", lang="de", company="Holzwerkstatt Rheinknie",
        contact="j.okafor-weiss@rheintal-personal.example.de",
        frm=JANA, frm_enc=("iso-8859-1", "Q"),
        subject="Herr Gisler hat auf Sie gewartet",
        date="2026-02-05 15:02 +0100", reply_of="rheintal_invite",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Hallo Herr Oduya-Perrin,

Herr Gisler von der Holzwerkstatt Rheinknie hat mich eben angerufen: Sie sind heute um
14 Uhr nicht zum Vorstellungstermin erschienen. Er hat eine halbe Stunde gewartet und Sie
auch auf dem Handy nicht erreicht.

Ist etwas passiert? Bitte rufen Sie mich heute noch an, damit ich dem Kunden etwas sagen
kann.

Jana Okafor-Weiß
Rheintal Personal""",
    ),
    dict(
        id="hardtwald_missed", kind="missed_interview_notice",
        scenario="public_body_not_appeared_cp1252", lang="de",
        company="Kreisbauamt Hardtwald", contact="p.schoenleber@kreisbauamt-hardtwald.example.de",
        frm=("Petra Schönleber", "p.schoenleber@kreisbauamt-hardtwald.example.de"),
        frm_enc=("windows-1252", "Q"),
        subject="Ihr Vorstellungsgespräch am 24.03.2026 – Kennziffer BZ-2026-07",
        subj_enc=("windows-1252", "B"),
        date="2026-03-25 11:15 +0100", reply_of="hardtwald_apply",
        charset="windows-1252", cte="8bit",
        text="""Sehr geehrter Herr Oduya-Perrin,

zu dem Ihnen mit Schreiben vom 6. März mitgeteilten Vorstellungsgespräch am 24. März 2026,
13:00 Uhr, sind Sie nicht erschienen. Eine Absage oder Entschuldigung lag uns nicht vor.

Bitte teilen Sie uns bis zum 31. März mit, ob Sie Ihre Bewerbung aufrechterhalten. Ein
Ersatztermin kann nur in begründeten Ausnahmefällen angeboten werden.

Im Auftrag
Petra Schönleber
Personalstelle – Kreisbauamt Hardtwald
Am Schlossplatz 3, 76131 Karlsruhe
Tel. 0721 555-3120""",
    ),
    dict(
        id="wpp_missed", kind="missed_interview_notice", scenario="agency_not_reached_phone",
        lang="de", company="Wiener Personalpartner",
        contact="hrdlicka@wiener-personalpartner.example.at",
        frm=SABINE,
        subject="AW: Telefontermin – Bautechnischer Zeichner Holzbau",
        date="2026-09-10 10:25 +0200", reply_of="wpp_screen",
        text="""Sehr geehrter Herr Oduya-Perrin,

wir hatten für heute 10:00 Uhr ein Telefonat vereinbart. Ich habe Sie zweimal angerufen,
leider ohne Erfolg, und Ihnen auf die Mobilbox gesprochen.

Wenn Sie weiterhin Interesse haben, rufen Sie mich bitte zurück oder schlagen Sie mir einen
neuen Zeitpunkt vor.

Beste Grüße
Sabine Hrdlicka""",
        layout=("word",),
    ),
    dict(
        id="kieffer_missed", kind="missed_interview_notice", scenario="atelier_waited_fr",
        lang="fr", company="Ébénisterie Kieffer", contact="marc@kieffer-ebenisterie.example.fr",
        frm=KIEFFER,
        subject="Notre rendez-vous de ce matin",
        date="2026-04-21 10:50 +0200", reply_of="kieffer_invite",
        text="""Bonjour Monsieur Oduya-Perrin,

Nous vous avons attendu ce matin à 10 h à l'atelier pour notre entretien, sans nouvelles
de votre part. J'ai essayé de vous joindre sur votre portable, sans succès.

J'espère qu'il ne vous est rien arrivé. Merci de me tenir au courant.

Marc Kieffer""",
    ),
    dict(
        id="hauterive_missed", kind="missed_interview_notice", scenario="headhunter_called_twice_fr",
        lang="fr", company="Hauterive Conseil",
        contact="a.devautrin@hauterive-conseil.example.fr",
        frm=("Arnaud de Vautrin", "a.devautrin@hauterive-conseil.example.fr"),
        subject="Notre appel de 9 h 30",
        date="2026-09-09 09:50 +0200", reply_of="hauterive_cold",
        text="""Bonjour Maximilian,

Je vous ai appelé à deux reprises à 9 h 30 comme convenu pour notre entretien au sujet de la
mission chez mon client près de Colmar, mais je suis tombé sur votre messagerie. Je vous ai
laissé un message.

Dites-moi si un autre moment vous arrange aujourd'hui ou demain.

Arnaud de Vautrin
Hauterive Conseil""",
        layout=("word",),
    ),
    dict(
        id="brunnmatt_missed", kind="missed_interview_notice", scenario="waiting_in_zoom_room",
        lang="en", company="Brunnmatt Engineering", contact="priya.raman@brunnmatt.example.ch",
        frm=PRIYA,
        subject="Re: Are you free Thursday to chat?",
        date="2026-09-03 16:25 +0200", reply_of="brunnmatt_chat",
        text="""Hi Maximilian,

Lukas and I have been waiting in the Zoom room since 4pm but haven't seen you join. We'll
hang on until half past – if something's come up, no worries, just let me know and we'll
find another time.

Priya""",
    ),
    dict(
        id="pale_cullinan_missed", kind="missed_interview_notice",
        scenario="client_rang_twice_voicemail", lang="en", company="Cullinan Timber Frame",
        contact="aoife@palerecruitment.example.ie",
        frm=AOIFE,
        subject="Seán tried calling you",
        date="2026-08-18 10:40 +0100", reply_of="pale_cullinan_invite",
        text="""Hi Maximilian,

Seán from Cullinan rang you at 10:00 and again at 10:10 but it went straight to voicemail.
He's left you a message. Is everything OK? Give me a shout as soon as you see this and I'll
see if he can squeeze you in later in the week.

""" + AOIFE_SIG,
    ),
    dict(
        id="talento_echarri_missed", kind="missed_interview_notice",
        scenario="agency_client_no_answer_es", lang="es", company="Muebles Echarri",
        contact="maite.goni@talentonavarra.example.es",
        frm=MAITE, frm_enc=("iso-8859-1", "Q"),
        subject="No hemos podido hablar contigo",
        date="2026-07-14 10:35 +0200", reply_of="talento_echarri_invite",
        text="""Hola, Maximilian:

Patxi Echarri te ha llamado hoy a las 10:00 y otra vez a las 10:15 para la entrevista y no
has contestado. Me ha llamado a mí para saber si había algún problema.

Llámame cuando puedas y vemos cómo lo arreglamos.

Maite""",
    ),
]
