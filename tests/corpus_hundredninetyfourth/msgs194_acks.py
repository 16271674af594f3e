"""Corpus 194, kinds `application_received` and `offer`.

Hand-written. Each dict is one message; make_hundredninetyfourth.py turns it into MIME.
"""

from __future__ import annotations

import msgs194_common as C
from msgs194_invites import BROMBACH, BROMBACH_SIG, FERRITER_ILL, KIEFFER_APOLOGY, KIEFFER_REINVITE
from msgs194_other import WOHLGEMUTH_APPLY

ME = C.ME

ZUBIRI_ACK = """Hola Maximilian:

Gracias por enviarnos tu candidatura para el puesto de delineante. La hemos recibido
correctamente y la revisaremos junto con las demás durante las próximas semanas.

Si tu perfil encaja, Itziar o Mikel se pondrán en contacto contigo.

Un saludo,
Ane Goikoetxea
Administración · Zubiri Larrea Arquitectos"""

MESSAGES: list[dict] = [
    # ================================================================ application_received
    dict(
        id="brombach_ack", kind="application_received", scenario="human_unterlagen_angekommen",
        lang="de", company="Schreinerei Brombach", contact="u.brombach@brombach-moebel.example.de",
        frm=BROMBACH, subject="Ihre Bewerbung ist angekommen",
        date="2026-02-09 16:20 +0100", reply_of="ext:example.de",
        text="""Guten Tag Herr Oduya-Perrin,

Ihre Unterlagen sind gut bei uns angekommen, vielen Dank. Unser Werkstattleiter Herr
Kaltenbach und ich schauen sie uns in den nächsten Tagen in Ruhe an. Sie hören bis Ende
nächster Woche von uns.

Freundliche Grüße aus Haslach

""" + BROMBACH_SIG,
    ),
    dict(
        id="vollmar_ack", kind="application_received", scenario="workday_no_individual_reply",
        lang="de", company="Vollmar Gruppe",
        frm=("Vollmar Gruppe", "vollmar@myworkday.com"),
        subject="Vielen Dank für Ihre Bewerbung – Technischer Zeichner (m/w/d) Haustechnik",
        date="2026-01-14 08:03 +0000",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Guten Tag Maximilian Oduya-Perrin,

vielen Dank für Ihre Bewerbung auf die Stelle Technischer Zeichner (m/w/d) Haustechnik
(R-20417) am Standort Stuttgart-Feuerbach. Ihre Unterlagen sind vollständig eingegangen.

Wir prüfen alle Bewerbungen sorgfältig. Aufgrund der hohen Zahl an Zuschriften können wir
leider nicht jedem Bewerber individuell antworten; den Stand Ihrer Bewerbung sehen Sie
jederzeit in Ihrem Kandidatenkonto.

Mit freundlichen Grüßen
Talent Acquisition
Vollmar Gruppe

Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.""",
        layout=("card", "Vollmar Gruppe", "#005a9c",
               "Vollmar Gruppe GmbH & Co. KG · Stuttgart · Datenschutz: "
               "https://vollmar.example.de/datenschutz"),
    ),
    dict(
        id="kesselring_ack", kind="application_received", scenario="personio_eingang",
        lang="de", company="Holzbau Kesselring",
        contact="s.kesselring@kesselring-holzbau.example.de",
        frm=("Holzbau Kesselring", "no-reply@personio.de"),
        reply_to=("Stefanie Kesselring", "s.kesselring@kesselring-holzbau.example.de"),
        subject="Eingangsbestätigung: Technische/r Zeichner/in Holzbau (m/w/d)",
        date="2026-05-04 11:12 +0200",
        text="""Hallo Herr Oduya-Perrin,

danke, dass Sie sich bei uns beworben haben! Wir haben Ihre Bewerbung als Technische/r
Zeichner/in Holzbau (m/w/d) erhalten.

Wie geht es weiter? Stefanie Kesselring aus der Geschäftsleitung sieht sich Ihre Unterlagen
persönlich an. Bei Fragen können Sie direkt auf diese E-Mail antworten.

Viele Grüße
Ihr Team von Holzbau Kesselring
Gewerbestraße 14 · 79194 Gundelfingen""",
        layout=("card", "Holzbau Kesselring", "#7a4b1e",
               "Gesendet mit Personio im Auftrag von Holzbau Kesselring GmbH."),
    ),
    dict(
        id="rheintal_reg", kind="application_received", scenario="agency_registration_pool",
        lang="de", company="Rheintal Personal",
        contact="j.okafor-weiss@rheintal-personal.example.de",
        frm=("Jana Okafor-Weiß", "j.okafor-weiss@rheintal-personal.example.de"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Ihre Registrierung bei Rheintal Personal",
        date="2026-01-19 15:05 +0100",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Hallo Herr Oduya-Perrin,

schön, dass wir heute telefonieren konnten. Hiermit bestätige ich, dass Sie in unserem
Bewerberpool für technische Berufe registriert sind. Ihren Lebenslauf und die Zeugnisse
habe ich erhalten und hinterlegt.

Ich stelle Ihr Profil nur nach Rücksprache mit Ihnen bei Kunden vor. Sobald ich eine
passende Stelle in Freiburg, Lörrach oder Basel habe, rufe ich Sie an.

Beste Grüße
Jana Okafor-Weiß | Personalberaterin Technik
Rheintal Personal GmbH | Bertoldstraße 12 | 79098 Freiburg
T +49 761 555 4410""",
    ),
    dict(
        id="wohlgemuth_ack", kind="application_received", scenario="office_forwarded_outlook",
        lang="de", company="Tischlerei Wohlgemuth",
        contact="office@wohlgemuth-tischlerei.example.at",
        frm=("Tischlerei Wohlgemuth", "office@wohlgemuth-tischlerei.example.at"),
        subject="AW: Bewerbung als CAD-Zeichner für die Arbeitsvorbereitung",
        date="2026-01-27 09:44 +0100", reply_of="wohlgemuth_apply",
        text="""Sehr geehrter Herr Oduya-Perrin,

danke für Ihre Bewerbung, wir haben sie erhalten und an Frau Wohlgemuth weitergegeben.
Sie meldet sich in den nächsten Tagen persönlich bei Ihnen.

Freundliche Grüße
Karin Pichler
Büro / Buchhaltung
Tischlerei Wohlgemuth GmbH · Kaiserstraße 88 · 1070 Wien · +43 1 5550 2230

""" + C.outlook("de", "Maximilian Oduya-Perrin <maximilian.op@example.de>",
                "Montag, 26. Jänner 2026 20:31", "office@wohlgemuth-tischlerei.example.at",
                "Bewerbung als CAD-Zeichner für die Arbeitsvorbereitung", WOHLGEMUTH_APPLY),
        layout=("word",),
    ),
    dict(
        id="fertigwerk_ack", kind="application_received", scenario="softgarden_bewerbungseingang",
        lang="de", company="FertigWerk Baden",
        frm=("FertigWerk Baden", "noreply@softgarden.io"),
        subject="Bewerbungseingang – Bauzeichner/in Holzfertigbau (m/w/d)",
        date="2026-01-21 13:37 +0100",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Sehr geehrter Herr Oduya-Perrin,

Ihre Bewerbung für die Position „Bauzeichner/in Holzfertigbau (m/w/d)“ ist bei uns
eingegangen. Vielen Dank für Ihr Interesse an FertigWerk Baden!

Wir melden uns, sobald wir Ihre Unterlagen gesichtet haben. Das kann erfahrungsgemäß zwei
bis drei Wochen dauern.

Ihr Personalteam
FertigWerk Baden

Diese E-Mail wurde über softgarden versendet. Antworten an diese Adresse erreichen uns
nicht.""",
        layout=("card", "FertigWerk Baden", "#e67e22"),
        cte="base64", html_cte="quoted-printable",
    ),
    dict(
        id="sennhauser_ack", kind="application_received", scenario="icims_bestaetigung_ch",
        lang="de", company="Sennhauser Fertigbau",
        frm=("Sennhauser Fertigbau Recruiting", "noreply@talent.icims.com"),
        subject="Bestätigung Ihrer Bewerbung – CAD-Konstrukteur Elementbau (2026-118)",
        date="2026-08-03 07:58 +0200",
        text="""Grüezi Herr Oduya-Perrin

Besten Dank für Ihre Bewerbung als CAD-Konstrukteur Elementbau (Stelle 2026-118). Wir
bestätigen den Eingang Ihrer vollständigen Unterlagen.

Unser HR-Team prüft Ihr Dossier und meldet sich innert zehn Arbeitstagen bei Ihnen.

Freundliche Grüsse
HR Sennhauser Fertigbau AG
Hauptstrasse 45, 4132 Muttenz

Dies ist eine automatisch generierte Nachricht.""",
        html_only=True, layout=("card", "Sennhauser Fertigbau", "#b71c1c"),
    ),
    dict(
        id="austrobau_ack", kind="application_received", scenario="successfactors_eingegangen",
        lang="de", company="Austrobau Elemente",
        frm=("Austrobau Elemente Karriere", "noreply@successfactors.eu"),
        subject="Ihre Bewerbung ist bei uns eingegangen (Job-ID 48291)",
        date="2026-07-06 05:12 +0000",
        cte="base64",
        text="""Sehr geehrter Herr Oduya-Perrin,

wir bestätigen den Eingang Ihrer Bewerbung für die Position CAD-Techniker/in
Fertigteilplanung (Job-ID 48291) in Wien-Liesing.

Unser Recruiting-Team wird Ihre Unterlagen prüfen. Bitte haben Sie Verständnis dafür, dass
dies einige Wochen in Anspruch nehmen kann.

Mit freundlichen Grüßen
Recruiting-Team
Austrobau Elemente GmbH
Diese Nachricht wurde automatisch erstellt.""",
    ),
    dict(
        id="zv_ack", kind="application_received", scenario="public_body_eingangsbestaetigung",
        lang="de", company="Zweckverband Abwasser Dreisamtal",
        contact="g.schuler@zv-dreisamtal.example.de",
        frm=("Gerhard Schuler", "g.schuler@zv-dreisamtal.example.de"),
        subject="Eingangsbestätigung – Technischer Zeichner/Bauzeichner (m/w/d), Ausschreibung 03/2026",
        date="2026-06-03 10:15 +0200",
        charset="windows-1252", cte="8bit",
        text="""Sehr geehrter Herr Oduya-Perrin,

hiermit bestätigen wir den Eingang Ihrer Bewerbung vom 1. Juni 2026 auf die Stelle
„Technischer Zeichner/Bauzeichner (m/w/d)“, Ausschreibung 03/2026.

Die Bewerbungsfrist endet am 14. Juni. Danach trifft die Auswahlkommission eine Vorauswahl.
Bitte sehen Sie bis dahin von Sachstandsanfragen ab; wir informieren alle Bewerberinnen und
Bewerber unaufgefordert über den weiteren Verlauf.

Mit freundlichen Grüßen
Gerhard Schuler
Personalwesen
Zweckverband Abwasser Dreisamtal
Talstraße 9 – 79199 Kirchzarten
Tel. 07661 555 840""",
    ),
    dict(
        id="planwerk_ack", kind="application_received", scenario="ashby_danke_du",
        lang="de", company="Planwerk Digital",
        frm=("Planwerk Digital", "no-reply@ashbyhq.com"),
        subject="Danke für deine Bewerbung bei Planwerk Digital!",
        date="2026-08-17 14:00 +0200",
        text="""Hi Maximilian,

danke, dass du dich als BIM-Zeichner:in (Holzbau) bei uns beworben hast. Deine Bewerbung
ist angekommen und liegt jetzt beim Team.

Wir schauen uns jede Bewerbung an und melden uns in der Regel innerhalb von 10 Tagen.

Bis bald
Das Planwerk-Team
Karlsruhe

Powered by Ashby""",
        layout=("card", "Planwerk Digital", "#5b3cc4"),
    ),
    dict(
        id="vm_ack", kind="application_received", scenario="recruitee_bien_recu", lang="fr",
        company="Vogt & Muller Architectes",
        frm=("Vogt & Muller Architectes", "vogtmuller@jobs.recruitee.com"),
        subject="Nous avons bien reçu votre candidature – Dessinateur-projeteur (H/F)",
        date="2026-05-18 14:22 +0200",
        text="""Bonjour Maximilian,

Merci pour votre candidature au poste de Dessinateur-projeteur (H/F) à Strasbourg. Nous
l'avons bien reçue et nous l'étudierons avec attention.

Si votre profil correspond à nos besoins, nous vous contacterons dans les deux semaines
pour convenir d'un premier échange.

L'équipe Vogt & Muller Architectes""",
        layout=("card", "Vogt & Muller Architectes", "#2c3e50",
               "Envoyé via Recruitee – ne pas répondre à ce message."),
    ),
    dict(
        id="ait_reg", kind="application_received", scenario="agency_inscription_confirmee",
        lang="fr", company="Alsace Intérim Technique",
        contact="n.benali@ait-interim.example.fr",
        frm=("Nadia Benali", "n.benali@ait-interim.example.fr"),
        subject="Votre inscription chez Alsace Intérim Technique",
        date="2026-01-12 11:40 +0100",
        text="""Bonjour Maximilian,

Suite à notre rendez-vous de ce matin, je vous confirme votre inscription dans notre
fichier candidats (pôle Bâtiment & Bois). Votre dossier est complet : CV, pièce
d'identité, attestation de formation DAO.

Je vous proposerai des missions et des postes en bureau d'études entre Strasbourg et
Mulhouse, toujours avec votre accord préalable.

Belle journée,
Nadia Benali
Chargée de recrutement – pôle Bâtiment & Bois
Alsace Intérim Technique
22 avenue de la Marseillaise, 67000 Strasbourg
03 88 55 60 42""",
        layout=("word",),
    ),
    dict(
        id="batiplan_ack", kind="application_received", scenario="taleo_pas_de_reponse_individuelle",
        lang="fr", company="Groupe Bâtiplan",
        frm=("Groupe Bâtiplan - Recrutement", "notifications@taleo.net"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Accusé de réception de votre candidature n° 2600417",
        date="2026-09-21 09:30 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Monsieur Oduya-Perrin,

Nous accusons réception de votre candidature au poste de Dessinateur projeteur (H/F) basé
à Mulhouse (réf. 2600417) et vous remercions de l'intérêt que vous portez au Groupe
Bâtiplan.

Compte tenu du nombre important de candidatures reçues, nous ne sommes malheureusement pas
en mesure de répondre individuellement à chacune d'elles. Si votre profil est retenu pour
la suite du processus, un membre de notre équipe RH vous contactera.

Cordialement,
La Direction des Ressources Humaines
Groupe Bâtiplan

Ceci est un message automatique, merci de ne pas y répondre.""",
        layout=("card", "Groupe Bâtiplan", "#34495e"),
    ),
    dict(
        id="regie_ack", kind="application_received", scenario="public_accuse_reception_latin1",
        lang="fr", company="Régie des Bâtiments de l'Ill",
        contact="recrutement@regie-batiments-ill.example.fr",
        frm=("Régie des Bâtiments de l'Ill - Service RH",
             "recrutement@regie-batiments-ill.example.fr"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Accusé de réception - réf. RBI-2026-031",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-07-13 15:00 +0200",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Monsieur,

Nous avons bien reçu votre dossier de candidature au poste de technicien dessinateur
(catégorie B, contractuel) à la direction du patrimoine, référence RBI-2026-031.

Les candidatures sont recevables jusqu'au 31 juillet 2026. Le jury se réunira courant août
et les candidats présélectionnés seront convoqués à un entretien début septembre.

Pour toute question, vous pouvez écrire à recrutement@regie-batiments-ill.example.fr.

Le service des ressources humaines
Régie des Bâtiments de l'Ill
8 place de l'Hôtel de Ville, 67000 Strasbourg""",
    ),
    dict(
        id="mos_ack", kind="application_received", scenario="teamtailor_merci_candidature",
        lang="fr", company="Maisons Ossature Sundgau",
        frm=("Maisons Ossature Sundgau", "no-reply@teamtailor-mail.com"),
        subject="Merci pour votre candidature, Maximilian !",
        date="2026-02-16 10:02 +0100",
        text="""Bonjour Maximilian,

Merci d'avoir postulé au poste de Technicien(ne) bureau d'études ossature bois chez
Maisons Ossature Sundgau. Votre candidature est bien arrivée !

Julie, notre responsable RH, la lira personnellement dans les prochains jours.

À très vite,
L'équipe Maisons Ossature Sundgau
Altkirch – Haut-Rhin""",
        layout=("card", "Maisons Ossature Sundgau", "#2e7d32",
               "Propulsé par Teamtailor. Gérer mes données : "
               "https://mos-sundgau.teamtailor.example.com/connect"),
        html_only=True,
    ),
    dict(
        id="grattan_ack", kind="application_received", scenario="greenhouse_thank_you_applying",
        lang="en", company="Grattan Lowe Architects",
        frm=("Grattan Lowe Architects", "no-reply@us.greenhouse-mail.io"),
        subject="Thank you for applying to Grattan Lowe Architects",
        date="2026-03-03 12:15 +0000",
        text="""Hi Maximilian,

Thanks for your interest in Grattan Lowe Architects! We've received your application for
the Architectural Technician role in Dublin, and our team will review it shortly.

If your experience is a good fit, someone from our talent team will be in touch to
discuss next steps.

Best regards,
Grattan Lowe Architects Talent Team

**Please note: this inbox is not monitored.**""",
        layout=("card", "Grattan Lowe Architects", "#24a47f"),
    ),
    dict(
        id="ferriter_ack", kind="application_received", scenario="lever_application_received",
        lang="en", company="Ferriter Modular",
        frm=("Ferriter Modular", "no-reply@hire.lever.co"),
        subject="Ferriter Modular – we've received your application",
        date="2026-05-05 17:44 +0100",
        text="""Hi Maximilian,

Thank you for applying for the CAD Technician position at Ferriter Modular. This email
confirms we have received your application.

Our hiring team reviews every application, and we aim to reply within two weeks.

All the best,
The Ferriter Modular Team
Unit 7, Greenogue Business Park, Rathcoole, Co. Dublin""",
        layout=("card", "Ferriter Modular", "#1565c0"),
    ),
    dict(
        id="liffey_ack", kind="application_received", scenario="bamboohr_thanks_reply_to_human",
        lang="en", company="Liffey Joinery", contact="mark.doyle@liffeyjoinery.example.ie",
        frm=("Liffey Joinery", "notifications@app.bamboohr.com"),
        reply_to=("Mark Doyle", "mark.doyle@liffeyjoinery.example.ie"),
        subject="Thanks for applying to Liffey Joinery",
        date="2026-06-22 08:10 +0100",
        text="""Hi Maximilian,

Thanks for applying for the CAD Setter-Out role. We've got your CV and cover letter, and
Mark Doyle, our production manager, will look through them this week.

If you have any questions in the meantime, just reply to this email and it'll go to Mark.

Cheers,
Liffey Joinery""",
    ),
    dict(
        id="zubiri_ack", kind="application_received", scenario="estudio_recibida", lang="es",
        company="Zubiri Larrea Arquitectos", contact="estudio@zubirilarrea.example.es",
        frm=("Zubiri Larrea Arquitectos", "estudio@zubirilarrea.example.es"),
        subject="Re: Candidatura delineante",
        date="2026-03-12 10:04 +0100", reply_of="ext:example.de",
        text=ZUBIRI_ACK,
    ),
    dict(
        id="talento_reg", kind="application_received", scenario="agency_perfil_registrado",
        lang="es", company="Talento Navarra", contact="maite.goni@talentonavarra.example.es",
        frm=("Maite Goñi", "maite.goni@talentonavarra.example.es"),
        frm_enc=("iso-8859-1", "B"),
        subject="Hemos registrado tu perfil en Talento Navarra",
        date="2026-06-29 13:10 +0200",
        text="""Hola, Maximilian:

Gracias por la llamada de esta mañana. Te confirmo que ya tenemos tu perfil registrado en
nuestra base de datos de candidatos técnicos, con el currículum y el certificado del curso
de delineación.

A partir de ahora te iré enviando procesos de carpintería, mobiliario y estudios de
arquitectura en la comarca de Pamplona que encajen contigo.

Un saludo,
Maite Goñi
Consultora de selección · Talento Navarra
Avenida de Carlos III 44, 31002 Pamplona · 948 555 611""",
        layout=("plain",),
    ),
    dict(
        id="arga_ack", kind="application_received", scenario="workable_recibida", lang="es",
        company="Casas Modulares Arga",
        frm=("Casas Modulares Arga", "noreply@candidates.workablemail.com"),
        subject="Hemos recibido tu candidatura – Delineante/a proyectista",
        date="2026-08-31 18:20 +0200",
        text="""Hola Maximilian,

Gracias por presentar tu candidatura al puesto de Delineante/a proyectista en Casas
Modulares Arga (Noáin, Navarra). La hemos recibido correctamente.

Nuestro equipo revisará tu perfil y te escribiremos si pasas a la siguiente fase.

Saludos,
Equipo de Personas – Casas Modulares Arga

Este correo se ha enviado desde Workable. Por favor, no respondas a este mensaje.""",
        layout=("card", "Casas Modulares Arga", "#00897b"),
        cte="quoted-printable", html_cte="base64",
    ),
    # ================================================================ offer
    dict(
        id="brombach_offer", kind="offer", scenario="contract_offer_pdf_quotes_thanks",
        lang="de", company="Schreinerei Brombach",
        contact="u.brombach@brombach-moebel.example.de",
        frm=BROMBACH, subject="Unser Angebot: CAD-Zeichner Arbeitsvorbereitung",
        date="2026-03-04 17:05 +0100", reply_of="brombach_thanks",
        text="""Lieber Herr Oduya-Perrin,

nach Ihrem Besuch waren Herr Kaltenbach und ich uns schnell einig: Wir möchten Sie gerne
als CAD-Zeichner in der Arbeitsvorbereitung einstellen.

Im Anhang finden Sie unser Vertragsangebot mit den Eckdaten: Beginn am 1. April 2026,
40 Stunden, 3.350 Euro brutto im Monat, 30 Tage Urlaub, sechs Monate Probezeit. Den
AutoCAD-Lehrgang, den Sie gerade abschließen, rechnen wir Ihnen bei der Einstufung an.

Bitte geben Sie uns bis Freitag, 13. März, Bescheid, ob Sie das Angebot annehmen. Für
Rückfragen rufen Sie mich gerne an.

Herzliche Grüße

""" + BROMBACH_SIG + """

Am 25.02.2026 um 08:12 schrieb Maximilian Oduya-Perrin:
> Sehr geehrte Frau Brombach,
>
> haben Sie herzlichen Dank für das Gespräch gestern und die Zeit, die sich Herr Kaltenbach
> für den Rundgang genommen hat.
> [...]""",
        attach=[dict(pdf="Vertragsangebot_Oduya-Perrin.pdf", title="Vertragsangebot",
                     lines=["Schreinerei Brombach GmbH & Co. KG",
                            "Vertragsangebot für Herrn Maximilian Oduya-Perrin",
                            "", "Position: CAD-Zeichner Arbeitsvorbereitung",
                            "Beginn: 01.04.2026", "Arbeitszeit: 40 Stunden/Woche",
                            "Vergütung: 3.350,00 EUR brutto/Monat", "Urlaub: 30 Arbeitstage",
                            "Probezeit: 6 Monate", "", "Freiburg, 04.03.2026"])],
    ),
    dict(
        id="kesselring_offer", kind="offer", scenario="verbal_offer_follow_up", lang="de",
        company="Holzbau Kesselring", contact="s.kesselring@kesselring-holzbau.example.de",
        frm=("Stefanie Kesselring", "s.kesselring@kesselring-holzbau.example.de"),
        subject="Wie am Telefon besprochen – unser Angebot für Sie",
        date="2026-06-01 19:22 +0200", reply_of="kesselring_move",
        text="""Hallo Herr Oduya-Perrin,

wie heute Nachmittag am Telefon besprochen, hier noch einmal schriftlich: Wir möchten
Ihnen die Stelle als Technischer Zeichner im Holzbau anbieten.

Die Eckdaten:
- Start am 1. Juli 2026 oder nach Absprache
- Vollzeit, 39 Stunden, Gleitzeit ab 6:30 Uhr
- 3.420 Euro brutto, dazu Jobrad und Zuschuss zum Deutschlandticket
- Einarbeitung in cadwork durch unseren Konstrukteur Herrn Dold

Den Vertrag schicke ich Ihnen diese Woche per Post. Wenn Sie vorab Fragen haben, melden
Sie sich jederzeit. Wir haben uns nach dem Probearbeitstag alle sehr gefreut!

Viele Grüße
Stefanie Kesselring
Geschäftsleitung
Holzbau Kesselring GmbH · Gewerbestraße 14 · 79194 Gundelfingen
Tel. 0761 555 9340""",
        layout=("plain",),
    ),
    dict(
        id="technika_edelrath_offer", kind="offer", scenario="headhunter_client_offer",
        lang="de", company="Küchenmanufaktur Edelrath",
        contact="f.baeuerle@technika-recruiting.example.de",
        frm=("Florian Bäuerle", "f.baeuerle@technika-recruiting.example.de"),
        frm_enc=("utf-8", "B"),
        subject="Edelrath möchte Ihnen ein Angebot machen",
        date="2026-07-20 16:14 +0200", reply_of="technika_edelrath_move",
        text="""Hallo Herr Oduya-Perrin,

gute Nachrichten aus Wangen: Die Küchenmanufaktur Edelrath möchte Ihnen ein Angebot
machen! Herr Edelrath jun. war von Ihrem Gespräch und der Skizze der Eckküche sehr angetan.

Was mir der Kunde genannt hat: Festanstellung als CAD-Konstrukteur Küchen- und Möbelbau,
Start 1. Oktober, 52.000 Euro Jahresgehalt plus Weihnachtsgeld, 30 Urlaubstage. Das
schriftliche Angebot kommt direkt von Edelrath, voraussichtlich Mittwoch.

Wollen wir morgen kurz telefonieren, damit ich Ihnen die Details erklären kann und Sie mir
sagen, wie Sie dazu stehen?

Beste Grüße
Florian Bäuerle
Technika Recruiting | Executive Search Bau & Holz
Königstraße 26, 70173 Stuttgart | +49 711 555 9021""",
    ),
    dict(
        id="zv_offer", kind="offer", scenario="public_einstellungszusage_pdf", lang="de",
        company="Zweckverband Abwasser Dreisamtal",
        contact="g.schuler@zv-dreisamtal.example.de",
        frm=("Gerhard Schuler", "g.schuler@zv-dreisamtal.example.de"),
        subject="Einstellungszusage – Technischer Zeichner/Bauzeichner (m/w/d), EG 8 TVöD",
        date="2026-07-22 10:00 +0200", reply_of="zv_update",
        cte="base64",
        text="""Sehr geehrter Herr Oduya-Perrin,

wir freuen uns, Ihnen mitteilen zu können, dass die Auswahlkommission Sie für die Stelle
„Technischer Zeichner/Bauzeichner (m/w/d)“ ausgewählt hat. Der Verbandsvorsitzende hat der
Einstellung zugestimmt.

Die Einstellungszusage mit den Einzelheiten (Eingruppierung EG 8 TVöD, Stufe 2, Beginn
1. Oktober 2026) finden Sie im Anhang. Bitte senden Sie uns die beigefügte
Annahmeerklärung bis zum 7. August unterschrieben zurück. Die Einstellung steht unter dem
Vorbehalt der arbeitsmedizinischen Untersuchung.

Mit freundlichen Grüßen
Gerhard Schuler
Personalwesen
Zweckverband Abwasser Dreisamtal
Talstraße 9 – 79199 Kirchzarten""",
        attach=[dict(pdf="Einstellungszusage_Oduya-Perrin.pdf", title="Einstellungszusage",
                     lines=["Zweckverband Abwasser Dreisamtal - Personalwesen",
                            "Einstellungszusage", "",
                            "Herrn Maximilian Oduya-Perrin",
                            "Stelle: Technischer Zeichner/Bauzeichner (m/w/d)",
                            "Eingruppierung: EG 8 TVöD, Stufe 2",
                            "Beginn: 01.10.2026, unbefristet, Vollzeit (39 Std.)",
                            "Annahmeerklärung bitte bis 07.08.2026 zurücksenden."])],
    ),
    dict(
        id="amsler_contract", kind="offer", scenario="contract_for_signature_ch_du",
        lang="de", company="Amsler Frey Architekten", contact="reto@amslerfrey.example.ch",
        frm=("Reto Amsler", "reto@amslerfrey.example.ch"),
        subject="Vertrag zur Unterschrift",
        date="2026-06-09 14:48 +0200", reply_of="amsler_cancel",
        text="""Hoi Maximilian

Schön, dass es letzten Donnerstag doch noch geklappt hat. Wie versprochen: Im Anhang ist
dein Arbeitsvertrag als Zeichner in unserem Büro, 80 %, Start am 1. September.

Bitte beide Exemplare unterschreiben und eines per Post an uns zurück. Die
Grenzgängerbewilligung beantragen wir für dich, sobald der Vertrag da ist.

Bei Fragen einfach anrufen.

Liebe Grüsse
Reto

Amsler Frey Architekten AG
Reto Amsler, dipl. Architekt ETH/SIA
Güterstrasse 133, 4053 Basel
+41 61 555 22 81""",
        attach=[dict(pdf="Arbeitsvertrag_Amsler_Frey_Oduya-Perrin.pdf", title="Arbeitsvertrag",
                     lines=["Amsler Frey Architekten AG, Basel", "Arbeitsvertrag", "",
                            "Arbeitnehmer: Maximilian Oduya-Perrin",
                            "Funktion: Zeichner Architektur, Pensum 80 %",
                            "Beginn: 01.09.2026", "Bruttolohn: CHF 5'400.- x 13",
                            "Unterschrift Arbeitnehmer: ____________________"])],
    ),
    dict(
        id="kieffer_offer", kind="offer", scenario="promesse_embauche_pdf", lang="fr",
        company="Ébénisterie Kieffer", contact="marc@kieffer-ebenisterie.example.fr",
        frm=("Marc Kieffer", "marc@kieffer-ebenisterie.example.fr"),
        subject="Proposition d'embauche – dessinateur en agencement",
        date="2026-05-12 18:30 +0200", reply_of="kieffer_reinvite",
        text="""Bonjour Maximilian,

Après notre rencontre du 30 avril et l'essai de dessin que vous nous avez rendu, nous
sommes heureux de vous proposer le poste de dessinateur en agencement à l'atelier.

Vous trouverez ci-joint la promesse d'embauche : CDI à temps plein, prise de poste le
1er juillet 2026, salaire brut annuel de 31 200 euros sur treize mois, période d'essai de
deux mois.

Merci de me faire part de votre réponse d'ici le 22 mai. Je reste joignable à l'atelier
pour toute question.

Bien cordialement,
Marc Kieffer
Gérant – Ébénisterie Kieffer
17 rue du Lazaret, 67100 Strasbourg
03 88 55 34 90

""" + C.said("fr", "mer. 22 avr. 2026 à 14:15", "Marc Kieffer",
             "marc@kieffer-ebenisterie.example.fr") + "\n" + C.quote(
            KIEFFER_REINVITE + "\n\n" + C.said(
                "fr", "mar. 21 avr. 2026 à 13:02", "Maximilian Oduya-Perrin",
                "maximilian.op@example.de") + "\n" + C.quote(KIEFFER_APOLOGY)),
        attach=[dict(pdf="Promesse_embauche_Oduya-Perrin.pdf", title="Promesse d'embauche",
                     lines=["Ébénisterie Kieffer SARL - Strasbourg", "Promesse d'embauche", "",
                            "M. Maximilian Oduya-Perrin",
                            "Poste : dessinateur en agencement - CDI temps plein",
                            "Date d'entrée : 1er juillet 2026",
                            "Rémunération : 31 200 EUR brut annuel sur 13 mois",
                            "Période d'essai : 2 mois"])],
    ),
    dict(
        id="hauterive_offer", kind="offer", scenario="headhunter_unnamed_client_offer",
        lang="fr", company="Hauterive Conseil",
        contact="a.devautrin@hauterive-conseil.example.fr",
        frm=("Arnaud de Vautrin", "a.devautrin@hauterive-conseil.example.fr"),
        subject="Bonne nouvelle : mon client souhaite vous faire une offre",
        date="2026-10-20 12:40 +0200",
        text="""Maximilian,

Excellente nouvelle : mon client, le constructeur bois du Haut-Rhin que vous avez rencontré
jeudi, souhaite vous faire une offre pour le poste de projeteur ossature bois.

Les grandes lignes : CDI, statut ETAM, 34 000 euros brut annuels, véhicule de service pour
les relevés de chantier, démarrage en janvier 2027. La proposition écrite vous parviendra
directement de leur part dès que vous m'aurez donné votre accord de principe.

Appelez-moi quand vous pouvez, je suis au bureau tout l'après-midi.

Arnaud de Vautrin
Associé – Hauterive Conseil
+33 3 88 55 71 09""",
        layout=("word",),
    ),
    dict(
        id="ferriter_offer", kind="offer", scenario="contract_sent_for_signature_en",
        lang="en", company="Ferriter Modular",
        contact="ciaran.moloney@ferritermodular.example.ie",
        frm=("Ciarán Moloney", "ciaran.moloney@ferritermodular.example.ie"),
        subject="Your contract – CAD Technician, Ferriter Modular",
        date="2026-06-03 11:20 +0100", reply_of="ferriter_ill",
        text="""Hi Maximilian,

Great to speak yesterday, and delighted you're joining us!

As promised, attached is your contract of employment for the CAD Technician role: start
date Monday 3 August, salary €46,000, 23 days' annual leave plus bank holidays, and the
relocation allowance we discussed.

Could you sign and return it by Wednesday 10 June? A scanned copy is fine; bring the
original on your first day.

Looking forward to having you on the team.

Ciarán

Ciarán Moloney | Talent & People Lead
Ferriter Modular Ltd | Unit 7, Greenogue Business Park, Rathcoole, Co. Dublin
+353 1 555 7720

""" + C.said("en", "Thu, 14 May 2026 at 10:10", "Ciarán Moloney",
             "ciaran.moloney@ferritermodular.example.ie") + "\n" + C.quote(FERRITER_ILL),
        attach=[dict(pdf="Ferriter_Modular_Contract_Oduya-Perrin.pdf",
                     title="Contract of Employment",
                     lines=["Ferriter Modular Ltd - Contract of Employment", "",
                            "Employee: Maximilian Oduya-Perrin",
                            "Position: CAD Technician", "Start date: 3 August 2026",
                            "Salary: EUR 46,000 per annum", "Signed: ____________________"])],
        layout=("plain",),
    ),
    dict(
        id="pale_ardmore_offer", kind="offer", scenario="agency_client_wants_offer_en",
        lang="en", company="Ardmore Kitchens", contact="aoife@palerecruitment.example.ie",
        frm=("Aoife Brennan", "aoife@palerecruitment.example.ie"),
        subject="Ardmore Kitchens want to make you an offer!",
        date="2026-10-06 17:55 +0100",
        text="""Hi Maximilian,

Told you we'd get there! Ardmore Kitchens called this afternoon – they loved the second
interview and want to make you an offer for the Design Draughtsperson role in Bray.

Headlines: €44,500 base, hybrid after probation (two days from home), start in November.
Their HR will send the written offer tomorrow, but I wanted you to hear it from me first.

Have a think tonight and give me a ring in the morning?

Cheers,
Aoife

Aoife Brennan | Senior Consultant – Construction & Design
Pale Recruitment | 3rd Floor, 22 Harcourt Street, Dublin 2
+353 87 555 3321""",
    ),
    dict(
        id="irigoyen_offer", kind="offer", scenario="carta_oferta_pdf_es", lang="es",
        company="Carpintería Irigoyen", contact="javier@irigoyen-carpinteria.example.es",
        frm=("Javier Irigoyen", "javier@irigoyen-carpinteria.example.es"),
        subject="Oferta de trabajo – delineante en oficina técnica",
        date="2026-07-01 13:40 +0200", reply_of="irigoyen_move",
        text="""Hola Maximilian:

Ha sido un placer hablar contigo las dos veces. Lo hemos comentado en casa y en el taller,
y queremos ofrecerte el puesto de delineante en nuestra oficina técnica.

Te adjunto la carta de oferta: contrato indefinido a jornada completa, incorporación el
14 de septiembre, 27.500 euros brutos anuales en catorce pagas y horario de 7:30 a 15:30.

Si te parece bien, confírmamelo antes del 10 de julio y preparamos el contrato.

Un abrazo,
Javier Irigoyen
Gerente · Carpintería Irigoyen
Polígono Landaben, calle E 12 · 31012 Pamplona · 948 555 377""",
        charset="iso-8859-1", cte="quoted-printable",
        attach=[dict(pdf="Carta_oferta_Irigoyen.pdf", title="Carta de oferta",
                     lines=["Carpintería Irigoyen S.L. - Pamplona", "Carta de oferta", "",
                            "D. Maximilian Oduya-Perrin",
                            "Puesto: delineante - oficina técnica",
                            "Contrato indefinido, jornada completa",
                            "Incorporación: 14/09/2026",
                            "Salario: 27.500 EUR brutos anuales (14 pagas)"])],
    ),
]
