"""Corpus 299: invitations, moved or cancelled interviews and missed-interview notices outside
the long threads."""

from __future__ import annotations

from msgs299_common import sig

KAUFWELT = ("Stefanie Brunner", "stefanie.brunner@kaufwelt.example.at")
LUEHRS = ("Ole Petersen", "o.petersen@luehrs-kamp.example.de")
SAXONIA = ("René Falke", "r.falke@saxonia-aircargo.example.de")
KESTREL = ("Maaike Jansen", "maaike.jansen@kestrelfreight.example.nl")
VERMEULEN = ("Julie Carpentier", "julie.carpentier@maison-vermeulen.example.fr")
DUMORTIER = ("Nicolas Wattez", "n.wattez@dumortier-logistique.example.fr")

MESSAGES = [
    # ------------------------------------------------------------------ invitations (de)
    {
        "id": "donaupersonal_kennenlernen", "kind": "interview_invitation", "lang": "de",
        "company": "Donau Personalservice", "contact": "k.eder@donau-personal.example.at",
        "date": "2026-01-28 09:55 +0100",
        "frm": ("Katharina Eder", "k.eder@donau-personal.example.at"),
        "subject": "Einladung zum Kennenlernen in unserer Filiale",
        "text": """Liebe Frau Wiśniewska,

danke für Ihre Bewerbung über unsere Website! Für Ihr Profil hätten wir gleich mehrere
interessante Einsätze in der Logistik im Raum Wien.

Gerne lade ich Sie zu einem persönlichen Kennenlerngespräch in unsere Filiale ein:
Montag, 2. Februar 2026, 14:00 Uhr
Donau Personalservice, Mariahilfer Straße 121, 1060 Wien, 3. Stock

Bitte bringen Sie einen Lichtbildausweis und – falls vorhanden – Ihre Dienstzeugnisse mit.

Liebe Grüße
Katharina Eder
Personalberaterin
Donau Personalservice GmbH
Tel. +43 1 596 44 10-22
""",
    },
    {
        "id": "hunter_meets_client", "kind": "interview_invitation", "lang": "de",
        "company": "Kühlkette Weiss", "contact": "c.gassner@gassner-executive.example.at",
        "date": "2026-03-05 12:10 +0100",
        "frm": ("Dr. Christoph Gassner", "office@gassner-executive.example.at"),
        "reply_to": ("Dr. Christoph Gassner", "c.gassner@gassner-executive.example.at"),
        "subject": "Termin mit Kühlkette Weiss – Supply Chain Analystin",
        "text": """Liebe Frau Wiśniewska,

wie besprochen habe ich Ihr Profil bei meiner Mandantin, der Kühlkette Weiss in Wiener
Neudorf, vorgestellt. Frau Mag. Theresa Weiss (Geschäftsführerin) möchte Sie gerne
persönlich kennenlernen.

Vorgeschlagener Termin: Mittwoch, 11. März 2026, 16:00 Uhr, am Standort Wiener Neudorf,
IZ NÖ-Süd, Straße 3, Objekt 12. Dauer ca. 1,5 Stunden.

Bitte bestätigen Sie mir den Termin kurz – ich gebe ihn dann an die Mandantin weiter und
schicke Ihnen vorab noch ein paar Hinweise zum Gespräch.

Herzliche Grüße
Christoph Gassner
Gassner Executive Search GmbH
""",
    },
    {
        "id": "mittelland_probetag", "kind": "interview_invitation", "lang": "de",
        "company": "Mittelland Frische Logistik", "contact": "s.kramer@mittelland-frische.example.de",
        "date": "2026-04-08 15:33 +0200",
        "frm": ("Sven Kramer", "s.kramer@mittelland-frische.example.de"),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "subject": "Probearbeitstag in der Disposition",
        "text": """Hallo Frau Wisniewska,

vielen Dank für das nette Telefonat. Wie besprochen möchten wir Sie zu einem Probearbeitstag
in unserer Disposition im Frischelager Leipzig-Seehausen einladen.

Wann: Dienstag, 21. April 2026, 7:00 bis ca. 15:00 Uhr
Wo: Mittelland Frische Logistik, Am Frischezentrum 3, 04356 Leipzig
Bitte mitbringen: Sicherheitsschuhe (falls vorhanden), warme Jacke für die Halle

Sie begleiten unser Dispo-Team bei der Tourenplanung und können sich selbst ein Bild machen.
Der Tag wird selbstverständlich vergütet.

Viele Grüße
Sven Kramer
Leiter Disposition
""",
    },
    {
        "id": "achsenwerke_online_test", "kind": "interview_invitation", "lang": "de",
        "company": "Steirische Achsenwerke", "system_sender": True,
        "date": "2026-04-14 07:12 +0000",
        "frm": ("Steirische Achsenwerke Recruiting", "noreply@successfactors.eu"),
        "subject": "Einladung: Online-Assessment Supply Chain Planner (m/w/d)",
        "text": """Sehr geehrte Frau Wiśniewska,

vielen Dank für Ihre Bewerbung. Als nächsten Schritt laden wir Sie ein, unser Online-Assessment
(Zahlenreihen, logisches Denken, Fallbeispiel Materialplanung) zu absolvieren.

Bitte schließen Sie das Assessment bis spätestens 21. April 2026 ab. Die Bearbeitung dauert
etwa 60 Minuten und kann nicht unterbrochen werden.

Zum Assessment: https://achsenwerke.assessment.example/start?token=8HqK2

Mit freundlichen Grüßen
Personalabteilung Steirische Achsenwerke

Diese Nachricht wurde automatisch versendet.
""",
        "html": "auto", "brand": "Steirische Achsenwerke",
    },
    {
        "id": "luehrs_video", "kind": "interview_invitation", "lang": "de",
        "company": "Lührs & Kamp Spedition", "contact": LUEHRS[1],
        "date": "2026-05-11 10:41 +0200", "frm": LUEHRS, "ics_inline": True,
        "subject": "Einladung: Videointerview Lührs & Kamp – Analyst Landverkehre",
        "text": """Moin Frau Wiśniewska,

danke für Ihre Bewerbung! Wir möchten Sie gern in einem Videointerview (Microsoft Teams,
ca. 45 Minuten) kennenlernen. Mit dabei ist unsere Leiterin Landverkehre, Frau Imke Harms.

Termin: Montag, 18. Mai 2026, 9:00 Uhr
Den Teams-Link finden Sie in der Kalendereinladung.

Beste Grüße aus Hamburg-Billbrook
Ole Petersen
HR Business Partner
Lührs & Kamp Spedition GmbH & Co. KG
""",
        "ics": {"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E008-luehrs-0519",
                "seq": 0, "start": "20260518T090000", "end": "20260518T094500",
                "summary": "Videointerview Analyst Landverkehre – K. Wiśniewska",
                "location": "Microsoft Teams-Besprechung", "organizer": LUEHRS,
                "tz": "Europe/Berlin"},
    },
    {
        "id": "ostbahn_teamtailor", "kind": "interview_invitation", "lang": "de",
        "company": "Ostbahn Logistik", "contact": "lukas.haider@ostbahn-logistik.example.at",
        "date": "2026-06-16 08:58 +0200",
        "frm": ("Lukas Haider from Ostbahn Logistik", "no-reply@teamtailor-mail.com"),
        "reply_to": ("Lukas Haider", "lukas.haider@ostbahn-logistik.example.at"),
        "subject": "Lass uns sprechen! Termin für dein Interview buchen",
        "text": """Hallo Karolina,

danke für deine Bewerbung als Junior Analyst Intermodal! Wir würden dich gerne in einem
30-minütigen Teams-Call kennenlernen.

Bitte buche dir über den folgenden Link einen Termin, der dir passt:
https://ostbahn-logistik.teamtailor.example/meetings/book/71b2

Wir freuen uns auf dich!

Lukas Haider
Talent Acquisition, Ostbahn Logistik
""",
        "html": "auto",
    },
    {
        "id": "saxonia_phone", "kind": "interview_invitation", "lang": "de",
        "company": "Saxonia Air Cargo", "contact": SAXONIA[1],
        "date": "2026-06-24 14:05 +0200", "frm": SAXONIA,
        "subject": "Telefoninterview Saxonia Air Cargo",
        "text": """Hallo Frau Wiśniewska,

danke für Ihre Bewerbung als Analystin Frachtkapazitäten am Flughafen Leipzig/Halle. Ich würde
gern ein erstes Telefoninterview mit Ihnen führen – am Donnerstag, 2. Juli, um 14:00 Uhr.

Ich rufe Sie auf Ihrer Handynummer an. Planen Sie bitte etwa 30 Minuten ein.

Gruß
René Falke
Teamleiter Kapazitätsplanung
Saxonia Air Cargo GmbH, Frachtstraße 8, 04435 Schkeuditz
""",
    },
    {
        "id": "kaufwelt_invite", "kind": "interview_invitation", "lang": "de",
        "company": "Kaufwelt", "contact": KAUFWELT[1],
        "date": "2026-06-29 11:25 +0200", "frm": KAUFWELT,
        "charset": "windows-1252", "cte": "8bit",
        "subject": "Einladung zum Gespräch – Analystin Filialbelieferung",
        "text": """Sehr geehrte Frau Wisniewska,

wir freuen uns über Ihre Bewerbung als Analystin Filialbelieferung in unserem Zentrallager
Ebergassing und laden Sie herzlich zu einem persönlichen Gespräch ein.

Termin: Montag, 13. Juli 2026, 10:30 Uhr
Ort: Kaufwelt Zentrallager, Industriestraße 9, 2435 Ebergassing – „Verwaltung“, 1. OG

Bitte geben Sie uns bis 8. Juli Bescheid, ob der Termin passt.
""" + sig("Stefanie Brunner", "Recruiting & Employer Branding",
          "Kaufwelt Handels GmbH", "Tel. +43 2234 744 – 310"),
    },
    # ------------------------------------------------------------------ invitations (en)
    {
        "id": "kestrel_invite", "kind": "interview_invitation", "lang": "en",
        "company": "Kestrel Freight", "contact": KESTREL[1],
        "date": "2026-02-04 16:20 +0100", "frm": KESTREL,
        "subject": "Interview – Supply Chain Analyst (Rotterdam)",
        "text": """Dear Karolina,

Thank you for your application for the Supply Chain Analyst position at Kestrel Freight. We
would like to invite you for a first interview at our Rotterdam office.

Date: Thursday 12 February 2026
Time: 10:00-11:00 CET
Location: Kestrel Freight, Waalhaven Zuidzijde 19, 3089 JH Rotterdam
Interviewers: Ruud Bakker (Head of Operations) and myself

If you cannot travel, we can also do the interview via Teams. Please let me know which you
prefer.

Kind regards,
Maaike Jansen
HR Advisor | Kestrel Freight B.V.
+31 10 429 77 40
""",
        "html": "auto",
    },
    {
        "id": "harbourline_client_call", "kind": "interview_invitation", "lang": "en",
        "company": "Van Dijk Retail Distribution", "contact": "j.vanrijn@harbourline.example.nl",
        "date": "2026-07-13 09:12 +0200",
        "frm": ("Joost van Rijn", "j.vanrijn@harbourline.example.nl"),
        "subject": "Interview with Van Dijk Retail Distribution – Tuesday?",
        "text": """Hi Karolina,

Great news – Van Dijk Retail Distribution would like to speak with you about the Replenishment
Analyst role at their DC in Ridderkerk. It would be a video call with their Supply Chain
Manager, Femke de Boer.

They suggest Tuesday 21 July at 15:30 or Wednesday 22 July at 9:00. Which one works for you?
I'll send the Teams link once you confirm.

Cheers,
Joost
""" + sig("Joost van Rijn", "Senior Recruiter – Supply Chain & Logistics",
          "Harbourline Recruitment B.V. | Weena 505, Rotterdam"),
    },
    {
        "id": "scheldemond_casestudy", "kind": "interview_invitation", "lang": "en",
        "company": "Scheldemond Logistics", "system_sender": True,
        "date": "2026-10-01 12:00 +0000",
        "frm": ("Scheldemond Logistics", "no-reply@hire.lever.co"),
        "subject": "Next step: online case study for Scheldemond Logistics",
        "text": """Hi Karolina,

Thanks for your interest in the Network Planning Analyst role at Scheldemond Logistics!
We'd like to invite you to the next step: a 90-minute online case study on network planning,
followed by a 30-minute debrief call with the team.

Please choose a slot for the case study and debrief using this link:
https://jobs.lever.example/scheldemond/schedule/f0a91

Good luck!
The Scheldemond Logistics Talent Team
""",
        "html": "auto",
    },
    # ------------------------------------------------------------------ invitations (fr)
    {
        "id": "vermeulen_invite", "kind": "interview_invitation", "lang": "fr",
        "company": "Maison Vermeulen", "contact": VERMEULEN[1],
        "date": "2026-03-23 14:48 +0100", "frm": VERMEULEN,
        "subject": "Entretien – Analyste approvisionnement (entrepôt de Lomme)",
        "text": """Bonjour Madame Wiśniewska,

Votre candidature au poste d'analyste approvisionnement pour notre entrepôt de Lomme a retenu
toute notre attention. Nous souhaiterions vous rencontrer lors d'un entretien en visio
(Teams) avec Mme Aurélie Leroy, responsable supply chain.

Pourriez-vous me donner vos disponibilités pour la semaine du 30 mars ? Les après-midis du
mardi et du jeudi nous conviendraient particulièrement.

Bien à vous,

Julie Carpentier
Chargée de recrutement
Maison Vermeulen – Entrepôt de Lomme
03 20 22 61 08
""",
    },
    {
        "id": "dumortier_journee", "kind": "interview_invitation", "lang": "fr",
        "company": "Dumortier Logistique", "contact": DUMORTIER[1],
        "date": "2026-04-27 11:05 +0200", "frm": DUMORTIER,
        "subject": "Invitation à notre journée de recrutement du 12 mai",
        "text": """Madame,

Suite à votre candidature, nous avons le plaisir de vous convier à notre journée de
recrutement sur la plateforme logistique de Lesquin, le mardi 12 mai 2026 à partir de 9h00.

Au programme : présentation de l'entreprise, visite de la plateforme, tests écrits (Excel et
logique) puis entretiens individuels avec nos responsables d'exploitation.

Merci de confirmer votre présence en répondant à ce message avant le 6 mai.

Cordialement,

Nicolas Wattez
Responsable Ressources Humaines
Dumortier Logistique
Parc de la Haute Borne, 59810 Lesquin
""",
        "html": "auto", "cte": "base64",
    },
    {
        "id": "opale_client_unnamed", "kind": "interview_invitation", "lang": "fr",
        "company": "Cabinet Opale RH", "contact": "thomas.lefebvre@cabinet-opale-rh.example.fr",
        "date": "2026-08-31 17:12 +0200",
        "frm": ("Thomas Lefebvre", "thomas.lefebvre@cabinet-opale-rh.example.fr"),
        "charset": "iso-8859-1", "cte": "8bit",
        "subject": "Entretien chez notre client - planificatrice transport",
        "text": """Bonjour Karolina,

Bonne nouvelle : notre client, un industriel de l'agroalimentaire de la métropole lilloise
(dont je ne peux pas encore vous dire le nom), souhaite vous rencontrer pour le poste de
planificatrice transport.

L'entretien aurait lieu le lundi 7 septembre à 10h30 dans nos locaux, 45 rue Nationale à
Lille, en présence du directeur supply chain du client.

Pouvez-vous me confirmer rapidement ?

Thomas
Cabinet Opale RH
""",
    },
    # ------------------------------------------------------------------ moved / cancelled
    {
        "id": "kaufwelt_moved", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Kaufwelt", "contact": KAUFWELT[1],
        "date": "2026-07-09 16:02 +0200", "frm": KAUFWELT,
        "parent": "kaufwelt_invite", "quote": "outlook_de",
        "subject": "AW: Einladung zum Gespräch – Analystin Filialbelieferung",
        "text": """Sehr geehrte Frau Wiśniewska,

leider müssen wir unser Gespräch am 13. Juli verschieben, da unser Lagerleiter an diesem
Tag bei einer Inventur in Graz ist. Als neuen Termin schlagen wir Mittwoch, den 15. Juli,
um 13:00 Uhr vor. Eine aktualisierte Einladung erhalten Sie separat.

Vielen Dank für Ihr Verständnis!

Stefanie Brunner
Kaufwelt Handels GmbH
""",
        "ics": {"method": "REQUEST", "uid": "kaufwelt-int-7741@kaufwelt.example.at", "seq": 1,
                "start": "20260715T130000", "end": "20260715T140000",
                "summary": "Gespräch Analystin Filialbelieferung (verschoben)",
                "location": "Kaufwelt Zentrallager Ebergassing, Verwaltung 1. OG",
                "organizer": KAUFWELT},
    },
    {
        "id": "luehrs_cancel", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Lührs & Kamp Spedition", "contact": LUEHRS[1],
        "date": "2026-05-18 17:26 +0200", "frm": LUEHRS, "ics_inline": True,
        "subject": "Abgesagt: Videointerview Analyst Landverkehre – K. Wiśniewska",
        "text": """Moin Frau Wiśniewska,

Frau Harms ist leider kurzfristig erkrankt, daher muss ich unser Videointerview morgen um
11:00 Uhr absagen. Ihre Bewerbung läuft natürlich weiter – ich melde mich Anfang nächster
Woche mit neuen Terminvorschlägen.

Beste Grüße
Ole Petersen
""",
        "ics": {"method": "CANCEL", "uid": "040000008200E00074C5B7101A82E008-luehrs-0519",
                "seq": 2, "start": "20260519T110000", "end": "20260519T114500",
                "summary": "Abgesagt: Videointerview Analyst Landverkehre – K. Wiśniewska",
                "location": "Microsoft Teams-Besprechung", "organizer": LUEHRS,
                "tz": "Europe/Berlin"},
    },
    {
        "id": "gassner_moved", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Kühlkette Weiss", "contact": "c.gassner@gassner-executive.example.at",
        "date": "2026-03-09 08:14 +0100",
        "frm": ("Dr. Christoph Gassner", "c.gassner@gassner-executive.example.at"),
        "parent": "hunter_meets_client", "quote": "de",
        "subject": "Re: Termin mit Kühlkette Weiss – Supply Chain Analystin",
        "text": """Liebe Frau Wiśniewska,

kurze Änderung: Frau Mag. Weiss muss den Termin am Mittwoch auf Freitag, 13. März, 9:30 Uhr
verlegen – gleicher Ort. Passt Ihnen das auch?

Danke und beste Grüße
Christoph Gassner
(von unterwegs gesendet)
""",
    },
    {
        "id": "saxonia_postponed", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Saxonia Air Cargo", "contact": SAXONIA[1],
        "date": "2026-07-01 18:40 +0200", "frm": SAXONIA,
        "parent": "saxonia_phone", "quote": "de",
        "subject": "AW: Telefoninterview Saxonia Air Cargo",
        "text": """Hallo Frau Wiśniewska,

wegen eines Systemausfalls in unserem Frachtterminal muss ich das Telefonat morgen leider
absagen. Können wir es auf Dienstag, 7. Juli, 14:00 Uhr verschieben?

Gruß
René Falke
""",
    },
    {
        "id": "kestrel_moved", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Kestrel Freight", "contact": KESTREL[1],
        "date": "2026-02-10 08:52 +0100", "frm": KESTREL,
        "parent": "kestrel_invite", "quote": "en",
        "subject": "RE: Interview – Supply Chain Analyst (Rotterdam)",
        "text": """Dear Karolina,

Unfortunately Ruud has to be in Antwerp on Thursday, so we need to move your interview. Could
you do Monday 16 February at 13:00 instead, still via Teams as agreed?

Apologies for the inconvenience.

Kind regards,
Maaike
""",
    },
    {
        "id": "harbourline_postponed", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Van Dijk Retail Distribution", "contact": "j.vanrijn@harbourline.example.nl",
        "date": "2026-07-20 14:03 +0200",
        "frm": ("Joost van Rijn", "j.vanrijn@harbourline.example.nl"),
        "parent": "harbourline_client_call", "quote": "outlook_en",
        "subject": "RE: Interview with Van Dijk Retail Distribution – Tuesday?",
        "text": """Hi Karolina,

Quick heads-up: Femke from Van Dijk has had to postpone tomorrow's call – they have a peak
week in the DC. She asked me to find a new slot early next week; I'll come back to you as soon
as I have a date.

Sorry for the back and forth!
Joost
""",
    },
    {
        "id": "vermeulen_decale", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Maison Vermeulen", "contact": VERMEULEN[1],
        "date": "2026-03-31 09:18 +0200", "frm": VERMEULEN,
        "subject": "Décalage de votre entretien de jeudi",
        "text": """Bonjour Madame Wiśniewska,

Mme Leroy est retenue jeudi par un audit client. Nous sommes donc contraintes de décaler votre
entretien, initialement prévu le 2 avril à 15h, au mardi 7 avril à 15h, toujours en visio.

Le lien Teams reste inchangé. Merci de me confirmer que ce nouveau créneau vous convient.

Bien à vous,
Julie Carpentier
Maison Vermeulen
""",
    },
    {
        "id": "dumortier_annule", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Dumortier Logistique", "contact": DUMORTIER[1],
        "date": "2026-05-07 16:45 +0200", "frm": DUMORTIER,
        "parent": "dumortier_journee", "quote": "fr",
        "subject": "Re: Invitation à notre journée de recrutement du 12 mai",
        "html": None,
        "text": """Madame,

Pour des raisons d'organisation (mouvement social sur la plateforme), nous sommes dans
l'obligation d'annuler la journée de recrutement du 12 mai.

Votre candidature reste bien entendu d'actualité : nous reviendrons vers vous très
prochainement pour vous proposer une nouvelle date.

Avec nos excuses,

Nicolas Wattez
Dumortier Logistique
""",
    },
    {
        "id": "opale_client_reporte", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Cabinet Opale RH", "contact": "thomas.lefebvre@cabinet-opale-rh.example.fr",
        "date": "2026-09-04 12:30 +0200",
        "frm": ("Thomas Lefebvre", "thomas.lefebvre@cabinet-opale-rh.example.fr"),
        "parent": "opale_client_unnamed", "quote": "fr",
        "subject": "Re: Entretien chez notre client - planificatrice transport",
        "text": """Bonjour Karolina,

Petit changement : le directeur supply chain de notre client ne pourra pas être là lundi.
L'entretien est reporté au jeudi 10 septembre, même heure (10h30), même lieu.

Désolé pour ce contretemps,
Thomas
""",
    },
    {
        "id": "serrano_cambio", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "company": "Logística Serrano", "contact": "ana.belda@logisticaserrano.example.es",
        "date": "2026-06-29 11:11 +0200",
        "frm": ("Ana Belda", "ana.belda@logisticaserrano.example.es"),
        "subject": "Cambio de hora de tu entrevista",
        "text": """Hola Karolina:

Te escribo para cambiar la hora de la entrevista del miércoles 1 de julio: en lugar de a las
11:00, ¿podría ser a las 17:00? Nuestro director de operaciones tiene una reunión con un
cliente por la mañana. Sigue siendo por videollamada.

Gracias y disculpa las molestias,
Ana Belda
Recursos Humanos · Logística Serrano
""",
        "html": "auto",
    },
    # ------------------------------------------------------------------ missed interviews
    {
        "id": "mittelland_noshow", "kind": "missed_interview_notice", "lang": "de",
        "company": "Mittelland Frische Logistik", "contact": "s.kramer@mittelland-frische.example.de",
        "date": "2026-04-21 08:12 +0200",
        "frm": ("Sven Kramer", "s.kramer@mittelland-frische.example.de"),
        "parent": "mittelland_probetag",
        "subject": "Probearbeitstag heute?",
        "text": """Hallo Frau Wiśniewska,

wir hatten Sie heute um 7 Uhr zum Probearbeitstag erwartet. Bisher sind Sie nicht da, und
telefonisch erreiche ich Sie leider auch nicht.

Falls etwas dazwischengekommen ist, melden Sie sich bitte kurz. Ansonsten gehe ich davon aus,
dass Sie kein Interesse mehr haben.

Gruß
Sven Kramer
""",
    },
    {
        "id": "saxonia_missed", "kind": "missed_interview_notice", "lang": "de",
        "company": "Saxonia Air Cargo", "contact": SAXONIA[1],
        "date": "2026-07-07 14:22 +0200", "frm": SAXONIA,
        "parent": "saxonia_postponed", "quote": "de",
        "subject": "AW: AW: Telefoninterview Saxonia Air Cargo",
        "text": """Hallo Frau Wiśniewska,

ich habe Sie wie vereinbart um 14:00 Uhr angerufen – zweimal, jeweils ohne Erfolg. Eine
Nachricht auf der Mailbox habe ich hinterlassen.

Wenn Sie noch Interesse haben, schlagen Sie mir gern zwei neue Zeitfenster vor.

Gruß
René Falke
""",
    },
    {
        "id": "ostbahn_waited", "kind": "missed_interview_notice", "lang": "de",
        "company": "Ostbahn Logistik", "contact": "lukas.haider@ostbahn-logistik.example.at",
        "date": "2026-06-25 10:21 +0200",
        "frm": ("Lukas Haider", "lukas.haider@ostbahn-logistik.example.at"),
        "subject": "Unser Teams-Call heute um 10 Uhr",
        "text": """Hallo Karolina,

wir haben heute um 10 Uhr 15 Minuten im Teams-Meeting auf dich gewartet, aber du hast dich
leider nicht eingewählt. Ist vielleicht etwas mit dem Link schiefgegangen?

Sag mir gern Bescheid, dann finden wir einen neuen Termin.

Viele Grüße
Lukas
""" + sig("Lukas Haider", "Talent Acquisition", "Ostbahn Logistik GmbH",
          "Am Hauptbahnhof 2, 1100 Wien"),
    },
    {
        "id": "donaupersonal_nicht_erschienen", "kind": "missed_interview_notice", "lang": "de",
        "company": "Donau Personalservice", "contact": "k.eder@donau-personal.example.at",
        "date": "2026-02-02 15:05 +0100",
        "frm": ("Katharina Eder", "k.eder@donau-personal.example.at"),
        "charset": "iso-8859-1", "cte": "8bit",
        "parent": "donaupersonal_kennenlernen",
        "subject": "Ihr Termin heute um 14:00 Uhr",
        "text": """Liebe Frau Wisniewska,

leider sind Sie heute zu unserem vereinbarten Termin um 14:00 Uhr nicht erschienen.
Vielleicht ist etwas dazwischengekommen?

Wenn Sie weiterhin an einer Zusammenarbeit interessiert sind, rufen Sie mich gerne an oder
antworten Sie auf diese E-Mail, dann vereinbaren wir einen neuen Termin.

Liebe Grüße
Katharina Eder
Donau Personalservice GmbH
""",
    },
    {
        "id": "kestrel_tried_call", "kind": "missed_interview_notice", "lang": "en",
        "company": "Kestrel Freight", "contact": KESTREL[1],
        "date": "2026-02-16 13:25 +0100", "frm": KESTREL,
        "parent": "kestrel_moved", "quote": "en",
        "subject": "RE: RE: Interview – Supply Chain Analyst (Rotterdam)",
        "text": """Hi Karolina,

Ruud and I have been waiting in the Teams meeting since 13:00 and also tried to call you on
your mobile, but couldn't reach you. I hope everything is alright.

Please get in touch when you can – we'd still like to talk to you.

Kind regards,
Maaike Jansen
""",
    },
    {
        "id": "vandijk_waited", "kind": "missed_interview_notice", "lang": "en",
        "company": "Van Dijk Retail Distribution", "contact": "femke.deboer@vandijk-retail.example.nl",
        "date": "2026-07-28 09:24 +0200",
        "frm": ("Femke de Boer", "femke.deboer@vandijk-retail.example.nl"),
        "cc": [("Joost van Rijn", "j.vanrijn@harbourline.example.nl")],
        "subject": "Our call this morning",
        "text": """Hi Karolina,

I was in our video call at 9:00 as planned and waited for about 20 minutes, but you didn't
join. Joost is in copy – perhaps there was a mix-up with the time zone?

If you're still interested, let Joost know and we'll try to find another moment.

Best regards,
Femke de Boer
Supply Chain Manager | Van Dijk Retail Distribution
""",
    },
    {
        "id": "ett_no_presento", "kind": "missed_interview_notice", "lang": "es",
        "company": "Levante Temporal ETT", "contact": "nuria.sanz@levantetemporal.example.es",
        "date": "2026-05-26 12:48 +0200",
        "frm": ("Nuria Sanz | Levante Temporal", "nuria.sanz@levantetemporal.example.es"),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "subject": "No te presentaste a la entrevista de hoy",
        "text": """Hola Karolina:

Esta mañana te esperábamos a las 11:00 en nuestra oficina de la calle Colón para la entrevista
y no te has presentado. Te hemos llamado dos veces sin respuesta.

Si todavía te interesa trabajar con nosotros, llámanos al 963 51 42 70 para fijar otra cita.

Un saludo,
Nuria Sanz
Levante Temporal ETT
""",
    },
]


