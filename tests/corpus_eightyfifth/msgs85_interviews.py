"""Corpus 85 data: interview invitations, reschedules/cancellations and missed-interview notices.

Imported only by make_eightyfifth.py; each entry is one message with its labels.
"""

from make_eightyfifth import Msg as M
from make_eightyfifth import ics

MESSAGES = [
    # ------------------------------------------------------------------ invitations (de)
    M("interview_invitation", "telefoninterview_vorschlag", "de", "Lindner Fördertechnik", "m.seidl@lindner-foerdertechnik.example.de",
      "Martina Seidl <m.seidl@lindner-foerdertechnik.example.de>",
      "Ihre Bewerbung als Teamleiter Arbeitsvorbereitung",
      """Sehr geehrter Herr Okonkwo-Brandt,

vielen Dank für Ihre Bewerbung, die uns sehr angesprochen hat. Gerne würden wir Sie in einem ersten Telefoninterview (ca. 30 Minuten) näher kennenlernen.

Hätten Sie am Donnerstag, 22.01., um 10:00 Uhr oder am Freitag, 23.01., um 14:00 Uhr Zeit? Ich würde Sie dann unter der in Ihrem Lebenslauf angegebenen Nummer anrufen.

Mit freundlichen Grüßen
Martina Seidl
Personalreferentin
Lindner Fördertechnik GmbH · Gewerbering 7 · 90451 Nürnberg
Tel. 0911 6480-223
""", "2026-01-16 11:03 +0100"),

    M("interview_invitation", "teams_einladung_ics", "de", "Vellmar Automotive", "jan.oberhuber@vellmar.example.com",
      "Oberhuber Jan (HR-R-31) <jan.oberhuber@vellmar.example.com>",
      "Einladung: Videointerview Lean Manager Werk Regensburg",
      """Hallo Herr Okonkwo-Brandt,

wie telefonisch vereinbart sende ich Ihnen hiermit die Einladung zum Videointerview mit Herrn Dr. Faltermeier (Werkleiter) und mir.

Termin: Mittwoch, 4. Februar 2026, 13:30–14:30 Uhr
Format: Microsoft Teams (Link im Kalendereintrag)

Bitte bereiten Sie eine kurze Vorstellung (max. 10 Minuten) eines Lean-Projekts vor, auf das Sie besonders stolz sind.

Freundliche Grüße
Jan Oberhuber
HR Recruiting Werk Regensburg
Vellmar Automotive SE
________________________________________________________________________________
Microsoft Teams-Besprechung
Jetzt an der Besprechung teilnehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk4
Besprechungs-ID: 391 225 774 118   Passcode: Q7bN2x
________________________________________________________________________________
""", "2026-01-27 09:40 +0100",
      ics=ics("REQUEST", "vellmar-31877-int1@vellmar.example.com", "Videointerview Lean Manager – Okonkwo-Brandt",
              "20260204T123000Z", "20260204T133000Z", "jan.oberhuber@vellmar.example.com", "Microsoft Teams-Besprechung")),

    M("interview_invitation", "personalberatung_kennenlernen", "de", "Kronauer Pumpen", "p.lenz@lenz-weidinger.example.de",
      "Philipp Lenz <p.lenz@lenz-weidinger.example.de>",
      "Vertrauliche Anfrage – nächster Schritt",
      """Sehr geehrter Herr Okonkwo-Brandt,

herzlichen Dank für das angenehme Telefonat letzte Woche. Ich habe Ihr Profil wie besprochen anonymisiert unserem Mandanten vorgestellt, und ich darf Ihnen nun den Namen nennen: es handelt sich um die Kronauer Pumpen in Frankenthal, ein Familienunternehmen in dritter Generation.

Herr Kronauer (Geschäftsführung) und der kaufmännische Leiter würden Sie gerne persönlich kennenlernen. Vorgeschlagen sind der 12. oder 13. März, jeweils ab 10 Uhr in Frankenthal, inklusive einer kurzen Werksbesichtigung. Reisekosten werden selbstverständlich erstattet.

Bitte lassen Sie mich wissen, welcher Termin Ihnen passt.

Mit besten Grüßen
Philipp Lenz
Lenz Weidinger & Cie. · Executive Search
Bockenheimer Landstraße 51 · 60325 Frankfurt am Main
""", "2026-03-02 08:22 +0100"),

    M("interview_invitation", "ac_einladung_konzern", "de", "Ostermann Automotive", "",
      '"Ostermann Automotive" <ostermann@myworkday.com>',
      "Einladung zum Assessment-Center – Einkäufer Elektronik (m/w/d)",
      """Sehr geehrter Herr Okonkwo-Brandt,

wir freuen uns, Sie zu unserem eintägigen Assessment-Center einzuladen.

Datum: Dienstag, 16. Juni 2026
Uhrzeit: 08:30 – ca. 16:30 Uhr
Ort: Ostermann Automotive, Technologiezentrum, Gebäude C, Raum 2.14, Stuttgart-Feuerbach

Der Tag umfasst eine Präsentation (Thema erhalten Sie vor Ort), eine Gruppenübung, eine Verhandlungssimulation sowie ein Interview mit der Fachabteilung.

Bitte bestätigen Sie Ihre Teilnahme über Ihr Kandidatenprofil bis zum 10. Juni: https://ostermann.wd3.myworkday.com/candidate

Mit freundlichen Grüßen
Ihr Ostermann Automotive Recruiting
""", "2026-06-03 14:00 +0200", fmt="html"),

    M("interview_invitation", "du_kurzer_call", "de", "Kistenwerk", "felix@kistenwerk.example",
      "Felix Brandl <felix@kistenwerk.example>",
      "kurzer call?",
      """Hey Jonas,

Tina hat mir deinen CV weitergeleitet für die Inbound-Rolle (die andere war ja leider schon weg). Hättest du Lust auf nen kurzen Call, 20 min, einfach zum Kennenlernen? Hier kannst du dir direkt was raussuchen: https://calendly.com/felix-kistenwerk/20min

Cheers
Felix""", "2026-03-09 18:02 +0100"),

    M("interview_invitation", "klinikum_vorstellungsgespraech_brief", "de", "Klinikum Nordhalde", "bewerbung@klinikum-nordhalde.example.de",
      "Bewerbermanagement Klinikum Nordhalde <bewerbung@klinikum-nordhalde.example.de>",
      "Einladung zum Vorstellungsgespräch",
      """Sehr geehrter Herr Okonkwo-Brandt,

wir bedanken uns für Ihre Bewerbung als Abteilungsleitung Zentraleinkauf und laden Sie herzlich zu einem persönlichen Vorstellungsgespräch ein.

Termin: Montag, 20.04.2026, 11:00 Uhr
Ort: Klinikum Nordhalde, Verwaltungsgebäude, 3. OG, Konferenzraum „Elbe“
Gesprächspartner: Frau Dr. Arendt (Kaufm. Direktorin), Herr Böhm (Personalleitung), Vertreter Personalrat

Bitte bringen Sie einen gültigen Personalausweis mit. Sollten Sie den Termin nicht wahrnehmen können, bitten wir um kurze Nachricht.

Mit freundlichen Grüßen
Ihr Team Personalgewinnung
Klinikum Nordhalde gGmbH
Hausanschrift: Nordhaldenweg 1, 22417 Hamburg
""", "2026-04-08 10:15 +0200", charset="windows-1252", cte="quoted-printable"),

    M("interview_invitation", "at_zweitgespraech_gf", "de", "Alpenlog Spedition", "f.hinterberger@alpenlog.example.at",
      "Florian Hinterberger <f.hinterberger@alpenlog.example.at>",
      "Nächste Runde",
      """Servus Jonas,

super Gespräch gestern, danke! Ich hab mit unserem GF gesprochen und wir würden dich gern in die nächste Runde holen – Gespräch mit der Geschäftsführung vor Ort in Linz, plus kurze Führung durchs Lager in Enns.

Würde dir der 26.3. vormittags passen? Wenn nicht, schick mir 2-3 Alternativen.

LG Florian

Von meinem iPhone gesendet""", "2026-03-13 07:50 +0100"),

    M("interview_invitation", "ch_einladung_beste_gruesse", "de", "Universitätsspital Limmattal", "corinne.egli@usl.example.ch",
      "Corinne Egli <corinne.egli@usl.example.ch>",
      "Einladung zum Gespräch – Fachspezialist/in SCM",
      """Guten Tag Herr Okonkwo-Brandt

Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Datum: Donnerstag, 23. April 2026
Zeit: 09.00 – 10.30 Uhr
Ort: Universitätsspital Limmattal, Haus B, Büro B 204 (Anmeldung beim Empfang Haupteingang)

Da Sie in Deutschland wohnen: Verfügen Sie bereits über eine Arbeitsbewilligung für die Schweiz, oder müssten wir eine beantragen? Bitte geben Sie uns dazu kurz Bescheid, zusammen mit Ihrer Terminbestätigung.

Beste Grüsse
Corinne Egli
HR-Fachfrau
Universitätsspital Limmattal
Tel. +41 44 733 21 09
""", "2026-04-09 16:01 +0200"),

    M("interview_invitation", "stadtwerke_praesentation", "de", "Stadtwerke Isarmoos", "k.hartl@stadtwerke-isarmoos.example.de",
      "Katharina Hartl <k.hartl@stadtwerke-isarmoos.example.de>",
      "Ihre Bewerbung als Referent Nachhaltigkeit im Einkauf",
      """Sehr geehrter Herr Okonkwo-Brandt,

Ihre Bewerbung hat uns überzeugt und wir möchten Sie gerne zu einem Auswahlgespräch einladen.

Wir bitten Sie, zu Beginn des Gesprächs eine Präsentation von 15 Minuten zum Thema „Wie kann ein kommunaler Energieversorger CO2-Kriterien in Ausschreibungen verankern?“ zu halten. Ein Beamer ist vorhanden.

Mögliche Termine: 14.07., 9 Uhr / 14.07., 13 Uhr / 16.07., 10 Uhr. Bitte teilen Sie uns Ihren Wunschtermin mit.

Mit freundlichen Grüßen
Katharina Hartl
Personalreferentin
Stadtwerke Isarmoos GmbH | Moosstraße 1 | 85356 Freising
""", "2026-07-02 13:33 +0200"),

    M("interview_invitation", "zeitarbeit_vorstellung_beim_kunden", "de", "Pflügler Werkzeugbau", "dennis.kraft@brueckner-industrieservice.example.de",
      "Dennis Kraft <dennis.kraft@brueckner-industrieservice.example.de>",
      "Vorstellung Pflügler am Do",
      """Hallo Herr Okonkwo-Brandt,

gute Nachrichten: Pflügler Werkzeugbau in Schwabach möchte Sie kennenlernen! Termin wäre Donnerstag, 28.5., 8:30 Uhr direkt im Werk (Am Hammerbach 4), Ansprechpartner Herr Pflügler jun. und der Fertigungsleiter. Dauer ca. 1 Stunde inkl. Rundgang.

Ich komme auch mit, wir treffen uns um 8:15 am Empfang. Passt das? Kurze Rückmeldung reicht.

Grüße
Dennis Kraft
Brückner Industrieservice GmbH – Niederlassung Nürnberg
Mobil 0171 555 2301
""", "2026-05-22 09:48 +0200", charset="windows-1252"),

    M("interview_invitation", "personio_selfscheduling_fallstudie", "de", "Greifwerk Robotics", "",
      '"Greifwerk Robotics" <noreply@greifwerk.jobs.personio.de>',
      "Nächster Schritt: Case-Interview – bitte Termin wählen",
      """Hallo Jonas,

danke für das erste Gespräch mit Sophie! Wir würden gern mit dir in die nächste Runde gehen: ein 60-minütiges Case-Interview (Fallstudie Supplier-Onboarding) mit unserem VP Operations.

Bitte wähle hier einen passenden Slot aus: https://greifwerk.jobs.personio.de/scheduling/8c21f0

Die Unterlagen zur Case bekommst du 48 Stunden vorher.

Beste Grüße
Dein Greifwerk Team
""", "2026-08-11 12:20 +0200", fmt="alt"),

    M("interview_invitation", "bundesagentur_vermittlung", "de", "Spedition Hammerschmidt", "anja.koerner@spedition-hammerschmidt.example.de",
      "Anja Körner <anja.koerner@spedition-hammerschmidt.example.de>",
      "Ihre Bewerbung über die Jobbörse der Bundesagentur für Arbeit",
      """Guten Tag Herr Okonkwo-Brandt,

vielen Dank für Ihre Bewerbung über die Jobbörse auf unsere Stelle als Niederlassungsleiter (m/w/d) in Köln-Niehl.

Wir würden Sie gerne zu einem ersten Gespräch per Zoom einladen. Passt Ihnen Dienstag, 8.9., um 15 Uhr? Den Link schicke ich Ihnen nach Ihrer Bestätigung.

Viele Grüße
Anja Körner
Assistenz der Geschäftsleitung
Spedition Hammerschmidt GmbH & Co. KG · Köln
""", "2026-09-01 10:10 +0200"),

    # ------------------------------------------------------------------ invitations (en)
    M("interview_invitation", "goodtime_schedule", "en", "Halvorsen Pharma", "",
      '"Halvorsen Pharma Recruiting" <scheduling@goodtime.io>',
      "Action required: schedule your interviews with Halvorsen Pharma",
      """Hi Jonas,

Great news - the team would like to move you to the next stage for Associate Director, Supply Chain Planning (R-0021877)!

Please select times for the following interviews using the link below:
 • Hiring Manager interview (45 min) - Søren Madsen
 • Panel: Planning & Finance (60 min)

Schedule here: https://app.goodtime.io/s/halvorsen/4f7c21a

All interviews will take place over Microsoft Teams.

Thanks,
Halvorsen Pharma Recruiting Coordination
""", "2026-09-08 15:03 +0200", fmt="html"),

    M("interview_invitation", "greenhouse_recruiter_phone_screen", "en", "Verdanta", "noah.fischer@verdanta.example.com",
      "Noah Fischer <noah.fischer@verdanta.example.com>",
      "Verdanta - Supply Chain Sustainability Manager",
      """Hi Jonas,

I'm Noah, the recruiter for the Supply Chain Sustainability Manager role. Thanks for applying - I'd love to set up a 30-minute phone screen to tell you more about the team and hear about your background.

Would you be free for a quick chat on Wednesday 4 Feb or Thursday 5 Feb, anytime between 9 and 12 CET? Happy to work around your schedule.

Best,
Noah

Noah Fischer | Senior Recruiter | Verdanta
""", "2026-01-30 11:47 +0100", fmt="alt"),

    M("interview_invitation", "agency_exclamation_client", "en", "Pembridge Foods", "tom.ashcroft@ryderblake.example.co.uk",
      "Tom Ashcroft <tom.ashcroft@ryderblake.example.co.uk>",
      "Pembridge!!",
      """Jonas!

Pembridge Foods want to meet you!! First stage is a video call with Helen Marsh (Head of Ops) - 45 mins, Teams, next Tuesday 17th at 2pm UK time. Can you do it?? Let me know ASAP and I'll lock it in!!

I'll send over some prep notes tonight - they're big on TPM and OEE so brush up!

Cheers,
Tom
Ryder Blake Associates
""", "2026-02-12 13:30 +0100"),

    M("interview_invitation", "turkish_owned_onsite", "en", "Kaya Tekstil Europe", "elif.demir@kayatekstil.example.com",
      "Elif Demir <elif.demir@kayatekstil.example.com>",
      "Interview invitation - Sourcing Manager (Home Textiles)",
      """Dear Jonas,

Thank you for your interest in Kaya Tekstil. We were impressed by your profile and would like to invite you to an interview at our European office in Cologne with our Managing Director, Mr. Kaya, and myself.

Proposed date: Friday, 10 April 2026 at 10:30
Address: Kaya Tekstil Europe GmbH, Hohenzollernring 52, 50672 Köln

The meeting will last about 90 minutes and will include a short case on supplier selection in Turkey and Portugal. Please confirm your availability at your earliest convenience.

Best regards,
Elif Demir
HR Manager Europe
Kaya Tekstil Europe GmbH
""", "2026-03-31 09:25 +0200"),

    M("interview_invitation", "ashby_panel_self_schedule", "en", "Fernwell", "",
      '"Fernwell" <no-reply@ashbyhq.com>',
      "Next steps with Fernwell",
      """Hi Jonas,

Thanks for chatting with Lena! We'd love to move you forward to the next stage: a take-home exercise followed by a 60-min panel with the Ops and Climate teams.

Please pick a time for the panel here: https://jobs.ashbyhq.com/fernwell/schedule/92ab3e

The take-home brief will land in your inbox once you've booked.

— The Fernwell Team
""", "2026-06-24 10:00 +0200", fmt="alt"),

    M("interview_invitation", "danish_owned_round_two", "en", "Lindqvist Medizintechnik", "h.peters@lindqvist-med.example.de",
      "Hannah Peters <h.peters@lindqvist-med.example.de>",
      "Second interview - Senior Manager S&OP",
      """Dear Jonas,

Thank you for the first conversation. Our VP Global Supply Chain, Mads Lindqvist, will be in Munich next week and would like to meet you in person.

Could you make Tuesday 19 May at 16:00 at our office (Landsberger Str. 300)? The conversation will be held in English.

Kind regards,
Hannah Peters
HR Business Partner
Lindqvist Medizintechnik GmbH
""", "2026-05-11 08:37 +0200",
      ics=ics("REQUEST", "lqm-2nd-int-7730@lindqvist-med.example.de", "Interview Jonas Okonkwo-Brandt / Mads Lindqvist",
              "20260519T140000Z", "20260519T150000Z", "h.peters@lindqvist-med.example.de", "Landsberger Str. 300, München")),

    M("interview_invitation", "indian_owned_kindly_confirm", "en", "Saraswat Chemicals Europe", "careers.eu@saraswat-chem.example.com",
      "Careers Europe - Saraswat <careers.eu@saraswat-chem.example.com>",
      "Interview Schedule - Manager Procurement (Ref: SCE/PRC/26/09)",
      """Dear Mr. Jonas,

With reference to your application, we are pleased to inform you that you have been shortlisted for the technical round of interview for the position of Manager - Procurement.

Date: 03/06/2026
Time: 11:00 AM CEST
Mode: Webex (link will be shared one day prior)
Panel: Mr. R. Iyer (Director Operations), Ms. S. Kulkarni (HR)

Kindly confirm your availability by return mail and keep your updated CV and ID proof handy.

Thanks & Regards,
HR Team
Saraswat Chemicals Europe AG
""", "2026-05-27 06:45 +0200"),

    M("interview_invitation", "reply_gmail_chain_loop", "en", "Northlane Freight", "priya.raman@northlane-freight.example.com",
      "Priya Raman <priya.raman@northlane-freight.example.com>",
      "Re: Procurement Lead, EMEA",
      """Hi Jonas,

Perfect, Thursday at 3pm CET works. I've sent a Zoom invite for you and Carlos (our Director of Procurement) - it's a technical round, expect questions on should-cost modelling and carrier contracts.

Talk soon,
Priya""", "2026-01-26 17:22 +0100",
      quote=("gmail", "On Mon, Jan 26, 2026 at 2:05 PM Jonas Okonkwo-Brandt <jonas.ob@example.de> wrote:",
             "Hi Priya,\n\nThanks for getting back to me. Thursday afternoon or Friday morning would both work for me.\n\nBest,\nJonas\n\nOn Fri, Jan 23, 2026 at 4:12 PM Priya Raman <priya.raman@northlane-freight.example.com> wrote:\n> Hi Jonas, we'd love to invite you to a technical interview. When are you free next week?"),
      thread="<jonas.20260126.1405@example.de>"),

    M("interview_invitation", "canadian_coffee_chat_remote", "en", "Ridgeway Medical Devices", "amelia.tran@ridgewaymed.example.ca",
      "Amelia Tran <amelia.tran@ridgewaymed.example.ca>",
      "Quick question",
      """Hi Jonas,

Your application for the Senior S&OP Analyst role in Zurich landed on my desk and I'd like to set up a 30 min video interview with you. Are you available sometime next week? Mornings my time are tough (I'm in Toronto) so something around 4-6pm CET would be ideal.

Thanks!
Amelia

Amelia Tran
Talent Acquisition Specialist, EMEA
Ridgeway Medical Devices
""", "2026-04-23 22:14 +0200"),

    # ------------------------------------------------------------------ invitations (fr, es)
    M("interview_invitation", "entretien_visio_fr", "fr", "Chaudron Industries", "s.girard@chaudron-industries.example.fr",
      "Sophie Girard <s.girard@chaudron-industries.example.fr>",
      "Entretien – Ingénieur Amélioration Continue",
      """Bonjour Jonas,

Votre candidature a retenu toute notre attention et nous souhaiterions échanger avec vous lors d'un entretien en visioconférence (Teams) d'environ 45 minutes, avec le responsable de site et moi-même.

Seriez-vous disponible le jeudi 9 avril à 10h ou le vendredi 10 avril à 14h ?

Dans l'attente de votre retour,
Bien cordialement,

Sophie Girard
Chargée de recrutement – Chaudron Industries
04 74 65 22 10
""", "2026-04-02 09:58 +0200", fmt="alt", cte="quoted-printable"),

    M("interview_invitation", "cabinet_rencontre_client", "fr", "Biolys Pharma", "a.mercier@mercier-associes.example.fr",
      "Antoine Mercier <a.mercier@mercier-associes.example.fr>",
      "Biolys – rencontre avec le DG",
      """Cher Jonas,

Bonne nouvelle : suite à la présentation de votre dossier, le Directeur Général de Biolys Pharma souhaite vous rencontrer pour le poste de Directeur Supply Chain. L'entretien aurait lieu sur leur site de Saint-Priest le mardi 7 juillet à 9h30, suivi d'une visite de l'usine.

Pouvez-vous me confirmer votre présence ? Je vous enverrai ensuite quelques éléments pour vous préparer.

Bien à vous,
Antoine Mercier
Mercier & Associés
""", "2026-06-26 17:02 +0200", charset="windows-1252"),

    M("interview_invitation", "ch_fr_entretien_ics", "fr", "Hôpitaux du Léman", "nathalie.rochat@hopitaux-leman.example.ch",
      "Nathalie Rochat <nathalie.rochat@hopitaux-leman.example.ch>",
      "Convocation à un entretien",
      """Monsieur Okonkwo-Brandt,

Suite à l'examen de votre dossier, nous avons le plaisir de vous convier à un entretien pour le poste de Responsable logistique hospitalière.

Date : mercredi 23 septembre 2026 à 14h00
Lieu : Site de Morges, bâtiment administratif, salle 3

Vous trouverez l'invitation en pièce jointe. Merci de nous confirmer votre venue.

Meilleures salutations,
Nathalie Rochat
Spécialiste RH
""", "2026-09-14 11:30 +0200",
      ics=ics("REQUEST", "hdl-rh-2026-0923@hopitaux-leman.example.ch", "Entretien J. Okonkwo-Brandt",
              "20260923T120000Z", "20260923T130000Z", "nathalie.rochat@hopitaux-leman.example.ch", "Morges, bâtiment administratif, salle 3")),

    M("interview_invitation", "entrevista_es_telefono", "es", "Frutas Levante", "irene.puig@frutaslevante.example.es",
      "Irene Puig <irene.puig@frutaslevante.example.es>",
      "Tu candidatura - Responsable de Mejora Continua",
      """Hola Jonas,

Soy Irene, del equipo de Personas de Frutas Levante. Hemos revisado tu candidatura y nos gustaría tener una primera entrevista telefónica contigo de unos 30 minutos.

¿Te vendría bien el martes 12 de mayo a las 10:00 o el miércoles 13 a las 16:30? Si ninguna te encaja, dime cuándo puedes.

Un saludo,
Irene Puig
Frutas Levante
""", "2026-05-06 12:12 +0200"),

    M("interview_invitation", "entrevista_presencial_formal_es", "es", "Logística Ebro", "p.sanz@logistica-ebro.example.es",
      "Pilar Sanz <p.sanz@logistica-ebro.example.es>",
      "Convocatoria entrevista - Jefe de Operaciones",
      """Estimado Jonas:

Nos ponemos en contacto contigo para convocarte a una entrevista presencial con el Director de Operaciones, D. Javier Lasheras, el próximo jueves 3 de septiembre a las 11:00 en nuestras oficinas de PLAZA (Calle Osaka 12, Zaragoza).

Te rogamos que nos confirmes tu asistencia respondiendo a este correo.

Un cordial saludo,
Pilar Sanz
Directora de Personas · Logística Ebro
""", "2026-08-27 10:40 +0200", cte="quoted-printable"),
]

