"""Corpus 157: interview invitations (26), reschedules/cancellations (15), missed interviews (10)."""

from __future__ import annotations

from msgs157_common import ats_card, outlook, outlook_html, paras, quote

IV = "interview_invitation"
S = "interview_reschedule_or_cancel"
M = "missed_interview_notice"

_feld_txt = """Liebe Miriam,

wie am Telefon besprochen, würden wir dich gern zu einem Probetag in unseren Versandraum einladen: Samstag, 21. März, 7:00 bis 13:00 Uhr, Hofladen Feldbach, Gleichenberger Straße 4.

Bitte bring feste Schuhe mit, Arbeitskleidung stellen wir. Mittagessen geht auf uns.

Gib mir kurz Bescheid, ob das passt.

Liebe Grüße
Theresa Lackner
Feldbacher Hofladen Online"""

_schoeckl_app = """Sehr geehrter Herr Pichler,

anbei sende ich Ihnen meine Bewerbung als Teamleitung Versand & Retouren. Seit sechs Jahren leite ich Schichten in einem Grazer Supermarkt mit bis zu zwölf Mitarbeitenden.

Mit freundlichen Grüßen
Miriam Pölzl-Adeyemi"""

_rc_request = """Bonjour Madame Fabre,

Serait-il possible de décaler notre entretien de jeudi ? J'ai un inventaire imprévu au magasin ce jour-là. Je suis disponible vendredi toute la journée.

Merci d'avance,
Miriam Pölzl-Adeyemi"""

_ip_request = """Hallo Frau Vogt,

leider fällt mein Gesprächstermin am 15. April genau auf eine Inventur in meiner Filiale. Wäre ein Termin am 16. oder 17. April möglich?

Viele Grüße
Miriam Pölzl-Adeyemi"""

