"""Corpus 331: acknowledgements of receipt and offers. Hand-written."""

from __future__ import annotations

from msgs331_common import html_page, paras

MESSAGES = [
    # ---------------- acknowledgements, de
    {
        "key": "jadebank_eingang", "kind": "application_received", "lang": "de",
        "company": "Jadebank", "contact": "",
        "frm": ("Jadebank Karriere", "jadebank@myworkday.com"),
        "subject": "Eingangsbestätigung: Service Designer Digitale Kundenwege (w/m/d)",
        "date": "2026-01-22 19:03 +0000",
        "text": """Sehr geehrte Frau Oldenburg-Saß,

vielen Dank für Ihre Bewerbung als Service Designer Digitale Kundenwege (w/m/d), Referenz
R-20417. Ihre Bewerbung ist erfolgreich bei uns eingegangen.

Sie können den Stand Ihrer Bewerbung jederzeit in unserem Kandidatenportal verfolgen:
https://jadebank.wd3.myworkday.com/jadebank/d/home.htmld

Mit freundlichen Grüßen
Personalmanagement Jadebank
""",
        "cte": "quoted-printable",
    },
    {
        "key": "hansetakt_eingang", "kind": "application_received", "lang": "de",
        "company": "Hansetakt Verkehrsbetriebe", "contact": "",
        "frm": ("Hansetakt Verkehrsbetriebe", "hansetakt-recruiting@successfactors.eu"),
        "subject": "Vielen Dank für Ihre Bewerbung (Stellen-ID 4410)",
        "date": "2026-03-03 07:12 +0000",
        "text": None,
        "html": html_page(paras(
            "Sehr geehrte Frau Oldenburg-Saß,",
            "wir haben Ihre Bewerbung für die Stelle <b>UX Researcher Fahrgastinformation</b> "
            "(Stellen-ID 4410) erhalten und bedanken uns für Ihr Interesse an Hansetakt.",
            "Unser Team prüft derzeit alle eingegangenen Unterlagen. Bitte haben Sie Verständnis "
            "dafür, dass dies einige Wochen in Anspruch nehmen kann.",
            "Mit freundlichen Grüßen<br>Hansetakt Verkehrsbetriebe – Personalgewinnung"),
            brand="HANSETAKT", color="#d4001a", lang="de",
            footer="Bitte antworten Sie nicht auf diese automatisch generierte E-Mail."),
        "html_cte": "quoted-printable",
    },
    {
        "key": "wesermuende_eingang", "kind": "application_received", "lang": "de",
        "company": "Stadt Wesermünde", "contact": "g.wuebbena@wesermuende.example.de",
        "frm": ("Wübbena, Gesine", "g.wuebbena@wesermuende.example.de"),
        "subject": "Eingangsbestätigung Ihrer Bewerbung – Ausschreibung 2026/014",
        "date": "2026-02-04 13:22 +0100",
        "text": """Sehr geehrte Frau Oldenburg-Saß,

hiermit bestätigen wir den Eingang Ihrer Bewerbung vom 30.01.2026 auf die Stelle
„Mitarbeiter/in Digitalbüro – Schwerpunkt Nutzerforschung“ (Ausschreibung 2026/014).

Die Bewerbungsfrist endet am 13.02.2026. Nach Ablauf der Frist erfolgt die Vorauswahl; wir
werden Sie über das Ergebnis unaufgefordert informieren. Von Sachstandsanfragen bitten wir
abzusehen.

Im Auftrag
Gesine Wübbena
Stadt Wesermünde – Fachdienst Personal und Organisation
""",
        "charset": "windows-1252", "cte": "quoted-printable", "name_enc": ("iso-8859-1", "Q"),
    },
    {
        "key": "klarblick_eingang", "kind": "application_received", "lang": "de",
        "company": "Klarblick Health", "contact": "",
        "frm": ("Klarblick Health", "no-reply@personio.de"),
        "subject": "Danke für deine Bewerbung bei Klarblick Health",
        "date": "2026-06-11 09:48 +0200",
        "text": """Hallo Henrike,

danke für deine Bewerbung als UX Researcher (m/w/d)! Sie ist gut bei uns angekommen.

Wir schauen uns deine Unterlagen in Ruhe an und melden uns innerhalb von zwei Wochen.

Viele Grüße
Dein Klarblick-Team

Diese E-Mail wurde automatisch über Personio versendet.
""",
    },
    {
        "key": "kuestenkasse_eingang", "kind": "application_received", "lang": "de",
        "company": "Küstenkasse", "contact": "",
        "frm": ("Küstenkasse Karriere", "karriere-noreply@kuestenkasse.example.de"),
        "subject": "Ihre Bewerbung ist bei uns eingegangen",
        "date": "2026-07-24 16:35 +0200",
        "text": """Guten Tag Frau Oldenburg-Saß,

vielen Dank für Ihre Bewerbung als Product Researcher (m/w/d). Ihre Unterlagen haben wir
erhalten.

Aufgrund der sehr hohen Zahl an Bewerbungen ist es uns leider nicht möglich, jede Bewerbung
individuell zu beantworten oder Rückfragen zum Bearbeitungsstand zu beantworten. Wenn Ihr
Profil zu unseren Anforderungen passt, melden wir uns innerhalb von vier Wochen bei Ihnen.

Freundliche Grüße
Ihr Team Personal der Küstenkasse
""",
        "html": html_page(paras(
            "Guten Tag Frau Oldenburg-Saß,",
            "vielen Dank für Ihre Bewerbung als Product Researcher (m/w/d). Ihre Unterlagen "
            "haben wir erhalten.",
            "Aufgrund der sehr hohen Zahl an Bewerbungen ist es uns leider nicht möglich, jede "
            "Bewerbung individuell zu beantworten oder Rückfragen zum Bearbeitungsstand zu "
            "beantworten. Wenn Ihr Profil zu unseren Anforderungen passt, melden wir uns "
            "innerhalb von vier Wochen bei Ihnen.",
            "Freundliche Grüße<br>Ihr Team Personal der Küstenkasse"),
            brand="Küstenkasse", color="#00718f", lang="de"),
        "name_enc": ("utf-8", "Q"), "subj_enc": ("utf-8", "B"),
    },
    {
        "key": "brueckner_eingang", "kind": "application_received", "lang": "de",
        "company": "Brückner Executive Search", "contact": "s.ahrens@brueckner-search.example.de",
        "frm": ("Svenja Ahrens", "s.ahrens@brueckner-search.example.de"),
        "subject": "Ihre Unterlagen – Mandat HH-0219",
        "date": "2026-04-27 10:31 +0200",
        "text": """Sehr geehrte Frau Oldenburg-Saß,

vielen Dank für die Zusendung Ihrer Unterlagen zum Mandat HH-0219 (Service Design Lead,
Versicherungswirtschaft Hamburg). Ich habe sie erhalten und werde sie in den nächsten Tagen
sichten.

Bitte haben Sie Verständnis, dass wir den Namen unseres Mandanten erst im weiteren Verlauf
nennen dürfen.

Mit besten Grüßen
Svenja Ahrens
Senior Consultant · Brückner Executive Search GmbH
""",
        "cte": "8bit",
    },
    {
        "key": "weserbus_softgarden", "kind": "application_received", "lang": "de",
        "company": "Weserbus", "contact": "",
        "frm": ("Weserbus GmbH", "noreply@softgarden.io"),
        "subject": "Bewerbungseingang UX-Designerin Fahrgast-App (m/w/d)",
        "date": "2026-08-31 22:16 +0000",
        "text": """Guten Tag Frau Oldenburg-Saß,

wir bestätigen den Eingang Ihrer Bewerbung als UX-Designerin Fahrgast-App (m/w/d). Vielen
Dank für Ihr Interesse an der Weserbus GmbH.

Sobald wir Ihre Unterlagen gesichtet haben, erhalten Sie eine Nachricht von uns.

Freundliche Grüße
Ihre Personalabteilung der Weserbus GmbH
""",
        "subj_enc": ("iso-8859-1", "Q"),
    },
    # ---------------- acknowledgements, en
    {
        "key": "grachten_received", "kind": "application_received", "lang": "en",
        "company": "Grachten Insurance Lab", "contact": "",
        "frm": ("Grachten Insurance Lab", "no-reply@smartrecruiters.com"),
        "subject": "We've received your application - Service Designer",
        "date": "2026-02-18 11:27 +0000",
        "text": """Dear Henrike,

Thank you for applying for the Service Designer position at Grachten Insurance Lab. We
have received your application and our recruitment team will review it shortly.

You can check the status of your application at any time in your SmartRecruiters candidate
portal.

Kind regards,
Talent Acquisition, Grachten Insurance Lab
""",
    },
    {
        "key": "tulp_icims_received", "kind": "application_received", "lang": "en",
        "company": "Tulp Bank", "contact": "",
        "frm": ("Tulp Bank Careers", "tulpbank@icims.com"),
        "subject": "Thank you for your interest in Tulp Bank",
        "date": "2026-05-14 03:22 -0500",
        "text": """Hello Henrike,

Thank you for submitting your application for UX Researcher - Mobile Banking (Req
#26-0412). This confirms we have received it.

Due to the high volume of applications, we are unable to respond to every applicant
individually. If your qualifications match our needs, a member of our team will contact you.

Regards,
Tulp Bank Talent Team

This is an automated message. Please do not reply.
""",
        "cte": "base64",
    },
    {
        "key": "kanaal_lever_received", "kind": "application_received", "lang": "en",
        "company": "Kanaal Mobility", "contact": "",
        "frm": ("Kanaal Mobility", "no-reply@hire.lever.co"),
        "subject": "Thanks for your application to Kanaal Mobility",
        "date": "2026-07-13 08:06 +0000",
        "text": """Hi Henrike,

Thanks for applying to the Service Designer - Night Network role at Kanaal Mobility! We've
received your application and someone from our team will take a look soon.

In the meantime, feel free to read about how our design team works:
kanaal.example.nl/design

Cheers,
Kanaal Mobility
""",
        "html": html_page(paras(
            "Hi Henrike,",
            "Thanks for applying to the <b>Service Designer - Night Network</b> role at Kanaal "
            "Mobility! We've received your application and someone from our team will take a "
            "look soon.",
            'In the meantime, feel free to read about <a href="https://kanaal.example.nl/'
            'design">how our design team works</a>.',
            "Cheers,<br>Kanaal Mobility"), brand="KANAAL", color="#111111"),
    },
    # ---------------- acknowledgements, fr
    {
        "key": "metrolien_accuse", "kind": "application_received", "lang": "fr",
        "company": "Métrolien", "contact": "",
        "frm": ("Métrolien Recrutement", "metrolien@taleo.net"),
        "subject": "Accusé de réception de votre candidature - Réf. 26-0381",
        "date": "2026-04-16 06:40 +0000",
        "text": """Madame,

Nous accusons réception de votre candidature au poste de Chargé(e) d'études UX (référence
26-0381) et vous remercions de l'intérêt que vous portez à Métrolien.

Votre dossier va être étudié avec attention. Nous ne manquerons pas de revenir vers vous.

La Direction des Ressources Humaines
Métrolien
""",
        "charset": "iso-8859-1", "name_enc": ("iso-8859-1", "Q"), "subj_enc": ("utf-8", "Q"),
    },
    {
        "key": "santeo_bienrecu", "kind": "application_received", "lang": "fr",
        "company": "Santéo", "contact": "",
        "frm": ("L'équipe Santéo", "jobs-noreply@santeo.example.fr"),
        "subject": "Candidature bien reçue 🙌",
        "date": "2026-04-29 14:51 +0200",
        "text": """Bonjour Henrike,

Merci pour votre candidature au poste de UX Researcher ! Elle est bien arrivée chez nous.

Nous lisons chaque candidature avec attention et revenons vers vous sous 15 jours.

À très vite,
L'équipe Santéo
""",
        "subj_enc": ("utf-8", "B"), "name_enc": ("utf-8", "Q"),
    },
    {
        "key": "lumen_accuse_humain", "kind": "application_received", "lang": "fr",
        "company": "Assurances Lumen", "contact": "sophie.marchal@lumen-assurances.example.fr",
        "frm": ("Sophie Marchal", "sophie.marchal@lumen-assurances.example.fr"),
        "subject": "RE: Candidature UX Researcher – Lab digital",
        "date": "2026-03-30 09:05 +0200",
        "text": """Bonjour Madame,

Je vous confirme la bonne réception de votre candidature pour le poste de UX Researcher au
sein de notre Lab digital. Je la transmets dès aujourd'hui au responsable du Lab.

Nous revenons vers vous d'ici trois semaines environ.

Cordialement,
Sophie Marchal
Chargée de recrutement – Assurances Lumen
""",
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    # ---------------- acknowledgements, es
    {
        "key": "alcor_recibida", "kind": "application_received", "lang": "es",
        "company": "Seguros Alcor", "contact": "",
        "frm": ("Seguros Alcor", "noreply@workablemail.com"),
        "subject": "Hemos recibido tu candidatura – UX Researcher",
        "date": "2026-02-25 10:17 +0100",
        "text": """Hola Henrike,

¡Gracias por aplicar al puesto de UX Researcher en Seguros Alcor! Hemos recibido tu
candidatura correctamente.

Debido al gran volumen de solicitudes, no podemos responder de forma individual a cada
candidato. Si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo en las
próximas semanas.

Un saludo,
Equipo de Selección · Seguros Alcor
""",
        "cte": "quoted-printable",
    },
    {
        "key": "movibarna_recibida", "kind": "application_received", "lang": "es",
        "company": "Movibarna", "contact": "jordi.puig@movibarna.example.es",
        "frm": ("Jordi Puig", "jordi.puig@movibarna.example.es"),
        "subject": "Re: Candidatura Diseñador/a de Servicios",
        "date": "2026-03-31 12:40 +0200",
        "text": """Hola Henrike:

Te confirmo que hemos recibido tu candidatura y tu portfolio. El plazo de inscripción cierra
el 10 de abril; a partir de entonces revisaremos todos los perfiles y te informaremos.

Un saludo,
Jordi Puig
Responsable de Talento · Movibarna
""",
        "charset": "iso-8859-1",
    },
    # ---------------- offers
    {
        "key": "pixelhafen_angebot", "kind": "offer", "lang": "de",
        "company": "Pixelhafen", "contact": "ben@pixelhafen.example.de",
        "frm": ("Ben Hinrichs", "ben@pixelhafen.example.de"),
        "subject": "Angebot für dich",
        "date": "2026-06-15 17:02 +0200",
        "text": """Moin Henrike,

nach dem nachgeholten Probetag letzte Woche waren sich alle einig: Wir würden dich sehr
gern als UX Researcherin bei Pixelhafen einstellen. Unser Angebot: unbefristet, 32 Stunden
(4-Tage-Woche), 41.000 € brutto im Jahr, Start ab 1. August oder nach Absprache.

Die Details stehen im angehängten Angebotsschreiben. Lass dir ruhig ein paar Tage Zeit –
sag uns einfach bis Ende nächster Woche Bescheid.

Beste Grüße
Ben
""",
        "attach": [("Pixelhafen_Angebot.pdf", [
            "Pixelhafen GmbH - Am Speicher XI 8 - 28217 Bremen", "",
            "Angebot: UX Researcherin (unbefristet, 32 h/Woche)",
            "Gehalt: 41.000 EUR brutto p.a.", "Beginn: 01.08.2026"])],
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "key": "vitalo_vertrag", "kind": "offer", "lang": "de",
        "company": "Vitalo", "contact": "",
        "frm": ("Vitalo People via Sign", "no-reply@sign.vitalo.example.de"),
        "subject": "Bitte unterschreiben: Arbeitsvertrag Vitalo – Henrike Oldenburg-Saß",
        "date": "2026-10-12 09:30 +0200",
        "text": """Hallo Henrike,

Sophie Lanz (Vitalo GmbH) hat dir ein Dokument zur elektronischen Unterschrift gesendet:

Arbeitsvertrag Service Designer (Patient Journeys) – Henrike Oldenburg-Saß.pdf

Dokument prüfen und unterschreiben:
https://sign.vitalo.example.de/d/7f1c0a92-4b31

Der Link ist 14 Tage gültig. Bei Fragen wende dich direkt an Sophie Lanz.

Diese E-Mail wurde automatisch versendet.
""",
        "subj_enc": ("utf-8", "Q"),
    },
    {
        "key": "nordhavn_offer", "kind": "offer", "lang": "en",
        "company": "Nordhavn Design Studio", "contact": "kasper@nordhavn-studio.example.dk",
        "frm": ("Kasper Bech", "kasper@nordhavn-studio.example.dk"),
        "cc": [("Freja Lund", "freja@nordhavn-studio.example.dk")],
        "subject": "Offer - Service Designer at Nordhavn",
        "date": "2026-07-24 15:35 +0200",
        "text": """Dear Henrike,

Following our conversations, I'm delighted to offer you the position of Service Designer at
Nordhavn Design Studio, starting 1 October 2026.

The key terms: a monthly salary of DKK 41,500, pension contribution of 10%, six weeks of
holiday and a relocation package of DKK 15,000. The full offer letter is attached.

Please let us know your decision by 7 August. We really hope you'll join us!

Kind regards,
Kasper Bech
Design Director & Partner
Nordhavn Design Studio ApS, Sandkaj 29, 2150 Nordhavn
""",
        "attach": [("Nordhavn_Offer_Letter.pdf", [
            "Nordhavn Design Studio ApS - Sandkaj 29 - 2150 Nordhavn", "", "Offer of employment",
            "Position: Service Designer", "Start date: 1 October 2026",
            "Monthly salary: DKK 41,500"])],
    },
    {
        "key": "pulsewise_verbal", "kind": "offer", "lang": "en",
        "company": "Pulsewise", "contact": "sanne.dewit@pulsewise.example.nl",
        "frm": ("Sanne de Wit", "sanne.dewit@pulsewise.example.nl"),
        "subject": "Following up on our call",
        "date": "2026-09-11 17:48 +0200",
        "text": """Hi Henrike,

It was lovely to speak earlier - as I said on the phone, we'd love to have you join
Pulsewise as a UX Researcher! To recap what we discussed: EUR 4,100 gross per month plus
8% holiday allowance, 36 hours a week, hybrid from our Amsterdam office, and a start date in
November.

Our HR team will send the formal contract early next week. Take the weekend to think it
over, and call me with any questions.

Best,
Sanne
""",
        "html": html_page(paras(
            "Hi Henrike,",
            "It was lovely to speak earlier - as I said on the phone, we'd love to have you join "
            "Pulsewise as a UX Researcher! To recap what we discussed: EUR 4,100 gross per "
            "month plus 8% holiday allowance, 36 hours a week, hybrid from our Amsterdam office, "
            "and a start date in November.",
            "Our HR team will send the formal contract early next week. Take the weekend to "
            "think it over, and call me with any questions.",
            "Best,<br>Sanne"), brand=""),
        "cte": "quoted-printable",
    },
    {
        "key": "bastide_contrat", "kind": "offer", "lang": "fr",
        "company": "Atelier Bastide", "contact": "camille.roussel@atelier-bastide.example.fr",
        "frm": ("Camille Roussel", "camille.roussel@atelier-bastide.example.fr"),
        "subject": "Votre contrat de travail à signer",
        "date": "2026-07-20 10:14 +0200",
        "text": """Bonjour Henrike,

Nous sommes ravis que vous ayez accepté notre proposition !

Vous trouverez ci-joint votre contrat de travail (CDI, Designer de services, prise de poste
le 1er septembre 2026). Merci de nous le retourner signé en deux exemplaires, en paraphant
chaque page, avant le 31 juillet.

N'hésitez pas si vous avez la moindre question.

Bien cordialement,
Camille Roussel
Responsable recrutement – Atelier Bastide
""",
        "attach": [("Contrat_CDI_Oldenburg-Sass.pdf", [
            "CONTRAT DE TRAVAIL A DUREE INDETERMINEE", "Entre Atelier Bastide SAS et",
            "Mme Henrike Oldenburg-Sass", "Poste : Designer de services",
            "Prise de poste : 01/09/2026"])],
        "subj_enc": ("iso-8859-1", "B"), "charset": "windows-1252",
    },
]