MESSAGES += [
    # ------------------------------------------------------------------ reschedules / cancellations
    M("interview_reschedule_or_cancel", "verschiebung_werkleiter_krank", "de", "Vellmar Automotive", "jan.oberhuber@vellmar.example.com",
      "Oberhuber Jan (HR-R-31) <jan.oberhuber@vellmar.example.com>",
      "Verschiebung: Videointerview Lean Manager Werk Regensburg",
      """Hallo Herr Okonkwo-Brandt,

leider muss ich unser Videointerview am Mittwoch verschieben, Herr Dr. Faltermeier ist kurzfristig erkrankt. Ich hoffe, das bereitet Ihnen keine großen Umstände.

Neuer Vorschlag: Montag, 9. Februar, 13:30 Uhr, gleicher Teams-Link. Den aktualisierten Kalendereintrag finden Sie anbei.

Viele Grüße
Jan Oberhuber
""", "2026-02-02 16:48 +0100",
      ics=ics("REQUEST", "vellmar-31877-int1@vellmar.example.com", "Videointerview Lean Manager – Okonkwo-Brandt (verschoben)",
              "20260209T123000Z", "20260209T133000Z", "jan.oberhuber@vellmar.example.com", "Microsoft Teams-Besprechung", sequence=1),
      thread="@teams_einladung_ics"),

    M("interview_reschedule_or_cancel", "absage_termin_ics_cancel", "de", "Klinikum Nordhalde", "bewerbung@klinikum-nordhalde.example.de",
      "Bewerbermanagement Klinikum Nordhalde <bewerbung@klinikum-nordhalde.example.de>",
      "Abgesagt: Vorstellungsgespräch 20.04.2026",
      """Sehr geehrter Herr Okonkwo-Brandt,

aus organisatorischen Gründen müssen wir das für Montag, 20.04.2026, 11:00 Uhr vereinbarte Vorstellungsgespräch leider absagen. Die Kaufmännische Direktorin ist an diesem Tag zu einer Aufsichtsratssitzung geladen.

Wir melden uns in den nächsten Tagen mit einem neuen Terminvorschlag. Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Ihr Team Personalgewinnung
Klinikum Nordhalde gGmbH
""", "2026-04-15 12:44 +0200",
      ics=ics("CANCEL", "knh-vg-20260420-1100@klinikum-nordhalde.example.de", "Vorstellungsgespräch Okonkwo-Brandt",
              "20260420T090000Z", "20260420T100000Z", "bewerbung@klinikum-nordhalde.example.de", "Verwaltungsgebäude 3. OG", status="CANCELLED", sequence=1)),

    M("interview_reschedule_or_cancel", "du_kurzfristig_verschieben", "de", "Kistenwerk", "felix@kistenwerk.example",
      "Felix Brandl <felix@kistenwerk.example>",
      "Re: kurzer call?",
      """Sorry Jonas, mir ist für morgen 11 Uhr was dazwischengekommen (Investoren-Call 🙄). Können wir auf Freitag gleiche Zeit schieben? Sonst einfach neuen Slot im Calendly nehmen.

Felix""", "2026-03-11 22:05 +0100", cte="8bit",
      quote=("gmail", "Am Mo., 9. März 2026 um 19:15 Uhr schrieb Jonas Okonkwo-Brandt <jonas.ob@example.de>:",
             "Hi Felix, gerne! Hab mir Donnerstag 11 Uhr gebucht. Bis dann, Jonas"),
      thread="<jonas.20260309.1915@example.de>"),

    M("interview_reschedule_or_cancel", "ch_termin_verschoben_ss", "de", "Universitätsspital Limmattal", "corinne.egli@usl.example.ch",
      "Corinne Egli <corinne.egli@usl.example.ch>",
      "Terminänderung Gespräch 23. April",
      """Guten Tag Herr Okonkwo-Brandt

Leider müssen wir das Gespräch vom Donnerstag, 23. April, verschieben, da die Leiterin Supply Chain kurzfristig an einer Sitzung der Spitalleitung teilnehmen muss.

Könnten Sie alternativ am Dienstag, 28. April, um 14.00 Uhr? Wir entschuldigen uns für die Umstände und übernehmen selbstverständlich allfällige Umbuchungskosten für Ihre Anreise.

Beste Grüsse
Corinne Egli
""", "2026-04-17 10:02 +0200"),

    M("interview_reschedule_or_cancel", "personalberatung_termin_abgesagt_mandant", "de", "Kronauer Pumpen", "p.lenz@lenz-weidinger.example.de",
      "Philipp Lenz <p.lenz@lenz-weidinger.example.de>",
      "Termin 13.03. Frankenthal",
      """Lieber Herr Okonkwo-Brandt,

ich muss Ihnen leider mitteilen, dass Herr Kronauer den Termin am 13.03. absagen musste – ein Kunde in Polen hat einen Reklamationsfall, er fliegt morgen früh hin.

Er möchte Sie aber unbedingt sehen. Ich stimme gerade zwei neue Termine in der KW 13 ab und melde mich spätestens Montag.

Bitte entschuldigen Sie die Umstände.

Mit besten Grüßen
Philipp Lenz
Lenz Weidinger & Cie.
""", "2026-03-10 19:31 +0100"),

    M("interview_reschedule_or_cancel", "ac_verlegt_raum_zeit", "de", "Ostermann Automotive", "",
      '"Ostermann Automotive" <ostermann@myworkday.com>',
      "Änderung: Assessment-Center am 16. Juni",
      """Sehr geehrter Herr Okonkwo-Brandt,

aufgrund einer Betriebsversammlung am Standort Feuerbach müssen wir das Assessment-Center vom 16. Juni auf Donnerstag, den 18. Juni 2026, verlegen. Beginn ist neu um 09:00 Uhr; Ort bleibt unverändert.

Bitte bestätigen Sie den neuen Termin in Ihrem Kandidatenprofil. Falls Ihnen der neue Termin nicht möglich ist, teilen Sie uns dies bitte dort mit.

Mit freundlichen Grüßen
Ihr Ostermann Automotive Recruiting
""", "2026-06-08 09:12 +0200", fmt="html", cte="base64"),

    M("interview_reschedule_or_cancel", "stadtwerke_gespraech_entfaellt", "de", "Stadtwerke Isarmoos", "k.hartl@stadtwerke-isarmoos.example.de",
      "Katharina Hartl <k.hartl@stadtwerke-isarmoos.example.de>",
      "AW: Ihre Bewerbung als Referent Nachhaltigkeit im Einkauf",
      """Sehr geehrter Herr Okonkwo-Brandt,

leider muss ich den vereinbarten Termin am 14.07. um 9 Uhr absagen: unser Geschäftsführer ist kurzfristig verhindert und der Personalrat hat um eine Verschiebung des gesamten Auswahltages gebeten.

Ich gebe Ihnen Bescheid, sobald ein neuer Termin feststeht – voraussichtlich in der letzten Juliwoche.

Mit freundlichen Grüßen
Katharina Hartl""", "2026-07-09 15:50 +0200",
      quote=("de", "Am 02.07.2026 um 21:04 schrieb Jonas Okonkwo-Brandt <jonas.ob@example.de>:",
             "Sehr geehrte Frau Hartl,\n\nvielen Dank für die Einladung, ich nehme gerne den Termin am 14.07. um 9 Uhr wahr.\n\nMit freundlichen Grüßen\nJonas Okonkwo-Brandt"),
      thread="<jonas.20260702.2104@example.de>"),

    M("interview_reschedule_or_cancel", "zoom_spaeter_heute", "de", "Spedition Hammerschmidt", "anja.koerner@spedition-hammerschmidt.example.de",
      "Anja Körner <anja.koerner@spedition-hammerschmidt.example.de>",
      "heute 15 Uhr",
      """Hallo Herr Okonkwo-Brandt,

Herr Hammerschmidt steckt noch in einem Kundentermin fest – können wir unser Zoom-Gespräch von heute 15 Uhr auf 16:30 Uhr schieben? Der Link bleibt derselbe.

Entschuldigung für die Kurzfristigkeit!
Anja Körner""", "2026-09-08 12:37 +0200"),

    M("interview_reschedule_or_cancel", "goodtime_rescheduled", "en", "Halvorsen Pharma", "",
      '"Halvorsen Pharma Recruiting" <scheduling@goodtime.io>',
      "Updated: your interview with Halvorsen Pharma has been rescheduled",
      """Hi Jonas,

Your Hiring Manager interview with Søren Madsen has been rescheduled due to a conflict on the interviewer's side.

Previous time: Tue, 15 Sep 2026, 10:00 - 10:45 CEST
New time: Thu, 17 Sep 2026, 14:00 - 14:45 CEST

The Teams link in your calendar invitation has been updated. If the new time doesn't work, use this link to pick another: https://app.goodtime.io/r/halvorsen/4f7c21a

Halvorsen Pharma Recruiting Coordination
""", "2026-09-11 08:05 +0200", fmt="html",
      ics=ics("REQUEST", "gt-halvorsen-4f7c21a-hm@goodtime.io", "Interview: Jonas Okonkwo-Brandt <> Søren Madsen",
              "20260917T120000Z", "20260917T124500Z", "scheduling@goodtime.io", "Microsoft Teams", sequence=2)),

    M("interview_reschedule_or_cancel", "agency_client_cancelled_interview", "en", "Pembridge Foods", "tom.ashcroft@ryderblake.example.co.uk",
      "Tom Ashcroft <tom.ashcroft@ryderblake.example.co.uk>",
      "Tuesday - change of plan",
      """Hi Jonas,

Annoyingly Helen's had to pull Tuesday's interview - there's a site audit at their Leicester plant she can't get out of. She's very apologetic!

She's offered Thursday 19th at 10am or Friday 20th at 3pm UK time instead. Which suits?

Cheers,
Tom""", "2026-02-13 17:26 +0100"),

    M("interview_reschedule_or_cancel", "japanese_owned_postpone", "en", "Hoshida Medical Europe", "k.watanabe@hoshida-medical.example.com",
      "Kenji Watanabe <k.watanabe@hoshida-medical.example.com>",
      "Postponement of interview on 9 April",
      """Dear Mr. Okonkwo-Brandt,

We sincerely apologise, but we have to postpone the panel interview scheduled for 9 April because our Director from Osaka cannot travel as planned.

Would it be possible for you to attend on 14 April at 13:00 instead, at the same place? We are very sorry for the inconvenience.

Best regards,
Kenji Watanabe
Hoshida Medical Europe GmbH
""", "2026-04-03 03:22 +0200"),

    M("interview_reschedule_or_cancel", "interview_cancelled_role_reviewed", "en", "Corvane Robotics", "ben.ortiz@corvane.example.com",
      "Ben Ortiz <ben.ortiz@corvane.example.com>",
      "Cancelling Friday's call",
      """Hi Jonas,

I need to cancel our interview on Friday, apologies. We're reworking the scope of the Procurement Manager role after a reorg this week and I don't want to waste your time until it's settled.

I'll be in touch in a couple of weeks once I know more - your application is still very much open on our side.

Best,
Ben
Hiring Manager, Corvane Robotics
""", "2026-03-18 18:40 +0100"),

    M("interview_reschedule_or_cancel", "report_entretien_fr", "fr", "Chaudron Industries", "s.girard@chaudron-industries.example.fr",
      "Sophie Girard <s.girard@chaudron-industries.example.fr>",
      "Report de notre entretien",
      """Bonjour Jonas,

Je suis navrée, mais nous devons décaler notre entretien prévu jeudi 9 avril à 10h : le responsable de site est retenu par un audit client.

Pourriez-vous le mardi 14 avril à 10h, toujours sur Teams ? Je vous renvoie l'invitation dès votre confirmation.

Bien cordialement,
Sophie Girard""", "2026-04-07 14:20 +0200"),

    M("interview_reschedule_or_cancel", "annulation_ics_fr", "fr", "Biolys Pharma", "a.mercier@mercier-associes.example.fr",
      "Antoine Mercier <a.mercier@mercier-associes.example.fr>",
      "Annulé : Entretien Biolys – 7 juillet",
      """Cher Jonas,

Le Directeur Général de Biolys a dû annuler l'entretien du 7 juillet (déplacement imprévu aux États-Unis). Il reviendra vers nous la semaine prochaine avec de nouvelles dates ; je vous tiens informé.

Toutes mes excuses pour ce contretemps.

Antoine Mercier
""", "2026-07-03 12:08 +0200",
      ics=ics("CANCEL", "ma-biolys-dg-0707@mercier-associes.example.fr", "Entretien Biolys – J. Okonkwo-Brandt",
              "20260707T073000Z", "20260707T090000Z", "a.mercier@mercier-associes.example.fr", "Saint-Priest", status="CANCELLED", sequence=1)),

    M("interview_reschedule_or_cancel", "cambio_hora_es", "es", "Frutas Levante", "irene.puig@frutaslevante.example.es",
      "Irene Puig <irene.puig@frutaslevante.example.es>",
      "RE: Tu candidatura - Responsable de Mejora Continua",
      """Hola Jonas,

perdona el cambio, pero el martes 12 a las 10:00 no voy a poder. ¿Podemos pasar la llamada al jueves 14 a la misma hora?

Gracias y disculpa,
Irene""", "2026-05-08 09:02 +0200",
      quote=("es", "El jue, 7 may 2026 a las 08:11, Jonas Okonkwo-Brandt <jonas.ob@example.de> escribió:",
             "Hola Irene,\nel martes 12 a las 10:00 me va perfecto.\nUn saludo,\nJonas"),
      thread="<jonas.20260507.0811@example.de>"),
]

