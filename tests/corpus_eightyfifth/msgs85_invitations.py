"""Corpus 85 data: interview invitations (hand-written).

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