MESSAGES: list[dict] = [
    # ================================================================ invitations: German (13)
    {
        "k": IV, "s": "personio_scheduling_link", "l": "de", "co": "Murtal Versand",
        "ct": "karin.leitgeb@murtal-versand.example.at", "id": "mv2", "re": "mv1",
        "f": ("Murtal Versand Recruiting", "noreply@personio.de"),
        "rt": ("Karin Leitgeb", "karin.leitgeb@murtal-versand.example.at"),
        "d": "2026-02-10 09:20 +0100",
        "sj": "Einladung zum Kennenlernen – Teamleitung Kundenservice & Versand",
        "t": """Hallo Frau Pölzl-Adeyemi,

Ihre Bewerbung hat uns überzeugt! Wir möchten Sie gerne persönlich kennenlernen.

Bitte wählen Sie über den folgenden Link einen passenden Termin für ein 45-minütiges Gespräch vor Ort in Knittelfeld oder per Video:
https://murtal-versand.jobs.personio.de/scheduling/8f2c1e7a

Bei Fragen antworten Sie einfach auf diese E-Mail, sie geht direkt an Karin Leitgeb.

Freundliche Grüße
Karin Leitgeb
HR Generalistin | Murtal Versand
Bahnstraße 20, 8720 Knittelfeld""",
        "h": ats_card("Murtal Versand", "#1d6f42", paras("""Hallo Frau Pölzl-Adeyemi,

Ihre Bewerbung hat uns überzeugt! Wir möchten Sie gerne persönlich kennenlernen.

Bitte wählen Sie über den folgenden Link einen passenden Termin für ein 45-minütiges Gespräch vor Ort in Knittelfeld oder per Video:
https://murtal-versand.jobs.personio.de/scheduling/8f2c1e7a

Bei Fragen antworten Sie einfach auf diese E-Mail, sie geht direkt an Karin Leitgeb.

Freundliche Grüße
Karin Leitgeb
HR Generalistin | Murtal Versand
Bahnstraße 20, 8720 Knittelfeld"""), "Gesendet mit Personio"),
    },
    {
        "k": IV, "s": "greenhouse_ics_request", "l": "de", "co": "Donaukorb",
        "ct": "lea.hanzl@donaukorb.example.at", "id": "dk2", "re": "dk1",
        "f": ("Lea Hanzl via Greenhouse", "no-reply@greenhouse-mail.io"),
        "rt": ("Lea Hanzl", "lea.hanzl@donaukorb.example.at"),
        "d": "2026-03-09 14:05 +0100",
        "sj": "Einladung: Videointerview Donaukorb – Operations Associate",
        "t": """Hallo Miriam,

danke für dein Interesse an Donaukorb! Wir laden dich herzlich zu einem ersten Videointerview ein:

Dienstag, 17. März 2026, 10:00–10:45 Uhr
Microsoft Teams (Link in der Kalendereinladung)
Mit: Lea Hanzl (Talent Acquisition) und Markus Pilz (Lead Hub Nord)

Bitte nimm die Einladung im Kalender an. Solltest du verhindert sein, antworte einfach auf diese Mail.

Bis bald
Lea""",
        "ics": {"uid": "dk-20260317-1000@donaukorb.example.at", "start": "20260317T100000",
                "end": "20260317T104500", "summary": "Videointerview Donaukorb – Miriam Pölzl-Adeyemi",
                "location": "Microsoft Teams", "stamp": "20260309T130500Z",
                "org": ("Lea Hanzl", "lea.hanzl@donaukorb.example.at")},
    },
    {
        "k": IV, "s": "panel_outlook_ics", "l": "de", "co": "Lindwurm Logistik",
        "ct": "thomas.wiesinger@lindwurm-logistik.example.at", "id": "lw1",
        "f": ("Wiesinger, Thomas", "thomas.wiesinger@lindwurm-logistik.example.at"),
        "d": "2026-05-04 11:02 +0200",
        "sj": "Einladung Vorstellungsgespräch Schichtleitung Fulfillment",
        "t": """Sehr geehrte Frau Pölzl-Adeyemi,

wir freuen uns, Sie zu einem Gespräch mit unserem Auswahlgremium einzuladen:

Termin: Dienstag, 12. Mai 2026, 13:00–14:15 Uhr
Ort: Lindwurm Logistik, Hafenstraße 47, 4020 Linz, Besprechungsraum "Donau"
Gremium: Frau Hofer (Standortleitung), Herr Mayrhofer (Betriebsrat), ich selbst

Bitte bringen Sie einen Lichtbildausweis mit und melden Sie sich beim Portier.

Freundliche Grüße
Thomas Wiesinger
Personalentwicklung""",
        "h": outlook_html(paras("""Sehr geehrte Frau Pölzl-Adeyemi,

wir freuen uns, Sie zu einem Gespräch mit unserem Auswahlgremium einzuladen:

Termin: Dienstag, 12. Mai 2026, 13:00–14:15 Uhr
Ort: Lindwurm Logistik, Hafenstraße 47, 4020 Linz, Besprechungsraum "Donau"
Gremium: Frau Hofer (Standortleitung), Herr Mayrhofer (Betriebsrat), ich selbst

Bitte bringen Sie einen Lichtbildausweis mit und melden Sie sich beim Portier.

Freundliche Grüße
Thomas Wiesinger
Personalentwicklung""")),
        "ics": {"uid": "040000008200E00074C5B7101A82E008-LW-4711", "start": "20260512T130000",
                "end": "20260512T141500", "summary": "Vorstellungsgespräch Pölzl-Adeyemi",
                "location": "Hafenstraße 47, Linz – Raum Donau", "stamp": "20260504T090200Z"},
        "x": [("X-Mailer", "Microsoft Outlook 16.0")],
    },
    {
        "k": IV, "s": "smartrecruiters_ics", "l": "de", "co": "Isarpaket",
        "ct": "jana.vogt@isarpaket.example.de", "id": "ip2", "re": "ip1",
        "f": ("Jana Vogt via SmartRecruiters", "noreply@smartrecruiters.com"),
        "rt": ("Jana Vogt", "jana.vogt@isarpaket.example.de"),
        "d": "2026-04-08 10:30 +0200",
        "sj": "Interviewtermin bei Isarpaket am 15.04.",
        "t": """Hallo Frau Pölzl-Adeyemi,

wir möchten Sie gern besser kennenlernen und laden Sie zu einem Interview für die Position Teamleitung Retourenmanagement ein.

Mittwoch, 15. April 2026, 14:00 Uhr, Standort München-Laim (Landsberger Straße 302), Dauer ca. 60 Minuten.

Die Kalendereinladung finden Sie im Anhang.

Viele Grüße
Jana Vogt""",
        "ics": {"uid": "sr-ip-77120@isarpaket.example.de", "start": "20260415T140000",
                "end": "20260415T150000", "summary": "Interview Teamleitung Retourenmanagement",
                "location": "Landsberger Straße 302, München", "tz": "Europe/Berlin",
                "stamp": "20260408T083000Z", "org": ("Jana Vogt", "jana.vogt@isarpaket.example.de")},
    },
    {
        "k": IV, "s": "agency_client_interview", "l": "de", "co": "Annenhof Drogerie",
        "ct": "stefan.url@flexpersonal.example.at", "id": "fx2", "re": "fx1",
        "f": ("Stefan Url", "stefan.url@flexpersonal.example.at"),
        "d": "2026-01-20 15:10 +0100",
        "sj": "Vorstellungstermin bei Annenhof Drogerie",
        "te": "qp", "cs": "iso-8859-1",
        "t": """Hallo Frau Pölzl-Adeyemi,

super Neuigkeiten: Annenhof Drogerie möchte Sie für die Stelle Teamleitung Onlineshop-Kommissionierung persönlich kennenlernen.

Termin: Montag, 26. Jänner, 9:30 Uhr
Ort: Annenstraße 61, 8020 Graz, 2. Stock, bei Frau Riegler (Leitung E-Commerce)

Ich bin beim Gespräch nicht dabei, rufe Sie aber vorher noch kurz an, um Sie vorzubereiten.

Beste Grüße
Stefan Url
Flexpersonal Steiermark
Griesplatz 4, 8020 Graz · +43 316 60 40 21""",
    },
    {
        "k": IV, "s": "ashby_phone_screen", "l": "de", "co": "Kistl",
        "ct": "hanna.aigner@kistl.example.at", "id": "ks1",
        "f": ("Hanna Aigner", "hanna.aigner@kistl.example.at"),
        "d": "2026-06-02 12:48 +0200",
        "sj": "Kistl – kurzes Telefonat zur Hub Lead Rolle?",
        "t": """Hallo Frau Pölzl-Adeyemi,

Ihre Bewerbung über Ashby ist bei mir gelandet und ich würde gern für 20 Minuten telefonieren, um ein paar Eckdaten zu klären (Schichtmodell, Starttermin, Gehaltsvorstellung).

Hätten Sie Mittwoch oder Donnerstag zwischen 9 und 12 Uhr Zeit? Nennen Sie mir gerne eine Nummer, unter der ich Sie erreiche.

Danke und liebe Grüße
Hanna Aigner
People & Ops | Kistl
Quick-Commerce für Wien · Lassallestraße 7a, 1020 Wien""",
    },
    {
        "k": IV, "s": "assessment_centre_public", "l": "de", "co": "Steirische Landesbeschaffung",
        "ct": "ursula.feichtinger@landesbeschaffung.example.at", "id": "lb2", "re": "lb1",
        "f": ("Mag. Ursula Feichtinger", "ursula.feichtinger@landesbeschaffung.example.at"),
        "d": "2026-02-02 10:15 +0100",
        "sj": "Einladung zum Assessment-Center – LB-2026-014",
        "cs": "iso-8859-1", "te": "8bit", "ne": "q", "nc": "iso-8859-1",
        "t": """Sehr geehrte Frau Pölzl-Adeyemi,

Sie wurden für die zweite Stufe des Auswahlverfahrens "Sachbearbeitung E-Procurement" ausgewählt. Wir laden Sie zum eintägigen Assessment-Center ein:

Datum: Donnerstag, 12. Februar 2026
Beginn: 8:30 Uhr (Ende ca. 16:00 Uhr)
Ort: Burggasse 13, 8010 Graz, Seminarraum 2

Programm: Gruppenübung, Postkorb-Übung, strukturiertes Interview.

Bitte bestätigen Sie Ihre Teilnahme bis 6. Februar.

Mit freundlichen Grüßen
Mag. Ursula Feichtinger
Referat Personal
Steirische Landesbeschaffung""",
    },
    {
        "k": IV, "s": "trial_day_probetag", "l": "de", "co": "Feldbacher Hofladen Online",
        "ct": "theresa@feldbacher-hofladen.example.at", "id": "fh1",
        "f": ("Theresa Lackner", "theresa@feldbacher-hofladen.example.at"),
        "d": "2026-03-13 17:20 +0100",
        "sj": "Probetag im Versand",
        "t": _feld_txt,
        "h": paras(_feld_txt),
    },
    {
        "k": IV, "s": "casual_coffee_thursday", "l": "de", "co": "Tauschplatz",
        "ct": "bernhard.kos@tauschplatz.example.at", "id": "tp1",
        "f": ("Bernhard Kos", "bernhard.kos@tauschplatz.example.at"),
        "d": "2026-06-10 08:05 +0200",
        "sj": "Kaffee am Donnerstag",
        "t": """Hi Miriam,

hab gesehen, dass du dich bei uns für Seller Support beworben hast – cool! Hast du Donnerstag Zeit auf einen Kaffee? So um 16 Uhr im Café am Lendplatz, dann plaudern wir ganz locker über die Stelle und ich stell dir nachher noch kurz unsere Teamleiterin per Video vor.

Lg Bernhard""",
    },
    {
        "k": IV, "s": "headhunter_client_munich", "l": "de", "co": "Alpenfrisch Online",
        "ct": "georg.brunnhofer@brunnhofer-search.example.at", "id": "bf1",
        "f": ("Georg Brunnhofer", "georg.brunnhofer@brunnhofer-search.example.at"),
        "d": "2026-04-14 16:20 +0200",
        "sj": "Termin Alpenfrisch Online – 21. April",
        "t": """Liebe Frau Pölzl-Adeyemi,

wie telefonisch besprochen: das Kennenlerngespräch bei Alpenfrisch Online findet am 21. April um 10:30 Uhr in München statt (Rosenheimer Straße 145e, Empfang 3. OG). Gesprächspartner sind Herr Kellermann (Head of Operations) und Frau Sutor (HR).

Die Zugtickets Graz–München lasse ich Ihnen bis Freitag zukommen.

Beste Grüße
Georg Brunnhofer
Brunnhofer Executive Search · Herrengasse 3 · 8010 Graz
+43 316 82 90 11""",
    },
    {
        "k": IV, "s": "teams_invite_feinkost", "l": "de", "co": "Wiener Feinkostversand",
        "ct": "m.oberhuber@feinkostversand.example.at", "id": "wf1",
        "f": ("Magdalena Oberhuber", "m.oberhuber@feinkostversand.example.at"),
        "d": "2026-07-01 09:12 +0200",
        "sj": "Gesprächseinladung Teamlead Kommissionierung",
        "se": "b",
        "t": """Sehr geehrte Frau Pölzl-Adeyemi,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gern zu einem Gespräch via Microsoft Teams einladen, und zwar am Mittwoch, 8. Juli, um 11:00 Uhr. Gesprächspartner ist Herr Steindl, unser Leiter Logistik.

Den Teams-Link erhalten Sie mit der Terminbestätigung. Ist der Termin für Sie in Ordnung?

Mit freundlichen Grüßen
Magdalena Oberhuber
HR Business Partner
Wiener Feinkostversand""",
    },
    {
        "k": IV, "s": "recruitee_video_zurich", "l": "de", "co": "Helvetikorb",
        "ct": "", "id": "hk1",
        "f": ("Helvetikorb", "noreply@jobs.recruitee.com"),
        "d": "2026-08-03 08:00 +0200",
        "sj": "Helvetikorb: Einladung zum Video-Interview",
        "te": "b64",
        "t": """Grüezi Miriam Pölzl-Adeyemi

Wir freuen uns, Sie zu einem Video-Interview für die Stelle "Teamleiterin Fulfillment (100%)" einzuladen.

Bitte buchen Sie über den folgenden Link einen Slot zwischen dem 10. und 14. August:
https://helvetikorb.recruitee.com/o/teamleiterin-fulfillment/interview/3a9d

Das Gespräch dauert rund 40 Minuten und findet mit unserer Leiterin Operations statt.

Freundliche Grüsse
Ihr Helvetikorb Recruiting Team""",
    },
    {
        "k": IV, "s": "reply_chain_application_quoted", "l": "de", "co": "Schöckl Sportversand",
        "ct": "andreas.pichler@schoeckl-sport.example.at", "id": "ss1",
        "f": ("Andreas Pichler", "andreas.pichler@schoeckl-sport.example.at"),
        "d": "2026-09-01 13:37 +0200",
        "sj": "AW: Bewerbung Teamleitung Versand & Retouren",
        "t": """Hallo Frau Pölzl-Adeyemi,

danke für Ihre Unterlagen. Kommen Sie doch am Dienstag, 8. September, um 15 Uhr zu uns ins Lager in Gratkorn, dann zeige ich Ihnen den Betrieb und wir reden über die Stelle. Adresse: Industriestraße 12, 8101 Gratkorn – Eingang beim Tor 3.

Beste Grüße
Andreas Pichler
Geschäftsführer
Schöckl Sportversand · +43 3124 23 456

""" + quote(_schoeckl_app, "Am 28.08.2026 um 20:11 schrieb Miriam Pölzl-Adeyemi <miriam.pa@example.at>:"),
    },
    # ================================================================ invitations: English (7)
    {
        "k": IV, "s": "lever_phone_screen", "l": "en", "co": "Kranjska Commerce",
        "ct": "maja.kovac@kranjska.example.si", "id": "kr2", "re": "kr1",
        "f": ("Maja Kovač", "maja.kovac@kranjska.example.si"),
        "d": "2026-02-23 10:44 +0100",
        "sj": "Phone screen – Marketplace Operations Specialist",
        "ne": "q",
        "t": """Hi Miriam,

Thanks for applying to Kranjska Commerce. I'd love to set up a 30-minute phone screen to learn more about your background.

Could you pick a time that suits you here? https://jobs.lever.co/kranjska/schedule/5c1e

We'll cover your experience leading shifts and how you've handled stock issues, and I'll tell you more about the team in Ljubljana.

Best,
Maja Kovač
Talent Partner, Kranjska Commerce
Slovenska cesta 54, 1000 Ljubljana""",
    },
    {
        "k": IV, "s": "greenhouse_en_invite", "l": "en", "co": "Brightcart",
        "ct": "olivia.brandt@brightcart.example.de", "id": "bc3", "re": "bc2",
        "f": ("Olivia Brandt via Greenhouse", "no-reply@greenhouse-mail.io"),
        "rt": ("Olivia Brandt", "olivia.brandt@brightcart.example.de"),
        "d": "2026-04-29 11:18 +0200",
        "sj": "Interview invitation: Marketplace Operations Associate at Brightcart",
        "t": """Hi Miriam,

We'd like to invite you to a video interview with Felix Ruhland, our Marketplace Operations Manager.

Please use the link below to choose a 45-minute slot next week:
https://app.greenhouse.io/scheduling/brightcart/7720195

Looking forward to it!
Olivia Brandt
People Team, Brightcart""",
        "h": ats_card("Brightcart", "#ff5a36", paras("""Hi Miriam,

We'd like to invite you to a video interview with Felix Ruhland, our Marketplace Operations Manager.

Please use the link below to choose a 45-minute slot next week:
https://app.greenhouse.io/scheduling/brightcart/7720195

Looking forward to it!
Olivia Brandt
People Team, Brightcart"""), "Sent via Greenhouse"),
    },
    {
        "k": IV, "s": "savica_video_call", "l": "en", "co": "Savica Market",
        "ct": "nina.zupan@savica.example.si", "id": "sv1",
        "f": ("Nina Zupan", "nina.zupan@savica.example.si"),
        "d": "2026-06-08 09:03 +0200",
        "sj": "Operations Coordinator – let's talk",
        "t": """Dear Miriam,

Your application for Operations Coordinator stood out to us. Would you be available for a video interview this Friday, 12 June, at 14:00 CEST? We'd use Google Meet; I'll send the link once you confirm.

The conversation will be with me and our warehouse lead, Rok.

Kind regards,
Nina Zupan
Head of Operations, Savica Market""",
    },
    {
        "k": IV, "s": "casual_free_thursday", "l": "en", "co": "Parcelnest",
        "ct": "tom@parcelnest.example.de", "id": "pn1",
        "f": ("Tom Berger", "tom@parcelnest.example.de"),
        "d": "2026-07-07 20:41 +0200",
        "sj": "quick chat?",
        "t": """Hey Miriam,

saw your note about the ops role - are you free Friday around 3pm to chat for half an hour? Zoom is easiest: https://zoom.example.de/j/8812004411

Tom
(co-founder, Parcelnest)""",
    },
    {
        "k": IV, "s": "agency_sets_up_tivoli", "l": "en", "co": "Tivoli Home Delivery",
        "ct": "petra.novak@adriatic-staffing.example.si", "id": "ad2", "re": "ad1",
        "f": ("Petra Novak", "petra.novak@adriatic-staffing.example.si"),
        "d": "2026-05-27 10:26 +0200",
        "sj": "Interview with Tivoli Home Delivery on 3 June",
        "t": """Hello Miriam,

Good news: Tivoli Home Delivery would like to speak with you about the Dispatch Team Lead role. I've arranged a call for Wednesday 3 June at 10:00 with their operations director, Marko Vidmar. He will phone you on +43 664 201 77 35.

Let me know right away if that number is wrong.

Petra Novak
Senior Consultant, Adriatic Staffing""",
    },
    {
        "k": IV, "s": "taleo_assessment_centre_en", "l": "en", "co": "Eurocargo Continental",
        "ct": "", "id": "ec2", "re": "ec1",
        "f": ("Eurocargo Continental Recruiting", "eurocargo@taleo.net"),
        "d": "2026-08-20 07:30 +0000",
        "sj": "Invitation to Assessment Day - Hub Shift Manager (Job 26-0932)",
        "t": """Dear Miriam,

Congratulations! You have been selected to attend our Assessment Day for Hub Shift Manager (Job 26-0932).

Date: Thursday, 3 September 2026
Time: 09:00 - 15:30
Location: Eurocargo Continental, Hub München-Nord, Lilienthalallee 40, 80939 München

The day includes a warehouse walk-through, a group planning exercise and a one-to-one interview. Please confirm your attendance in the candidate portal.

Kind regards,
Eurocargo Continental Talent Acquisition

This is an automated message; replies are not read.""",
        "icsatt": {"uid": "taleo-ec-26-0932-MPA", "start": "20260903T090000", "end": "20260903T153000",
                   "summary": "Assessment Day - Hub Shift Manager", "tz": "Europe/Berlin",
                   "location": "Lilienthalallee 40, München", "stamp": "20260820T073000Z"},
    },
    {
        "k": IV, "s": "ljubljanica_interview", "l": "en", "co": "Ljubljanica Goods",
        "ct": "ales.kranjc@ljubljanica-goods.example.si", "id": "lg1",
        "f": ("Aleš Kranjc", "ales.kranjc@ljubljanica-goods.example.si"),
        "d": "2026-09-07 15:55 +0200",
        "sj": "Interview – E-commerce Ops Lead",
        "t": """Dear Miriam,

Thank you for your application. I would like to invite you to an interview at our office on Monday 14 September at 11:00 (Trubarjeva 30, Ljubljana). Please bring examples of rotas or process improvements you have designed.

A calendar invitation follows.

Kind regards,
Aleš Kranjc
COO, Ljubljanica Goods""",
        "ics": {"uid": "lg-interview-0914@ljubljanica-goods.example.si", "start": "20260914T110000",
                "end": "20260914T120000", "summary": "Interview Miriam Pölzl-Adeyemi",
                "tz": "Europe/Ljubljana", "location": "Trubarjeva 30, Ljubljana",
                "stamp": "20260907T135500Z"},
    },
    # ================================================================ invitations: French (3)
    {
        "k": IV, "s": "teamtailor_entretien", "l": "fr", "co": "Rhône Colis",
        "ct": "camille.fabre@rhone-colis.example.fr", "id": "rc2", "re": "rc1",
        "f": ("Camille Fabre via Teamtailor", "no-reply@teamtailor-mail.com"),
        "rt": ("Camille Fabre", "camille.fabre@rhone-colis.example.fr"),
        "d": "2026-03-16 11:00 +0100",
        "sj": "Rhône Colis – Invitation à un entretien",
        "t": """Bonjour Miriam,

Votre profil a retenu toute notre attention pour le poste de Cheffe d'équipe expédition. Nous vous proposons un entretien en visioconférence le jeudi 19 mars à 10h00.

Merci de confirmer votre présence en répondant à ce message.

Belle journée,
Camille Fabre
Chargée RH – Rhône Colis
Port Édouard Herriot, 69007 Lyon""",
    },
    {
        "k": IV, "s": "croixrousse_entretien", "l": "fr", "co": "Croix-Rousse Épicerie en ligne",
        "ct": "claire.perrin@croixrousse-epicerie.example.fr", "id": "cr1",
        "f": ("Claire Perrin", "claire.perrin@croixrousse-epicerie.example.fr"),
        "d": "2026-04-13 08:47 +0200",
        "sj": "Rencontre pour le poste de cheffe d'équipe préparation",
        "t": """Bonjour Miriam,

Suite à votre candidature, je serais ravie de vous rencontrer à notre entrepôt le jeudi 16 avril à 14h30, 4 place de la Croix-Rousse. Antoine, notre responsable logistique, sera également présent.

Pouvez-vous me confirmer ce créneau ?

Cordialement,
Claire Perrin
Responsable des opérations""",
        "ics": {"uid": "cr-0416-1430@croixrousse-epicerie.example.fr", "start": "20260416T143000",
                "end": "20260416T153000", "summary": "Entretien Miriam Pölzl-Adeyemi",
                "tz": "Europe/Paris", "location": "4 place de la Croix-Rousse, Lyon",
                "stamp": "20260413T064700Z"},
    },
    {
        "k": IV, "s": "interim_entretien_client", "l": "fr", "co": "Saône Marketplace",
        "ct": "julien.marchal@interim-presquile.example.fr", "id": "iq2", "re": "iq1",
        "f": ("Julien Marchal", "julien.marchal@interim-presquile.example.fr"),
        "d": "2026-05-12 17:30 +0200",
        "sj": "Entretien chez Saône Marketplace mardi 26 mai",
        "t": """Bonjour Miriam,

Bonne nouvelle : Saône Marketplace souhaite vous rencontrer pour la mission de coordinatrice support vendeurs (CDD 6 mois).

Rendez-vous le mardi 26 mai à 9h30, 80 quai Perrache, accueil du bâtiment B. Demandez Mme Roux.

Je vous appelle lundi pour préparer l'entretien.

Julien Marchal
Intérim Presqu'île""",
    },
    # ================================================================ invitations: Spanish (3)
    {
        "k": IV, "s": "workable_entrevista", "l": "es", "co": "Carrito Castellano",
        "ct": "marta.gil@carrito.example.es", "id": "cc2", "re": "cc1",
        "f": ("Marta Gil - Carrito Castellano", "noreply@workablemail.com"),
        "rt": ("Marta Gil", "marta.gil@carrito.example.es"),
        "d": "2026-02-09 12:15 +0100",
        "sj": "Entrevista para Coordinadora de Operaciones E-commerce",
        "t": """Hola Miriam:

¡Gracias por tu candidatura! Nos gustaría hacerte una primera entrevista telefónica de 30 minutos el lunes 16 de febrero a las 10:00 (hora de Madrid).

Si no te viene bien, responde a este correo y buscamos otro hueco.

Un saludo,
Marta Gil
Talent Acquisition · Carrito Castellano""",
    },
    {
        "k": IV, "s": "mercado_retiro_ics", "l": "es", "co": "Mercado Retiro Online",
        "ct": "pablo.navarro@mercadoretiro.example.es", "id": "mr1",
        "f": ("Pablo Navarro", "pablo.navarro@mercadoretiro.example.es"),
        "d": "2026-03-23 16:02 +0100",
        "sj": "Convocatoria de entrevista – Jefa de Turno Almacén Online",
        "t": """Estimada Miriam:

Nos complace invitarla a una entrevista presencial para el puesto de Jefa de Turno del almacén online, el martes 31 de marzo a las 12:00 en nuestras oficinas de Calle O'Donnell 34, Madrid.

Le adjuntamos la convocatoria para su calendario.

Atentamente,
Pablo Navarro
Responsable de Selección · Mercado Retiro Online
Tel. 91 574 20 30""",
        "ics": {"uid": "mr-entrevista-0331@mercadoretiro.example.es", "start": "20260331T120000",
                "end": "20260331T130000", "summary": "Entrevista Miriam Pölzl-Adeyemi – Jefa de Turno",
                "tz": "Europe/Madrid", "location": "Calle O'Donnell 34, Madrid",
                "stamp": "20260323T150200Z"},
    },
    {
        "k": IV, "s": "agency_prueba_es", "l": "es", "co": "Talento Temporal",
        "ct": "lucia.herrero@talentotemporal.example.es", "id": "tt2", "re": "tt1",
        "f": ("Lucía Herrero", "lucia.herrero@talentotemporal.example.es"),
        "d": "2026-04-14 09:40 +0200",
        "sj": "Entrevista con cliente – jefa de turno",
        "te": "8bit",
        "t": """Hola Miriam:

Tengo una vacante de jefa de turno en un supermercado online de la zona de Vallecas que encaja muy bien contigo. El cliente quiere entrevistarte el martes 28 a las 11:00 en su almacén; prefiere no publicar su nombre todavía, te doy la dirección por teléfono.

¿Te confirmo?

Lucía Herrero
Talento Temporal ETT""",
    },
    # ================================================================ reschedules: German (8)
    {
        "k": S, "s": "murtal_moved_slot", "l": "de", "co": "Murtal Versand",
        "ct": "karin.leitgeb@murtal-versand.example.at", "id": "mv3", "re": "mv2",
        "f": ("Karin Leitgeb", "karin.leitgeb@murtal-versand.example.at"),
        "d": "2026-02-12 08:31 +0100",
        "sj": "Verschiebung unseres Gesprächs am 17.02.",
        "t": """Guten Morgen Frau Pölzl-Adeyemi,

leider muss ich unseren Termin am Dienstag, 17. Februar, verschieben – unser Geschäftsführer ist an dem Tag auf einer Messe. Ginge stattdessen Donnerstag, 19. Februar, um 10:00 Uhr? Ort und Ablauf bleiben gleich.

Entschuldigen Sie die Umstände!

Karin Leitgeb
HR Generalistin | Murtal Versand
T +43 3512 820 14""",
    },
    {
        "k": S, "s": "isarpaket_sequence_bump", "l": "de", "co": "Isarpaket",
        "ct": "jana.vogt@isarpaket.example.de", "id": "ip4", "re": ["ip2", "ip3"],
        "f": ("Jana Vogt", "jana.vogt@isarpaket.example.de"),
        "d": "2026-04-10 09:05 +0200",
        "sj": "Aktualisiert: Interview Teamleitung Retourenmanagement",
        "t": """Hallo Frau Pölzl-Adeyemi,

kein Problem, Inventur geht vor. Ich habe das Interview auf Freitag, 17. April, 9:30 Uhr verlegt; die aktualisierte Kalendereinladung ist beigefügt.

Viele Grüße
Jana Vogt

""" + quote(_ip_request, "Am 09.04.2026 um 21:02 schrieb Miriam Pölzl-Adeyemi:"),
        "ics": {"uid": "sr-ip-77120@isarpaket.example.de", "seq": 1, "start": "20260417T093000",
                "end": "20260417T103000", "summary": "Interview Teamleitung Retourenmanagement",
                "location": "Landsberger Straße 302, München", "tz": "Europe/Berlin",
                "stamp": "20260410T070500Z"},
    },
    {
        "k": S, "s": "lindwurm_method_cancel", "l": "de", "co": "Lindwurm Logistik",
        "ct": "thomas.wiesinger@lindwurm-logistik.example.at", "id": "lw2", "re": "lw1",
        "f": ("Wiesinger, Thomas", "thomas.wiesinger@lindwurm-logistik.example.at"),
        "d": "2026-05-08 16:50 +0200",
        "sj": "Abgesagt: Vorstellungsgespräch Pölzl-Adeyemi",
        "t": """Sehr geehrte Frau Pölzl-Adeyemi,

ich muss den Termin am 12. Mai leider absagen, da sich in der Besetzung der Stelle gerade intern etwas bewegt. Ich melde mich, sobald ich Näheres weiß.

Freundliche Grüße
Thomas Wiesinger""",
        "ics": {"uid": "040000008200E00074C5B7101A82E008-LW-4711", "method": "CANCEL", "seq": 1,
                "start": "20260512T130000", "end": "20260512T141500",
                "summary": "Abgesagt: Vorstellungsgespräch Pölzl-Adeyemi",
                "location": "Hafenstraße 47, Linz – Raum Donau", "stamp": "20260508T145000Z"},
        "x": [("X-Mailer", "Microsoft Outlook 16.0")],
    },
    {
        "k": S, "s": "interviewer_ill", "l": "de", "co": "Wiener Feinkostversand",
        "ct": "m.oberhuber@feinkostversand.example.at", "id": "wf2", "re": "wf1",
        "f": ("Magdalena Oberhuber", "m.oberhuber@feinkostversand.example.at"),
        "d": "2026-07-06 07:45 +0200",
        "sj": "Termin 8. Juli muss entfallen",
        "t": """Sehr geehrte Frau Pölzl-Adeyemi,

Herr Steindl ist leider kurzfristig erkrankt, daher kann unser Teams-Gespräch am Mittwoch nicht stattfinden. Sobald er wieder im Haus ist, schlage ich Ihnen einen Ersatztermin vor.

Ich bitte um Verständnis.

Magdalena Oberhuber
HR Business Partner""",
    },
    {
        "k": S, "s": "assessment_moved_public", "l": "de", "co": "Steirische Landesbeschaffung",
        "ct": "ursula.feichtinger@landesbeschaffung.example.at", "id": "lb3", "re": "lb2",
        "f": ("Mag. Ursula Feichtinger", "ursula.feichtinger@landesbeschaffung.example.at"),
        "d": "2026-02-06 11:20 +0100",
        "sj": "Änderung: Assessment-Center LB-2026-014",
        "cs": "iso-8859-1", "te": "qp", "se": "q", "sc": "iso-8859-1",
        "t": """Sehr geehrte Frau Pölzl-Adeyemi,

aus organisatorischen Gründen wird das Assessment-Center vom 12. Februar auf Mittwoch, 18. Februar 2026 verlegt. Beginn und Ort bleiben unverändert (8:30 Uhr, Burggasse 13, Seminarraum 2).

Bitte teilen Sie uns mit, falls Sie am neuen Termin verhindert sind.

Mit freundlichen Grüßen
Mag. Ursula Feichtinger
Referat Personal""",
    },
    {
        "k": S, "s": "helvetikorb_onsite_now", "l": "de", "co": "Helvetikorb",
        "ct": "sandra.meier@helvetikorb.example.ch", "id": "hk2", "re": "hk1",
        "f": ("Sandra Meier", "sandra.meier@helvetikorb.example.ch"),
        "d": "2026-08-05 14:12 +0200",
        "sj": "Ihr Interview am 11. August – neue Zeit und Ort",
        "t": """Grüezi Frau Pölzl-Adeyemi

Danke, dass Sie den 11. August gebucht haben. Unsere Leiterin Operations ist an diesem Tag ohnehin im Lager und würde Sie gerne vor Ort treffen. Wir verschieben das Gespräch deshalb auf 13:30 Uhr (statt 10:00 Uhr) und führen es in Dietikon durch, Lagerstrasse 8. Die Reisekosten übernehmen wir.

Passt Ihnen das?

Freundliche Grüsse
Sandra Meier
HR Helvetikorb AG · Lagerstrasse 8 · 8953 Dietikon""",
    },
    {
        "k": S, "s": "schoeckl_cancel_inventory", "l": "de", "co": "Schöckl Sportversand",
        "ct": "andreas.pichler@schoeckl-sport.example.at", "id": "ss2", "re": "ss1",
        "f": ("Andreas Pichler", "andreas.pichler@schoeckl-sport.example.at"),
        "d": "2026-09-04 18:20 +0200",
        "sj": "Dienstag fällt leider aus",
        "t": """Hallo Frau Pölzl-Adeyemi,

bei uns ist diese Woche der Lieferant ausgefallen und wir haben am Dienstag Sonderinventur – ich muss unser Treffen daher absagen. Ich schick Ihnen nächste Woche zwei neue Vorschläge, das Thema ist für mich nicht erledigt!

Beste Grüße
Andreas Pichler""",
    },
    {
        "k": S, "s": "agency_time_changed", "l": "de", "co": "Annenhof Drogerie",
        "ct": "stefan.url@flexpersonal.example.at", "id": "fx3", "re": "fx2",
        "f": ("Stefan Url", "stefan.url@flexpersonal.example.at"),
        "d": "2026-01-22 12:02 +0100",
        "sj": "AW: Vorstellungstermin bei Annenhof Drogerie",
        "t": """Hallo Frau Pölzl-Adeyemi,

kleine Änderung: Frau Riegler hat am Montag um 9:30 eine Filialbegehung reinbekommen. Das Gespräch ist jetzt am selben Tag um 14:00 Uhr, gleiche Adresse.

Bitte kurz bestätigen.

Stefan Url
Flexpersonal Steiermark""",
    },
    # ================================================================ reschedules: English (3)
    {
        "k": S, "s": "lever_moved_screen", "l": "en", "co": "Kranjska Commerce",
        "ct": "maja.kovac@kranjska.example.si", "id": "kr3", "re": "kr2",
        "f": ("Maja Kovač", "maja.kovac@kranjska.example.si"),
        "d": "2026-02-25 08:15 +0100",
        "sj": "Re: Phone screen – Marketplace Operations Specialist",
        "ne": "b",
        "t": """Hi Miriam,

Apologies - something came up with our quarterly close on Thursday. Could we move our call from 11:00 to Friday 27 February at 13:30? If that doesn't work, just grab any other slot from the link.

Thanks for your flexibility,
Maja""",
    },
    {
        "k": S, "s": "method_cancel_en", "l": "en", "co": "Ljubljanica Goods",
        "ct": "ales.kranjc@ljubljanica-goods.example.si", "id": "lg2", "re": "lg1",
        "f": ("Aleš Kranjc", "ales.kranjc@ljubljanica-goods.example.si"),
        "d": "2026-09-10 19:08 +0200",
        "sj": "Cancelled: Interview Miriam Pölzl-Adeyemi",
        "t": """Dear Miriam,

I have to cancel Monday's meeting; the board is reviewing this year's budget and I can't confirm the role's details until they finish. I'll be in touch as soon as I know more.

Aleš""",
        "ics": {"uid": "lg-interview-0914@ljubljanica-goods.example.si", "method": "CANCEL",
                "seq": 1, "start": "20260914T110000", "end": "20260914T120000",
                "summary": "Cancelled: Interview Miriam Pölzl-Adeyemi", "tz": "Europe/Ljubljana",
                "location": "Trubarjeva 30, Ljubljana", "stamp": "20260910T170800Z"},
    },
    {
        "k": S, "s": "venue_change_seq", "l": "en", "co": "Eurocargo Continental",
        "ct": "", "id": "ec3", "re": "ec2",
        "f": ("Eurocargo Continental Recruiting", "eurocargo@taleo.net"),
        "d": "2026-08-25 07:30 +0000",
        "sj": "Updated: Assessment Day - Hub Shift Manager (Job 26-0932)",
        "t": """Dear Miriam,

Please note that your Assessment Day has been moved to Friday, 4 September 2026, same hours. It will now take place at our Hub München-Süd, Zielstattstraße 9, 81379 München.

The updated calendar entry is attached.

Eurocargo Continental Talent Acquisition
This is an automated message; replies are not read.""",
        "icsatt": {"uid": "taleo-ec-26-0932-MPA", "seq": 2, "start": "20260904T090000",
                   "end": "20260904T153000", "summary": "Assessment Day - Hub Shift Manager",
                   "tz": "Europe/Berlin", "location": "Zielstattstraße 9, München",
                   "stamp": "20260825T073000Z"},
    },
    # ================================================================ reschedules: French (2)
    {
        "k": S, "s": "rhone_decale", "l": "fr", "co": "Rhône Colis",
        "ct": "camille.fabre@rhone-colis.example.fr", "id": "rc4", "re": ["rc2", "rc3"],
        "f": ("Camille Fabre", "camille.fabre@rhone-colis.example.fr"),
        "d": "2026-03-18 09:10 +0100",
        "sj": "RE: Report de l'entretien",
        "t": """Bonjour Miriam,

Aucun souci. Je vous propose de décaler l'entretien au vendredi 20 mars à 15h00, toujours en visio. Le lien reste le même.

Bonne journée,
Camille

""" + quote(_rc_request, "Le mar. 17 mars 2026 à 22:14, Miriam Pölzl-Adeyemi <miriam.pa@example.at> a écrit :"),
    },
    {
        "k": S, "s": "croixrousse_annule_malade", "l": "fr", "co": "Croix-Rousse Épicerie en ligne",
        "ct": "claire.perrin@croixrousse-epicerie.example.fr", "id": "cr2", "re": "cr1",
        "f": ("Claire Perrin", "claire.perrin@croixrousse-epicerie.example.fr"),
        "d": "2026-04-15 19:40 +0200",
        "sj": "Notre rendez-vous de demain",
        "cs": "windows-1252", "te": "qp",
        "t": """Bonsoir Miriam,

Je suis malade depuis ce midi et je ne pourrai pas assurer notre rendez-vous de demain 14h30 ; toutes mes excuses. Pouvons-nous le reporter au jeudi 30 avril, même heure ? Antoine sera là aussi.

Claire""",
    },
    # ================================================================ reschedules: Spanish (2)
    {
        "k": S, "s": "carrito_nueva_hora", "l": "es", "co": "Carrito Castellano",
        "ct": "marta.gil@carrito.example.es", "id": "cc4", "re": "cc3",
        "f": ("Marta Gil", "marta.gil@carrito.example.es"),
        "d": "2026-02-17 10:22 +0100",
        "sj": "Re: Llamada de ayer",
        "t": """Hola Miriam:

Gracias por explicarlo, ya veo que tenías otro número en el CV. Te he vuelto a apuntar para el jueves 19 a las 17:00 y esta vez te llamo al +43 664 201 77 35.

Un saludo,
Marta""",
    },
    {
        "k": S, "s": "mercado_cambio_hora_seq", "l": "es", "co": "Mercado Retiro Online",
        "ct": "pablo.navarro@mercadoretiro.example.es", "id": "mr2", "re": "mr1",
        "f": ("Pablo Navarro", "pablo.navarro@mercadoretiro.example.es"),
        "d": "2026-03-25 12:30 +0100",
        "sj": "Actualizado: Entrevista Miriam Pölzl-Adeyemi – Jefa de Turno",
        "t": """Estimada Miriam:

Por una reunión de dirección, adelantamos su entrevista del martes 31 a las 10:30, en el mismo lugar. Le reenvío la convocatoria actualizada.

Disculpe las molestias.
Pablo Navarro""",
        "ics": {"uid": "mr-entrevista-0331@mercadoretiro.example.es", "seq": 1,
                "start": "20260331T103000", "end": "20260331T113000",
                "summary": "Entrevista Miriam Pölzl-Adeyemi – Jefa de Turno", "tz": "Europe/Madrid",
                "location": "Calle O'Donnell 34, Madrid", "stamp": "20260325T113000Z"},
    },
    # ================================================================ missed: German (5)
    {
        "k": M, "s": "waited_on_teams", "l": "de", "co": "Donaukorb",
        "ct": "lea.hanzl@donaukorb.example.at", "id": "dk3", "re": "dk2",
        "f": ("Lea Hanzl", "lea.hanzl@donaukorb.example.at"),
        "d": "2026-03-17 10:25 +0100",
        "sj": "Videointerview heute 10:00",
        "t": """Hallo Miriam,

Markus und ich haben heute ab 10:00 Uhr eine Viertelstunde im Teams-Meeting auf dich gewartet, du bist aber leider nicht dazugekommen. Ich hoffe, es ist nichts passiert.

Gib mir bitte kurz Bescheid, was los war.

Lea Hanzl
Talent Acquisition | Donaukorb""",
    },
    {
        "k": M, "s": "probetag_not_shown", "l": "de", "co": "Feldbacher Hofladen Online",
        "ct": "theresa@feldbacher-hofladen.example.at", "id": "fh2", "re": "fh1",
        "f": ("Theresa Lackner", "theresa@feldbacher-hofladen.example.at"),
        "d": "2026-03-21 09:02 +0100",
        "sj": "Re: Probetag im Versand",
        "t": """Hallo Miriam,

wir haben heute ab 7 Uhr mit dir gerechnet, aber du bist nicht gekommen und am Handy warst du auch nicht erreichbar. Schade – wenn du noch Interesse hast, ruf mich bitte an.

Theresa""",
    },
    {
        "k": M, "s": "agency_called_twice", "l": "de", "co": "Flexpersonal Steiermark",
        "ct": "stefan.url@flexpersonal.example.at", "id": "fx1", "re": "fx0",
        "f": ("Stefan Url", "stefan.url@flexpersonal.example.at"),
        "d": "2026-01-14 10:18 +0100",
        "sj": "Unser Telefontermin um 10:00",
        "t": """Hallo Frau Pölzl-Adeyemi,

ich habe Sie heute um 10:00 Uhr wie vereinbart zweimal angerufen, Sie aber leider nicht erreicht. Für das Erstgespräch zu Ihrer Registrierung brauche ich ca. 20 Minuten mit Ihnen.

Rufen Sie mich gerne zurück: +43 316 60 40 21.

Beste Grüße
Stefan Url
Flexpersonal Steiermark""",
    },
    {
        "k": M, "s": "phone_screen_no_answer", "l": "de", "co": "Gösting Getränkeversand",
        "ct": "k.holzer@goesting-getraenke.example.at",
        "f": ("Katharina Holzer", "k.holzer@goesting-getraenke.example.at"),
        "d": "2026-10-06 14:40 +0200",
        "sj": "Telefoninterview – leider nicht erreicht",
        "te": "b64",
        "t": """Sehr geehrte Frau Pölzl-Adeyemi,

zum vereinbarten Telefoninterview heute um 14:00 Uhr konnte ich Sie leider nicht erreichen, auch die Mailbox war nicht aktiv.

Falls Sie weiterhin an der Stelle "Leitung Webshop-Logistik" interessiert sind, melden Sie sich bitte bis Freitag.

Freundliche Grüße
Katharina Holzer
Assistenz der Geschäftsführung
Gösting Getränkeversand · Wiener Straße 270 · 8051 Graz""",
    },
    {
        "k": M, "s": "agency_client_waited", "l": "de", "co": "Praterlogistik",
        "ct": "sabine.kornberger@arbeitplus.example.at", "id": "ap2", "re": "ap1",
        "f": ("Sabine Kornberger | ArbeitPlus", "sabine.kornberger@arbeitplus.example.at"),
        "d": "2026-05-26 11:05 +0200",
        "sj": "Praterlogistik – Gespräch heute 10 Uhr?",
        "t": """Liebe Frau Pölzl-Adeyemi,

mich hat eben Herr Wallner von Praterlogistik angerufen: Er hat heute um 10 Uhr in der Vorgartenstraße auf Sie gewartet, Sie sind aber nicht erschienen. Ist alles in Ordnung bei Ihnen?

Bitte melden Sie sich kurz, damit ich dem Kunden etwas sagen kann.

Sabine Kornberger
ArbeitPlus Personalservice""",
    },
    # ================================================================ missed: English (2)
    {
        "k": M, "s": "zoom_no_show", "l": "en", "co": "Parcelnest",
        "ct": "tom@parcelnest.example.de", "id": "pn2", "re": "pn1",
        "f": ("Tom Berger", "tom@parcelnest.example.de"),
        "d": "2026-07-10 15:31 +0200",
        "sj": "Re: quick chat?",
        "t": """Hi Miriam,

I was on the Zoom from 3pm and didn't see you - did something come up? Happy to find another time, just let me know.

Tom""",
    },
    {
        "k": M, "s": "client_could_not_reach", "l": "en", "co": "Tivoli Home Delivery",
        "ct": "petra.novak@adriatic-staffing.example.si", "id": "ad3", "re": "ad2",
        "f": ("Petra Novak", "petra.novak@adriatic-staffing.example.si"),
        "d": "2026-06-03 10:40 +0200",
        "sj": "Tivoli call this morning",
        "t": """Hello Miriam,

Marko from Tivoli Home Delivery tried calling you at 10:00 and again at 10:15 but there was no answer. Could you call me as soon as you see this so I can explain to the client?

Petra""",
    },
    # ================================================================ missed: French (2)
    {
        "k": M, "s": "attendue_sur_teams", "l": "fr", "co": "Maison Bellecour",
        "ct": "elodie.martin@maison-bellecour.example.fr", "id": "mb2", "re": "mb1",
        "f": ("Élodie Martin", "elodie.martin@maison-bellecour.example.fr"),
        "d": "2026-06-15 11:02 +0200",
        "sj": "Entretien de ce matin",
        "ne": "q",
        "t": """Bonjour Miriam,

Nous vous avons attendue sur Teams ce matin à 10h00 pour l'entretien, sans nouvelles de votre part. J'espère que tout va bien.

N'hésitez pas à me dire ce qui s'est passé.

Élodie Martin
Recrutement – Maison Bellecour
2 place Bellecour, 69002 Lyon""",
    },
    {
        "k": M, "s": "appels_sans_reponse", "l": "fr", "co": "Lugdunum Logistique",
        "ct": "s.giraud@lugdunum-logistique.example.fr", "id": "ll1",
        "f": ("Sophie Giraud", "s.giraud@lugdunum-logistique.example.fr"),
        "d": "2026-07-02 14:50 +0200",
        "sj": "Entretien téléphonique prévu à 14h",
        "t": """Madame,

J'ai tenté de vous joindre à deux reprises à 14h00 pour notre entretien téléphonique, sans succès. Je vous ai laissé un message vocal.

Merci de me recontacter pour convenir d'un nouveau créneau.

Sophie Giraud
Ressources humaines – Lugdunum Logistique""",
    },
    # ================================================================ missed: Spanish (1)
    {
        "k": M, "s": "llamadas_sin_respuesta", "l": "es", "co": "Carrito Castellano",
        "ct": "marta.gil@carrito.example.es", "id": "cc3", "re": "cc2",
        "f": ("Marta Gil", "marta.gil@carrito.example.es"),
        "d": "2026-02-16 10:20 +0100",
        "sj": "Llamada de hoy a las 10:00",
        "t": """Hola Miriam:

Te he llamado dos veces a las 10:00 para la entrevista, pero no ha habido respuesta. ¿Sigues interesada en el puesto?

Marta Gil
Carrito Castellano""",
    },
]

_ = (outlook,)