MESSAGES += [
    # ------------------------------------------------------------------ missed interview notices
    M("missed_interview_notice", "telefon_nicht_erreicht", "de", "Lindner Fördertechnik", "m.seidl@lindner-foerdertechnik.example.de",
      "Martina Seidl <m.seidl@lindner-foerdertechnik.example.de>",
      "Telefoninterview heute 10 Uhr",
      """Sehr geehrter Herr Okonkwo-Brandt,

ich habe Sie heute um 10:00 Uhr wie vereinbart zum Telefoninterview angerufen, Sie aber leider nicht erreicht (zweimal probiert, Mailbox). Ist etwas dazwischengekommen?

Bitte melden Sie sich kurz bei mir, dann finden wir einen neuen Termin.

Mit freundlichen Grüßen
Martina Seidl
Lindner Fördertechnik GmbH
Tel. 0911 6480-223
""", "2026-01-22 10:24 +0100"),

    M("missed_interview_notice", "teams_nicht_eingewaehlt", "de", "Vellmar Automotive", "jan.oberhuber@vellmar.example.com",
      "Oberhuber Jan (HR-R-31) <jan.oberhuber@vellmar.example.com>",
      "AW: Verschiebung: Videointerview Lean Manager Werk Regensburg",
      """Hallo Herr Okonkwo-Brandt,

Herr Dr. Faltermeier und ich waren heute um 13:30 Uhr im Teams-Meeting, Sie haben sich aber leider nicht eingewählt. Wir haben 15 Minuten gewartet.

Gab es technische Probleme? Geben Sie mir bitte bis Mittwoch Bescheid, ob Sie weiterhin Interesse an der Stelle haben.

Viele Grüße
Jan Oberhuber
HR Recruiting Werk Regensburg""", "2026-02-09 14:05 +0100",
      thread="@verschiebung_werkleiter_krank"),

    M("missed_interview_notice", "du_wo_warst_du", "de", "Kistenwerk", "felix@kistenwerk.example",
      "Felix Brandl <felix@kistenwerk.example>",
      "?",
      """Hey Jonas, waren um 11 verabredet, oder? Hab ne Viertelstunde im Call gewartet. Alles ok bei dir? Meld dich einfach wenn du nochmal willst.
Felix""", "2026-03-13 11:19 +0100", cte="8bit"),

    M("missed_interview_notice", "ch_nicht_erschienen_formal", "de", "Universitätsspital Limmattal", "corinne.egli@usl.example.ch",
      "Corinne Egli <corinne.egli@usl.example.ch>",
      "Ihr Gesprächstermin vom 28. April",
      """Guten Tag Herr Okonkwo-Brandt

Wir haben Sie heute um 14.00 Uhr zum vereinbarten Vorstellungsgespräch erwartet. Leider sind Sie nicht erschienen und wir haben auch keine Nachricht von Ihnen erhalten.

Falls Sie weiterhin an der Stelle interessiert sind, bitten wir Sie, sich bis Ende Woche bei uns zu melden. Andernfalls gehen wir davon aus, dass Sie Ihre Bewerbung zurückziehen.

Freundliche Grüsse
Corinne Egli
HR-Fachfrau
""", "2026-04-28 15:10 +0200"),

    M("missed_interview_notice", "zeitarbeit_kunde_wartete", "de", "Pflügler Werkzeugbau", "dennis.kraft@brueckner-industrieservice.example.de",
      "Dennis Kraft <dennis.kraft@brueckner-industrieservice.example.de>",
      "Wo sind Sie?",
      """Herr Okonkwo-Brandt,

ich stehe hier mit Herrn Pflügler am Empfang, es ist 8:45 – wir hatten 8:15 ausgemacht. Ich habe Sie zweimal angerufen. Bitte melden Sie sich umgehend, sonst muss ich dem Kunden sagen, dass der Termin heute ausfällt.

Dennis Kraft
Mobil 0171 555 2301

Gesendet von meinem Samsung Galaxy Smartphone.""", "2026-05-28 08:46 +0200", charset="windows-1252"),

    M("missed_interview_notice", "we_tried_calling", "en", "Verdanta", "noah.fischer@verdanta.example.com",
      "Noah Fischer <noah.fischer@verdanta.example.com>",
      "Missed you today",
      """Hi Jonas,

We tried calling you at the scheduled time (10:00 CET) for our phone screen but couldn't get through - it went straight to voicemail.

No worries, these things happen! If you're still interested, here's my calendar to grab a new slot: https://calendly.com/noah-verdanta/30min

Best,
Noah""", "2026-02-05 10:21 +0100"),

    M("missed_interview_notice", "did_not_join_teams", "en", "Saraswat Chemicals Europe", "careers.eu@saraswat-chem.example.com",
      "Careers Europe - Saraswat <careers.eu@saraswat-chem.example.com>",
      "RE: Interview Schedule - Manager Procurement (Ref: SCE/PRC/26/09)",
      """Dear Mr. Jonas,

This is to inform you that you did not join the Webex meeting scheduled today at 11:00 AM CEST for the technical round. The panel waited for 20 minutes.

Kindly revert with the reason at the earliest, so that we may check with the panel regarding the possibility of a fresh slot.

Thanks & Regards,
HR Team
Saraswat Chemicals Europe AG""", "2026-06-03 11:40 +0200",
      thread="@indian_owned_kindly_confirm"),

    M("missed_interview_notice", "no_show_panel_ashby", "en", "Fernwell", "lena@fernwell.example.io",
      "Lena Brandauer <lena@fernwell.example.io>",
      "Today's panel",
      """Hi Jonas,

The panel was all set up for 2pm today but we didn't see you join. I hope everything's alright.

Could you let me know what happened? If it was a mix-up with time zones we can try to find another slot, though the team's calendars are pretty packed before the summer break.

Lena""", "2026-07-02 14:32 +0200"),

    M("missed_interview_notice", "rdv_manque_fr", "fr", "Hôpitaux du Léman", "nathalie.rochat@hopitaux-leman.example.ch",
      "Nathalie Rochat <nathalie.rochat@hopitaux-leman.example.ch>",
      "Votre entretien du 23 septembre",
      """Monsieur,

Nous vous attendions ce mercredi 23 septembre à 14h00 pour votre entretien sur le site de Morges. Vous ne vous êtes malheureusement pas présenté et nous n'avons pas pu vous joindre par téléphone.

Si vous souhaitez maintenir votre candidature, merci de nous recontacter d'ici vendredi.

Meilleures salutations,
Nathalie Rochat
Spécialiste RH - Hôpitaux du Léman
""", "2026-09-23 15:02 +0200", charset="iso-8859-1", cte="quoted-printable"),

    M("missed_interview_notice", "no_te_conectaste_es", "es", "Logística Ebro", "p.sanz@logistica-ebro.example.es",
      "Pilar Sanz <p.sanz@logistica-ebro.example.es>",
      "Entrevista de hoy",
      """Hola Jonas,

Javier y yo te estuvimos esperando hoy a las 11:00 en PLAZA para la entrevista, pero no apareciste y no conseguimos localizarte por teléfono.

¿Ha pasado algo? Si sigues interesado, dímelo y vemos si podemos buscar otro hueco la semana que viene.

Un saludo,
Pilar""", "2026-09-03 12:15 +0200"),
]
